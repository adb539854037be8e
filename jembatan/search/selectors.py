"""Reads of the search: one page of results for the public, in a fixed number of queries (the
match, then the documents with their agencies)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from jembatan.core.models import Agency
from jembatan.search import registry, text
from jembatan.search.engines import Filters, engine
from jembatan.search.models import SearchDocument

PAGE_SIZE = 20
# Bounded pagination: people refine a search rather than read its 11th page, and deep offsets
# are what makes a ranked search slow.
MAX_PAGES = 10


@dataclass(frozen=True)
class Result:
    document: SearchDocument
    kind_label: str
    title: SafeString
    snippet: SafeString


@dataclass
class ResultPage:
    q: str
    stems: list[str]
    number: int = 1
    results: list[Result] = field(default_factory=list)
    has_next: bool = False

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def search_public(*, q: str, kind: str = "", agency: Agency | None = None,
                  page: int = 1) -> ResultPage:
    stems = text.query_terms(q)
    page = min(max(page, 1), MAX_PAGES)
    result_page = ResultPage(q=q, stems=stems, number=page)
    if not stems:
        return result_page
    filters = Filters(kind=kind if registry.source(kind) else "",
                      agency_id=agency.pk if agency else None)
    ids = engine().match_ids(stems, filters, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    result_page.has_next = len(ids) > PAGE_SIZE and page < MAX_PAGES
    ids = ids[:PAGE_SIZE]
    documents = SearchDocument.objects.select_related("agency").defer(
        "title_terms", "body_terms").in_bulk(ids)
    labels = dict(registry.kind_choices())
    for document_id in ids:
        document = documents.get(document_id)
        if document is None:  # removed between the two queries
            continue
        result_page.results.append(Result(
            document=document, kind_label=labels.get(document.kind, ""),
            title=text.highlight(document.title, stems),
            snippet=text.snippet(document.body, stems),
        ))
    return result_page
