"""The agenda's actions check the actor themselves, whoever calls them; no actor means the
system at work (the demo)."""

import pytest
from django.core.exceptions import PermissionDenied

from jembatan.agenda import actions as agenda_actions
from jembatan.agenda.models import AgendaEvent
from jembatan.agenda.tests.helpers import make_event


@pytest.mark.django_db
def test_officer_of_other_agency_may_not_add_change_or_cancel_an_event(agency_a, officer_b):
    with pytest.raises(PermissionDenied):
        make_event(agency_a, actor=officer_b)
    event = make_event(agency_a)

    with pytest.raises(PermissionDenied):
        agenda_actions.event_update(event=event, actor=officer_b, place="Alun-alun")
    with pytest.raises(PermissionDenied):
        agenda_actions.event_cancel(event=event, actor=officer_b, reason="Hujan")

    event.refresh_from_db()
    assert AgendaEvent.objects.count() == 1
    assert not event.is_cancelled


@pytest.mark.django_db
def test_a_citizen_may_not_cover_an_event_nor_reset_a_feed(agency_a, citizen):
    event = make_event(agency_a, needs_coverage=True)

    with pytest.raises(PermissionDenied):
        agenda_actions.event_cover(event=event, actor=citizen)
    with pytest.raises(PermissionDenied):
        agenda_actions.feed_key_reset(actor=citizen)

    event.refresh_from_db()
    assert not event.is_covered


@pytest.mark.django_db
def test_only_the_coverer_or_the_agency_releases_the_coverage(agency_a, officer_a, officer_b,
                                                             officer_c):
    event = make_event(agency_a, needs_coverage=True)
    agenda_actions.event_cover(event=event, actor=officer_b)

    with pytest.raises(PermissionDenied):
        agenda_actions.event_release(event=event, actor=officer_c)
    agenda_actions.event_release(event=event, actor=officer_a)

    event.refresh_from_db()
    assert not event.is_covered
