"""Hand-made histories for the performance figures: reports moved through the real actions at
fixed moments of August 2026 (Monday 17 August, Independence Day, is a holiday)."""

from __future__ import annotations

import datetime as dt

import pytest

from jembatan.insights import rollups, selectors

AUGUST = (dt.date(2026, 8, 1), dt.date(2026, 8, 31))


@pytest.fixture
def figures_of():
    """figures_of(agency) → the agency's Figures of August 2026, after a full recount."""

    def read(agency, period=AUGUST):
        rollups.rebuild_all()
        return selectors.agency_figures(agency, *period)

    return read
