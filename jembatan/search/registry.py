"""What can be found: each domain registers a document source for each kind of public thing
it owns (in its `apps.py` `ready()`), and says there which of its objects the public may read and
how they read. Search imports no domain; the domains import this module.

A source answers for a batch of ids at once, so that a rebuild reads a million rows in a few
hundred queries and a single change costs a few."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise


@dataclass(frozen=True)
class Document:
    """One public object as the search shows it. `title` and `body` are exactly what its
    public page shows (personal data already masked); `keywords` are found but never shown
    (the agency's name, the place)."""

    object_id: int
    title: str
    body: str
    url: str
    agency_id: int | None = None
    date: dt.datetime | None = None
    keywords: str = ""


@dataclass(frozen=True)
class DocumentSource:
    kind: str  # the value of the page's kind filter, e.g. "berita"
    label: Promise | str  # what people read, e.g. "Berita"
    model: type[models.Model]
    # The public documents among these ids; an id missing from the answer is not public.
    documents: Callable[[list[int]], dict[int, Document]]
    order: int = 100  # place among the page's filters


_SOURCES: dict[str, DocumentSource] = {}


def register(source: DocumentSource) -> None:
    existing = _SOURCES.get(source.kind)
    if existing is not None and existing != source:
        raise ValueError(f"search kind {source.kind!r} is already registered")
    _SOURCES[source.kind] = source


def source(kind: str) -> DocumentSource | None:
    return _SOURCES.get(kind)


def sources() -> list[DocumentSource]:
    return sorted(_SOURCES.values(), key=lambda s: (s.order, s.kind))


def kind_choices() -> list[tuple[str, str]]:
    return [(s.kind, str(s.label)) for s in sources()]


def ids_in_batches(model: type[models.Model], *, batch: int) -> Iterable[list[int]]:
    """Every id of `model` in ascending batches (keyset on the primary key: each batch one
    indexed query, however many rows there are)."""
    last = 0
    while True:
        ids = list(model._default_manager.filter(pk__gt=last).order_by("pk")
                   .values_list("pk", flat=True)[:batch])
        if not ids:
            return
        yield ids
        last = ids[-1]
