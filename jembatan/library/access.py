"""Access helpers of the shared library: the item for this user, or 404/403."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest

from jembatan.core.access import get_agency_entry_for_user, login_and_perm_required
from jembatan.library.models import LibraryItem

staff_required = login_and_perm_required("library.view_library")


def get_item_for_user(request: HttpRequest, queryset: QuerySet, pk: int, *,
                      change: bool = False) -> LibraryItem:
    return get_agency_entry_for_user(request, queryset, pk, view_perm="library.view_library",
                                     change_perm="library.change_item", change=change)
