"""Background work of the triage domain: thin wrappers that take ids."""

from django_tasks import task

from jembatan.triage import training


@task()
def retrain_router() -> int | None:
    model = training.retrain_if_due()
    return model.pk if model else None


@task()
def retrain_router_now() -> int | None:
    model = training.router_retrain()
    return model.pk if model else None
