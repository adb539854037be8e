"""The library's actions check the actor themselves, whoever calls them; no actor means the
system at work (the demo)."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from jembatan.library import actions as library_actions
from jembatan.library.models import LibraryItem

VIDEO = {"kind": "video", "title": "Cara membaca meter air", "date": dt.date(2026, 11, 20),
         "permission": "credit", "video_url": "https://www.youtube.com/watch?v=abc123"}


@pytest.mark.django_db
def test_officer_of_other_agency_may_not_add_change_or_delete_an_item(agency_a, officer_b):
    with pytest.raises(PermissionDenied):
        library_actions.library_item_create(agency=agency_a, actor=officer_b, **VIDEO)
    item = library_actions.library_item_create(agency=agency_a, actor=None, **VIDEO)

    with pytest.raises(PermissionDenied):
        library_actions.library_item_update(item=item, actor=officer_b, title="Lain")
    with pytest.raises(PermissionDenied):
        library_actions.library_item_delete(item=item, actor=officer_b)

    assert LibraryItem.objects.get().title == VIDEO["title"]


@pytest.mark.django_db
def test_a_citizen_may_not_count_a_reuse_but_another_agency_may(agency_a, citizen, officer_b):
    item = library_actions.library_item_create(agency=agency_a, actor=None, **VIDEO)

    with pytest.raises(PermissionDenied):
        library_actions.library_item_reuse(item=item, actor=citizen)
    library_actions.library_item_reuse(item=item, actor=officer_b)

    assert LibraryItem.objects.get().reuse_count == 1
