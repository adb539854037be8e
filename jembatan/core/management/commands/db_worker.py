"""django-tasks-db's worker, with ids that say which process runs a task, and stuck work
recovered when it starts.

Each worker is named `<host>:<pid>:<random>`, so a task left RUNNING by a killed worker is
recognised as soon as that process is gone (see jembatan.core.background). A worker that
starts (a service manager restarting a killed one) first queues that work again.
"""

from django_tasks_db.management.commands import db_worker

from jembatan.core.background import new_worker_id


class Command(db_worker.Command):
    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(worker_id=new_worker_id())

    def handle(self, *args, **options) -> None:
        from jembatan.core.actions import tasks_recover_stalled

        recovered = tasks_recover_stalled()
        if any(recovered.values()):
            self.stdout.write(
                f"Stuck tasks: {recovered['requeued']} queued again, "
                f"{recovered['failed']} marked failed.")
        super().handle(*args, **options)
