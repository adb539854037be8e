"""Writes of the search index. The index is derived data: each document is a copy of what a
public page already shows, rebuilt from the domain's tables at any time, so these writes leave
no audit entry (the change that caused them has its own)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import transaction

from jembatan.core import public_cache
from jembatan.search import registry, text
from jembatan.search.engines import engine, facets
from jembatan.search.models import SearchDocument

REBUILD_BATCH = 2000


def _rows(kind: str, documents: Iterable[registry.Document]) -> list[SearchDocument]:
    return [
        SearchDocument(
            kind=kind, object_id=doc.object_id, agency_id=doc.agency_id,
            title=doc.title[:300], body=doc.body, url=doc.url[:500], date=doc.date,
            title_terms=text.terms(doc.title),
            body_terms=text.terms(f"{doc.body} {doc.keywords}"),
            facets=facets(kind=kind, agency_id=doc.agency_id),
        )
        for doc in documents
    ]


@transaction.atomic
def documents_refresh(*, kind: str, object_ids: list[int]) -> int:
    """Make the index say what the public may read now of these objects: added, changed, or
    gone when an object is no longer public (a draft, a rahasia report) or no longer exists.
    Returns how many documents the index now holds for them."""
    source = registry.source(kind)
    if source is None:
        raise ValueError(f"unknown search kind {kind!r}")
    ids = sorted(set(object_ids))
    found = source.documents(ids)
    SearchDocument.objects.filter(kind=kind, object_id__in=ids).delete()
    SearchDocument.objects.bulk_create(_rows(kind, found.values()))
    # Bulk writes send no signal: the kept search pages (core.public_cache) learn of it here.
    public_cache.bump(public_cache.SEARCH)
    return len(found)


def index_rebuild(*, kinds: list[str] | None = None, batch: int = REBUILD_BATCH,
                  progress: Callable[[str, int], None] | None = None) -> int:
    """Rebuild the documents of every source (or of `kinds`) from the domains' tables, one
    batch of ids per transaction: the page keeps answering while it runs, and a million rows
    never sit in memory. Documents of objects that disappeared go too."""
    total = 0
    for source in registry.sources():
        if kinds and source.kind not in kinds:
            continue
        previous = 0
        for ids in registry.ids_in_batches(source.model, batch=batch):
            with transaction.atomic():
                found = source.documents(ids)
                SearchDocument.objects.filter(
                    kind=source.kind, object_id__gt=previous, object_id__lte=ids[-1]).delete()
                SearchDocument.objects.bulk_create(_rows(source.kind, found.values()),
                                                   batch_size=500)
                public_cache.bump(public_cache.SEARCH)
            previous = ids[-1]
            total += len(found)
            if progress:
                progress(source.kind, total)
        SearchDocument.objects.filter(kind=source.kind, object_id__gt=previous).delete()
        public_cache.bump(public_cache.SEARCH)
    engine().optimize()
    return total
