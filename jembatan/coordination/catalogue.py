"""Services and work programmes: the writes (each audited), the reads, and the service as
ready-to-paste text for a post.

Every write here is keyword-only, atomic and leaves an audit entry; views, the demo and other
domains call these functions and never save the models themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import translation
from django.utils.translation import gettext as _

from jembatan.coordination.models import Programme, Service
from jembatan.core.actions import audit_record, diff, snapshot
from jembatan.core.models import Agency, User

SERVICE_FIELDS = (
    "name", "audience", "requirements", "steps", "is_free", "cost", "schedule", "place",
    "contact", "link", "is_active",
)
PROGRAMME_FIELDS = (
    "title", "description", "start_date", "end_date", "place", "target_group", "is_public",
)


def _check_unique_name(service: Service) -> None:
    clash = Service.objects.filter(agency=service.agency, name__iexact=service.name)
    if service.pk:
        clash = clash.exclude(pk=service.pk)
    if clash.exists():
        raise ValidationError(
            {"name": _("This agency already has a service with this name.")}, code="duplicate"
        )


# --- Services: writes -------------------------------------------------------------------------


@transaction.atomic
def service_create(*, agency: Agency, by: User | None, **values: Any) -> Service:
    unknown = set(values) - set(SERVICE_FIELDS)
    if unknown:
        raise ValueError(f"unknown service fields: {sorted(unknown)}")
    service = Service(agency=agency, created_by=by, **values)
    service.full_clean(validate_constraints=False)
    _check_unique_name(service)
    service.save()
    audit_record(actor=by, action="service_create", obj=service, agency=agency,
                 changes=diff({}, snapshot(service, SERVICE_FIELDS)))
    return service


@transaction.atomic
def service_update(*, service: Service, by: User | None, **values: Any) -> Service:
    """Change a service; only what actually changed is recorded."""
    unknown = set(values) - set(SERVICE_FIELDS)
    if unknown:
        raise ValueError(f"unknown service fields: {sorted(unknown)}")
    before = snapshot(service, values)
    for name, value in values.items():
        setattr(service, name, value)
    service.full_clean(validate_constraints=False)
    _check_unique_name(service)
    changes = diff(before, snapshot(service, values))
    if changes:
        service.save()
        audit_record(actor=by, action="service_update", obj=service, agency=service.agency,
                     changes=changes)
    return service


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


# --- Programmes -------------------------------------------------------------------------------


def _check_programme_dates(programme: Programme) -> None:
    if programme.start_date and programme.end_date and programme.end_date < programme.start_date:
        raise ValidationError(
            {"end_date": _("The last day cannot be before the first day.")}, code="dates"
        )


@transaction.atomic
def programme_create(*, agency: Agency, by: User | None, **values: Any) -> Programme:
    unknown = set(values) - set(PROGRAMME_FIELDS)
    if unknown:
        raise ValueError(f"unknown programme fields: {sorted(unknown)}")
    programme = Programme(agency=agency, created_by=by, **values)
    _check_programme_dates(programme)
    programme.full_clean(validate_constraints=False)
    programme.save()
    audit_record(actor=by, action="programme_create", obj=programme, agency=agency,
                 changes=diff({}, snapshot(programme, PROGRAMME_FIELDS)))
    return programme


@transaction.atomic
def programme_update(*, programme: Programme, by: User | None, **values: Any) -> Programme:
    unknown = set(values) - set(PROGRAMME_FIELDS)
    if unknown:
        raise ValueError(f"unknown programme fields: {sorted(unknown)}")
    before = snapshot(programme, values)
    for name, value in values.items():
        setattr(programme, name, value)
    _check_programme_dates(programme)
    programme.full_clean(validate_constraints=False)
    changes = diff(before, snapshot(programme, values))
    if changes:
        programme.save()
        audit_record(actor=by, action="programme_update", obj=programme,
                     agency=programme.agency, changes=changes)
    return programme


@transaction.atomic
def programme_delete(*, programme: Programme, by: User | None) -> None:
    audit_record(actor=by, action="programme_delete", obj=programme, agency=programme.agency,
                 changes=diff(snapshot(programme, PROGRAMME_FIELDS), {}))
    programme.delete()


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
