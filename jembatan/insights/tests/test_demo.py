"""The Wonosobo demo's figures: counted after every domain's demo, a year of months."""

import pytest

from jembatan.insights import selectors
from jembatan.insights.models import BacklogSnapshot, DayFigures, OpenState

pytestmark = [pytest.mark.django_db, pytest.mark.slow, pytest.mark.usefixtures("wonosobo_demo")]


def test_the_demo_is_counted_into_the_rollups():
    assert DayFigures.objects.filter(agency__isnull=True).exists()
    assert OpenState.objects.exists()
    assert BacklogSnapshot.objects.exists()


def test_the_demo_has_twelve_months_of_reports_for_the_trend():
    trend = selectors.monthly_trend(agency_id=None, months=12)
    assert sum(1 for _month, figures in trend if figures.received) >= 11
    assert any(figures.followed_up_on_time_rate is not None for _month, figures in trend)
    assert any(figures.rating_mean is not None for _month, figures in trend)
