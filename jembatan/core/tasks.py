"""Background work of the core domain: keeping the background work itself alive."""

from django_tasks import task


@task()
def recover_stalled_tasks() -> dict:
    from jembatan.core.actions import tasks_recover_stalled

    return tasks_recover_stalled()


@task()
def do_pending_work(task_path: str) -> int:
    from jembatan.core.background import do_pending_work as run

    return run(task_path)


@task()
def do_all_pending_work() -> int:
    from jembatan.core.background import do_all_pending_work as run

    return run()
