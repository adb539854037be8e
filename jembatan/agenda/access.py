"""Access helpers of the shared agenda: the event for this user, or 404/403."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest

from jembatan.agenda.models import AgendaEvent
from jembatan.core.access import get_agency_entry_for_user, login_and_perm_required

staff_required = login_and_perm_required("agenda.view_agenda")


def get_event_for_user(request: HttpRequest, queryset: QuerySet, pk: int, *,
                       change: bool = False) -> AgendaEvent:
    return get_agency_entry_for_user(request, queryset, pk, view_perm="agenda.view_agenda",
                                     change_perm="agenda.change_event", change=change)
