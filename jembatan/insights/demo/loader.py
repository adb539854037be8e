"""The demo's figures: counted once every domain's demo is loaded (insights comes after reports,
connectors, content and participation in INSTALLED_APPS, so its loader runs after theirs)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone


def insights_demo_load(*, log=print, **kwargs) -> None:
    from jembatan.insights import rollups
    from jembatan.insights.workdays import local_date

    days = rollups.rebuild_all()
    # Last week's backlog, so the coordinator's alerts have something to compare with.
    today = local_date(timezone.now())
    for weeks in (1, 2):
        rollups.snapshot_backlog_as_of(today - dt.timedelta(days=7 * weeks))
    rollups.snapshot_backlog()
    log(f"Performance figures: {days} days counted.")
