"""Keyset pagination: pages of long lists cost the same on page 1 and page 10,000.

Lists are ordered newest first by (a timestamp, id). The cursor is the last row's pair, encoded
so it can travel in a URL. Offsets are never used: OFFSET n makes the database read n rows.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet


class InvalidCursor(ValueError):
    pass


@dataclass
class KeysetPage:
    items: list[Any]
    next_cursor: str | None


def encode_cursor(moment: dt.datetime, pk: int) -> str:
    raw = f"{moment.isoformat()}|{pk}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        moment_text, pk_text = base64.urlsafe_b64decode(padded).decode().split("|")
        moment = dt.datetime.fromisoformat(moment_text)
        if moment.tzinfo is None:
            raise ValueError("naive")
        # A hand-made cursor may name a moment or an id the database cannot hold.
        moment = moment.astimezone(dt.UTC)
        pk = int(pk_text)
        if not 0 < pk < 2**63:
            raise ValueError("id out of range")
        return moment, pk
    except (ValueError, UnicodeDecodeError, OverflowError) as error:
        raise InvalidCursor(str(error)) from error


def keyset_page(
    queryset: QuerySet, *, cursor: str | None, size: int, time_field: str = "created_at",
    oldest_first: bool = False,
) -> KeysetPage:
    """One page of `queryset` newest first (or oldest first), starting after `cursor`."""
    if oldest_first:
        queryset = queryset.order_by(time_field, "pk")
        if cursor:
            moment, pk = decode_cursor(cursor)
            queryset = queryset.filter(
                Q(**{f"{time_field}__gte": moment}),
                Q(**{f"{time_field}__gt": moment}) | Q(**{time_field: moment, "pk__gt": pk}),
            )
        return _page_of(queryset, size=size, time_field=time_field)
    queryset = queryset.order_by(f"-{time_field}", "-pk")
    if cursor:
        moment, pk = decode_cursor(cursor)
        # The first condition repeats what the OR implies: without a plain range on the time
        # column, SQLite does not see that the ordered index serves the OR and may sort every
        # earlier row instead (800 ms instead of 4 at 300,000 conversations).
        queryset = queryset.filter(
            Q(**{f"{time_field}__lte": moment}),
            Q(**{f"{time_field}__lt": moment}) | Q(**{time_field: moment, "pk__lt": pk}),
        )
    return _page_of(queryset, size=size, time_field=time_field)


def _page_of(queryset: QuerySet, *, size: int, time_field: str) -> KeysetPage:
    rows = list(queryset[: size + 1])
    has_more = len(rows) > size
    rows = rows[:size]
    next_cursor = None
    if has_more and rows:
        last = rows[-1]
        next_cursor = encode_cursor(getattr(last, time_field), last.pk)
    return KeysetPage(items=rows, next_cursor=next_cursor)
