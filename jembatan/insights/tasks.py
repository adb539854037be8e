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


@task()
def make_monthly_report(report_id: int) -> None:
    from jembatan.insights.actions import monthly_report_make

    monthly_report_make(report_id=report_id)


@task()
def send_monthly_report() -> None:
    """Scheduled: on the first working day of a month, last month's report to the forum."""
    from django.utils import timezone

    from jembatan.insights.actions import monthly_report_send

    monthly_report_send(today=timezone.localdate())
