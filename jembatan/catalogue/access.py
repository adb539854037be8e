"""Access helpers of the catalogue: the service or programme for this user, or 404/403."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest

from jembatan.catalogue.models import Programme, Service
from jembatan.core.access import get_agency_entry_for_user, login_and_perm_required

staff_required = login_and_perm_required("catalogue.view_catalogue")


def get_entry_for_user(request: HttpRequest, queryset: QuerySet, pk: int, *,
                       change: bool = False) -> Service | Programme:
    return get_agency_entry_for_user(request, queryset, pk, view_perm="catalogue.view_catalogue",
                                     change_perm="catalogue.change_entry", change=change)
