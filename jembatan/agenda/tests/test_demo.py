"""The Wonosobo demo of the shared agenda."""

import pytest

from jembatan.agenda.demo.loader import agenda_demo_load
from jembatan.agenda.models import AgendaEvent

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_demo_fills_the_agenda_for_many_agencies():
    assert AgendaEvent.objects.values("agency").distinct().count() >= 15
    assert AgendaEvent.objects.filter(needs_coverage=True, covered_by_user__isnull=True).exists()
    assert AgendaEvent.objects.filter(covered_by_user__isnull=False).exists()
    assert AgendaEvent.objects.filter(status="cancelled").exists()
    assert AgendaEvent.objects.filter(all_day=True).exists()
    assert AgendaEvent.objects.filter(visibility="internal").exists()
    titles = " ".join(AgendaEvent.objects.values_list("title", flat=True))
    for words in ("Dieng Culture Festival", "Hari Jadi", "Posyandu", "Adminduk Keliling",
                  "Pemadaman Terencana", "Musrenbang", "Car Free Day"):
        assert words in titles


def test_demo_runs_twice_without_duplicates():
    count = AgendaEvent.objects.count()
    agenda_demo_load(log=lambda *_: None)

    assert AgendaEvent.objects.count() == count
