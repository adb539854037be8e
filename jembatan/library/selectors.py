"""Reads of the shared library: search, the items a post may use, and the popular tags."""


from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from jembatan.core.models import Agency
from jembatan.library.models import LibraryItem, LibraryTag

# --- Reads --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LibraryFilters:
    q: str = ""
    tag: str = ""
    agency: Agency | None = None
    kind: str = ""
    permission: str = ""


def library_search(*, filters: LibraryFilters) -> QuerySet[LibraryItem]:
    """Items of every agency for staff, newest first (pair it with keyset_page)."""
    items = LibraryItem.objects.select_related("agency").prefetch_related("tags")
    if filters.agency is not None:
        items = items.filter(agency=filters.agency)
    if filters.kind:
        items = items.filter(kind=filters.kind)
    if filters.permission:
        items = items.filter(permission=filters.permission)
    if filters.tag:
        items = items.filter(tags__name=filters.tag.strip().lstrip("#").lower())
    for word in filters.q.split()[:8]:
        items = items.filter(
            Q(title__icontains=word) | Q(description__icontains=word)
            | Q(credit__icontains=word) | Q(tags__name__icontains=word)
            | Q(agency__short_name__icontains=word)
        )
    if filters.q or filters.tag:
        items = items.distinct()
    return items


def library_item_choices(
    user, *, q: str = "", kind: str = "", limit: int = 30, ids=None
) -> list[LibraryItem]:
    """Items `user` may put in a post: every agency's, except those for internal use only;
    with `ids`, only those among them."""
    if not user.has_perm("library.view_library"):
        return []
    items = library_search(filters=LibraryFilters(q=q, kind=kind)).exclude(
        permission=LibraryItem.Permission.INTERNAL)
    if ids is not None:
        items = items.filter(pk__in=[int(pk) for pk in ids if str(pk).isdigit()])
    return list(items.order_by("-created_at", "-id")[:limit])


def popular_tags(limit: int = 20) -> list[str]:
    from django.db.models import Count

    return list(LibraryTag.objects.annotate(n=Count("items")).filter(n__gt=0)
                .order_by("-n", "name").values_list("name", flat=True)[:limit])
