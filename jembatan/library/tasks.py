"""Background work of the library: thin wrappers that take ids."""

from django_tasks import task

from jembatan.library.actions import library_thumbnail_make


@task()
def make_library_thumbnail(item_id: int) -> bool:
    return library_thumbnail_make(item_id)
