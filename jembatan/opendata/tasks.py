"""Background work of the open data: the daily export (scheduled in apps.py)."""

from __future__ import annotations

from django_tasks import task


@task()
def export_open_data() -> str:
    from jembatan.opendata.publishing import export_all

    return export_all()["run"]
