"""Reads of the core domain, with their joins and permission scoping done once here."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Q, QuerySet
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice

from jembatan.core.context_processors import jurisdiction
from jembatan.core.models import Agency, AuditEntry, Membership, User


def agencies_public() -> QuerySet[Agency]:
    return Agency.objects.active().select_related("region", "parent").order_by("kind", "name")


def agencies_for_user(*, user: User) -> QuerySet[Agency]:
    """The agencies a staff member works for (all of them for coordinators)."""
    if user.is_coordinator:
        return Agency.objects.active().order_by("name")
    return Agency.objects.filter(memberships__user=user).distinct().order_by("name")


def memberships_for_user(*, user: User) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("agency").order_by("agency__name")


def members_of_agency(*, agency: Agency) -> QuerySet[Membership]:
    return Membership.objects.filter(agency=agency).select_related("user").order_by(
        "role", "user__full_name"
    )


def agency_counts_by_kind() -> dict[str, int]:
    rows = Agency.objects.active().values("kind").annotate(n=Count("id"))
    return {row["kind"]: row["n"] for row in rows}


def audit_entries(
    *,
    agency: Agency | None = None,
    actor: User | None = None,
    content_type: ContentType | None = None,
    object_id: str | None = None,
    q: str = "",
) -> QuerySet[AuditEntry]:
    entries = AuditEntry.objects.select_related("actor", "agency", "content_type")
    if agency is not None:
        entries = entries.filter(agency=agency)
    if actor is not None:
        entries = entries.filter(actor=actor)
    if content_type is not None:
        entries = entries.filter(content_type=content_type)
    if object_id:
        entries = entries.filter(object_id=object_id)
    if q:
        entries = entries.filter(Q(object_repr__icontains=q) | Q(action__icontains=q))
    return entries.order_by("-created_at", "-id")


def history_of(obj: models.Model) -> QuerySet[AuditEntry]:
    return audit_entries(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
    )


# --- Two-step sign-in -------------------------------------------------------------------------


def two_factor_devices(*, user: User) -> list:
    """The person's confirmed second factors (authenticator app, recovery codes)."""
    return list(devices_for_user(user, confirmed=True))


def two_factor_enrolled(*, user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def two_factor_required(*, user: User) -> bool:
    """Must this person use two-step sign-in? Coordinators and agency admins, when the
    jurisdiction turns it on."""
    if not user.is_authenticated:
        return False
    current = jurisdiction(None)["jurisdiction"]
    if current is None or not current.require_staff_two_factor:
        return False
    return bool(user.is_coordinator or user.memberships.filter(role="agency_admin").exists())
