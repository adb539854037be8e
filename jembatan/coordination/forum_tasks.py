"""Background work of the forum and the requests: thin wrappers that call the actions."""

from django_tasks import task


@task()
def remind_requests_due_soon() -> int:
    from jembatan.coordination.requests_actions import requests_remind_due_soon

    return requests_remind_due_soon()
