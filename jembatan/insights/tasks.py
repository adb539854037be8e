"""Background work of the performance figures: thin wrappers around rollups."""

from __future__ import annotations

from django_tasks import task


@task()
def rebuild_recent_days() -> int:
    from jembatan.insights import rollups

    return rollups.rebuild_recent()


@task()
def refresh_days(keys: list[list]) -> int:
    """Recount the given [agency id, "YYYY-MM-DD"] days (after a write)."""
    from jembatan.insights import rollups

    return rollups.refresh_keys(keys)


@task()
def rebuild_all_days() -> int:
    """Recount everything (after a change of the working-day calendar)."""
    from jembatan.insights import rollups

    return rollups.rebuild_all()
