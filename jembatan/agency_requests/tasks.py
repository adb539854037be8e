"""Background work of the requests between agencies: thin wrappers that call the actions."""

from django_tasks import task


@task()
def remind_requests_due_soon() -> int:
    from jembatan.agency_requests.actions import requests_remind_due_soon

    return requests_remind_due_soon()
