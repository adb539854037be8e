"""Background work of the reports domain: thin wrappers that take ids and call actions."""

from django_tasks import TaskContext, task

from jembatan.reports import actions, notifications
from jembatan.reports.models import Report


@task(takes_context=True)
def send_report_notification(context: TaskContext, kind: str, report_id: int,
                             agency_ids: list[int]) -> int:
    report = Report.objects.select_related("lead_agency").filter(pk=report_id).first()
    if report is None:
        return 0
    # The run's id stays the same when it is run again (worker lost, coordinator's retry).
    return notifications.notify(kind, report, agency_ids=agency_ids,
                                once_key=f"task:{context.task_result.id}")


@task()
def triage_report(report_id: int) -> dict:
    # Imported here: the language models load only in the worker that reads reports.
    from jembatan.reports import routing

    return routing.report_triage(report_id=report_id)


@task()
def recompute_deadlines() -> int:
    return actions.reports_recompute_deadlines()


@task()
def auto_close_reports() -> int:
    return actions.reports_auto_close()


@task()
def send_deadline_reminders() -> dict:
    from jembatan.reports.reminders import deadline_reminders_send

    return deadline_reminders_send()
