"""Background work of the search: thin, takes ids, calls the actions."""

from django_tasks import task

from jembatan.search.actions import documents_refresh


@task()
def reindex(kind: str, object_id: int) -> None:
    """Enqueued by a domain after a change of one of its public things (by dotted path,
    `jembatan.search.tasks.reindex`, through `core.background.enqueue_on_commit`)."""
    documents_refresh(kind=kind, object_ids=[object_id])
