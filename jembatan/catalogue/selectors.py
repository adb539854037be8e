"""Reads of the service catalogue and the work programmes, and a service as ready-to-paste text
for a post."""


from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import translation
from django.utils.translation import gettext as _

from jembatan.catalogue.models import Programme, Service
from jembatan.core.models import Agency

# --- Services: reads ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceFilters:
    q: str = ""
    agency: Agency | None = None
    active_only: bool = False
    free_only: bool = False


def services_search(*, filters: ServiceFilters) -> QuerySet[Service]:
    """Services of every agency for staff, newest change first (pair it with keyset_page)."""
    services = Service.objects.select_related("agency")
    if filters.agency is not None:
        services = services.filter(agency=filters.agency)
    if filters.active_only:
        services = services.filter(is_active=True)
    if filters.free_only:
        services = services.filter(is_free=True)
    for word in filters.q.split()[:8]:
        services = services.filter(
            Q(name__icontains=word) | Q(audience__icontains=word)
            | Q(requirements__icontains=word) | Q(agency__short_name__icontains=word)
            | Q(agency__name__icontains=word)
        )
    return services.order_by("-updated_at", "-id")


def services_recently_updated(*, limit: int) -> list[Service]:
    """Active services of active agencies whose information changed last: the home page's news."""
    return list(
        Service.objects.filter(is_active=True, agency__is_active=True)
        .select_related("agency").order_by("-updated_at", "-id")[:limit]
    )


def services_public_all(*, filters: ServiceFilters) -> QuerySet[Service]:
    """Every agency's active services for the regency-wide list, by agency then name."""
    services = Service.objects.filter(is_active=True, agency__is_active=True)
    if filters.agency is not None:
        services = services.filter(agency=filters.agency)
    if filters.free_only:
        services = services.filter(is_free=True)
    q = filters.q
    for word in q.split()[:8]:
        services = services.filter(
            Q(name__icontains=word) | Q(audience__icontains=word)
            | Q(requirements__icontains=word)
        )
    return services.select_related("agency").order_by("agency__name", "name", "id")


def services_related(*, agency: Agency, topic: str = "", limit: int = 4) -> list[Service]:
    """Services a news article points to: the agency's own, those naming the topic first."""
    services = Service.objects.filter(is_active=True, agency=agency)
    if topic:
        services = Service.objects.filter(is_active=True, agency__is_active=True).filter(
            Q(agency=agency) | Q(name__icontains=topic) | Q(audience__icontains=topic))
    return list(services.select_related("agency").order_by("name", "id")[:limit])


def services_public(*, agency: Agency) -> QuerySet[Service]:
    """What the public portal lists for an agency: its active services by name."""
    return Service.objects.filter(agency=agency, is_active=True).order_by("name")


def service_as_text(service: Service, *, language: str = "id") -> str:
    """The service as plain text ready to paste into a post or a WhatsApp broadcast.

    What, for whom, where, when, requirements, steps, cost and contact, in that order, with the
    labels in `language` (Indonesian unless asked otherwise). Empty parts are left out.
    """
    with translation.override(language):
        lines = [f"*{service.name}*", service.agency.name, ""]
        if service.audience:
            lines.append(_("For: %(audience)s") % {"audience": service.audience.strip()})
        if service.place:
            lines.append(_("Where: %(place)s") % {"place": service.place})
        if service.schedule:
            lines.append(_("When: %(schedule)s") % {"schedule": service.schedule})
        if service.requirement_lines:
            lines += ["", _("Requirements:")]
            lines += [f"- {line}" for line in service.requirement_lines]
        if service.step_lines:
            lines += ["", _("Steps:")]
            lines += [f"{n}. {line}" for n, line in enumerate(service.step_lines, start=1)]
        lines.append("")
        if service.is_free:
            cost = _("free of charge").capitalize()
            if service.cost:
                cost = f"{cost} ({service.cost})"
        else:
            cost = service.cost or _("ask the agency")
        lines.append(_("Cost: %(cost)s") % {"cost": cost})
        contact = service.contact or service.agency.phone
        if contact:
            lines.append(_("Contact: %(contact)s") % {"contact": contact})
        if service.link:
            lines.append(_("More information: %(link)s") % {"link": service.link})
    return "\n".join(lines).strip() + "\n"


def programmes_between(
    *, start: dt.date, end: dt.date, agency: Agency | None = None, public_only: bool = False
) -> QuerySet[Programme]:
    """Programmes running on any day from `start` to `end` (both included)."""
    programmes = Programme.objects.select_related("agency").filter(
        start_date__lte=end, end_date__gte=start
    )
    if agency is not None:
        programmes = programmes.filter(agency=agency)
    if public_only:
        programmes = programmes.filter(is_public=True)
    return programmes.order_by("start_date", "id")
