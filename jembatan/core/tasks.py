"""Background work of the core domain: keeping the background work itself alive."""

from django_tasks import task


@task()
def recover_stalled_tasks() -> dict:
    from jembatan.core.actions import tasks_recover_stalled

    return tasks_recover_stalled()
