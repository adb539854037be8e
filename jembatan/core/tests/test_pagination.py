"""Keyset pagination over the audit log: no overlap, no gap, bad cursors refused."""

import base64
import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from jembatan.core.models import AuditEntry
from jembatan.core.pagination import (
    InvalidCursor,
    decode_cursor,
    encode_cursor,
    keyset_page,
)

pytestmark = pytest.mark.django_db

MOMENT = dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)


def make_entries(moments, agency):
    """One audit entry per moment, created in the order given."""
    content_type = ContentType.objects.get_for_model(agency)
    return [
        AuditEntry.objects.create(
            created_at=moment,
            actor_label="sistem",
            action="agency_update",
            content_type=content_type,
            object_id=str(agency.pk),
            object_repr=str(agency),
        )
        for moment in moments
    ]


def all_pages(queryset, size):
    pages = []
    cursor = None
    while True:
        page = keyset_page(queryset, cursor=cursor, size=size)
        pages.append(page)
        if page.next_cursor is None:
            return pages
        cursor = page.next_cursor


@pytest.fixture
def mixed_entries(agency_a):
    """23 entries: 10 share one timestamp, the others each have their own."""
    moments = [MOMENT - dt.timedelta(minutes=n) for n in range(8)]
    moments += [MOMENT + dt.timedelta(hours=1)] * 10
    moments += [MOMENT + dt.timedelta(hours=2, minutes=n) for n in range(5)]
    return make_entries(moments, agency_a)


@pytest.mark.parametrize("size", [1, 3, 5, 10, 22, 23, 50])
def test_pages_do_not_overlap_and_cover_every_row_in_order(mixed_entries, size):
    expected = [
        entry.pk
        for entry in sorted(mixed_entries, key=lambda e: (e.created_at, e.pk), reverse=True)
    ]

    pages = all_pages(AuditEntry.objects.all(), size)

    seen = [item.pk for page in pages for item in page.items]
    assert seen == expected
    assert len(set(seen)) == len(mixed_entries)
    assert all(len(page.items) == size for page in pages[:-1])
    assert 1 <= len(pages[-1].items) <= size


def test_rows_sharing_one_timestamp_are_split_across_pages_without_loss(agency_a):
    entries = make_entries([MOMENT] * 7, agency_a)

    pages = all_pages(AuditEntry.objects.all(), 3)

    assert [len(page.items) for page in pages] == [3, 3, 1]
    assert [item.pk for page in pages for item in page.items] == sorted(
        (entry.pk for entry in entries), reverse=True
    )


def test_a_full_last_page_has_no_next_cursor(agency_a):
    make_entries([MOMENT - dt.timedelta(seconds=n) for n in range(4)], agency_a)

    page = keyset_page(AuditEntry.objects.all(), cursor=None, size=4)

    assert len(page.items) == 4
    assert page.next_cursor is None


def test_empty_list_gives_an_empty_page_without_cursor():
    page = keyset_page(AuditEntry.objects.all(), cursor=None, size=10)

    assert page.items == []
    assert page.next_cursor is None


def test_pagination_respects_the_queryset_filter(agency_a, agency_b):
    make_entries([MOMENT] * 3, agency_a)
    make_entries([MOMENT] * 3, agency_b)
    only_b = AuditEntry.objects.filter(object_id=str(agency_b.pk))

    pages = all_pages(only_b, 2)

    assert {item.object_id for page in pages for item in page.items} == {str(agency_b.pk)}
    assert sum(len(page.items) for page in pages) == 3


def test_cursor_round_trips_the_moment_and_the_id():
    moment = timezone.now()

    assert decode_cursor(encode_cursor(moment, 4711)) == (moment, 4711)


def test_cursor_is_safe_in_a_url():
    cursor = encode_cursor(MOMENT, 12)

    assert set(cursor) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "bukan-kursor!!",
        "é",
        _b64(b"tanpa pemisah"),
        _b64(b"2026-03-17T10:00:00|5"),
        _b64(b"2026-03-17T10:00:00+07:00|lima"),
        _b64(b"kemarin|5"),
        _b64(b"2026-03-17T10:00:00+07:00|5|6"),
        _b64(b"\xff\xfe|5"),
        "",
    ],
)
def test_invalid_cursor_raises_invalid_cursor(cursor):
    with pytest.raises(InvalidCursor):
        decode_cursor(cursor)


def test_keyset_page_with_invalid_cursor_raises_invalid_cursor(mixed_entries):
    with pytest.raises(InvalidCursor):
        keyset_page(AuditEntry.objects.all(), cursor=_b64(b"rusak"), size=5)


def test_cursor_with_out_of_range_moment_raises_invalid_cursor(mixed_entries):
    cursor = _b64(b"9999-12-31T23:59:59-14:00|5")

    with pytest.raises(InvalidCursor):
        keyset_page(AuditEntry.objects.all(), cursor=cursor, size=5)
