"""Background work of the triage domain: thin wrappers that take ids."""

from django_tasks import task

from jembatan.triage import services


@task()
def triage_report(report_id: int) -> dict:
    return services.report_triage(report_id=report_id)


@task()
def retrain_router() -> int | None:
    model = services.retrain_if_due()
    return model.pk if model else None


@task()
def retrain_router_now() -> int | None:
    model = services.router_retrain()
    return model.pk if model else None
