"""Services and work programmes: the writes, each audited. Reads are in selectors.py.

Every write here is keyword-only, atomic and leaves an audit entry; views, the demo and other
domains call these functions and never save the models themselves.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from jembatan.catalogue.models import Programme, Service
from jembatan.core.actions import audit_record, update_with_audit
from jembatan.core.background import enqueue_on_commit
from jembatan.core.changes import diff, snapshot
from jembatan.core.models import Agency, User
from jembatan.core.rules import require_actor_perm

SERVICE_FIELDS = (
    "name", "audience", "requirements", "steps", "is_free", "cost", "schedule", "place",
    "contact", "link", "is_active",
)
PROGRAMME_FIELDS = (
    "title", "description", "start_date", "end_date", "place", "target_group", "is_public",
)

# The site search copies what the public reads of services and programmes.
SEARCH_REINDEX = "jembatan.search.tasks.reindex"


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
def service_create(*, agency: Agency, actor: User | None, **values: Any) -> Service:
    unknown = set(values) - set(SERVICE_FIELDS)
    if unknown:
        raise ValueError(f"unknown service fields: {sorted(unknown)}")
    service = Service(agency=agency, created_by=actor, **values)
    require_actor_perm(actor, "catalogue.change_entry", service)
    service.full_clean(validate_constraints=False)
    _check_unique_name(service)
    service.save()
    audit_record(actor=actor, action="service_create", obj=service, agency=agency,
                 changes=diff({}, snapshot(service, SERVICE_FIELDS)))
    enqueue_on_commit(SEARCH_REINDEX, "layanan", service.pk)
    return service


@transaction.atomic
def service_update(*, service: Service, actor: User | None, **values: Any) -> Service:
    """Change a service; only what actually changed is recorded."""
    require_actor_perm(actor, "catalogue.change_entry", service)

    def validate() -> None:
        service.full_clean(validate_constraints=False)
        _check_unique_name(service)

    update_with_audit(service, actor=actor, action="service_update", values=values,
                      fields=SERVICE_FIELDS, validate=validate, agency=service.agency)
    enqueue_on_commit(SEARCH_REINDEX, "layanan", service.pk)
    return service


# --- Programmes -------------------------------------------------------------------------------


def _check_programme_dates(programme: Programme) -> None:
    if programme.start_date and programme.end_date and programme.end_date < programme.start_date:
        raise ValidationError(
            {"end_date": _("The last day cannot be before the first day.")}, code="dates"
        )


@transaction.atomic
def programme_create(*, agency: Agency, actor: User | None, **values: Any) -> Programme:
    unknown = set(values) - set(PROGRAMME_FIELDS)
    if unknown:
        raise ValueError(f"unknown programme fields: {sorted(unknown)}")
    programme = Programme(agency=agency, created_by=actor, **values)
    require_actor_perm(actor, "catalogue.change_entry", programme)
    _check_programme_dates(programme)
    programme.full_clean(validate_constraints=False)
    programme.save()
    audit_record(actor=actor, action="programme_create", obj=programme, agency=agency,
                 changes=diff({}, snapshot(programme, PROGRAMME_FIELDS)))
    enqueue_on_commit(SEARCH_REINDEX, "program", programme.pk)
    return programme


@transaction.atomic
def programme_update(*, programme: Programme, actor: User | None, **values: Any) -> Programme:
    require_actor_perm(actor, "catalogue.change_entry", programme)

    def validate() -> None:
        _check_programme_dates(programme)
        programme.full_clean(validate_constraints=False)

    update_with_audit(programme, actor=actor, action="programme_update", values=values,
                      fields=PROGRAMME_FIELDS, validate=validate, agency=programme.agency)
    enqueue_on_commit(SEARCH_REINDEX, "program", programme.pk)
    return programme


@transaction.atomic
def programme_delete(*, programme: Programme, actor: User | None) -> None:
    require_actor_perm(actor, "catalogue.change_entry", programme)
    audit_record(actor=actor, action="programme_delete", obj=programme, agency=programme.agency,
                 changes=diff(snapshot(programme, PROGRAMME_FIELDS), {}))
    enqueue_on_commit(SEARCH_REINDEX, "program", programme.pk)
    programme.delete()
