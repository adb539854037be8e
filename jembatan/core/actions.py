"""Writes of the core domain. Every change goes through here and leaves an audit entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from jembatan.core.background import enqueue_on_commit
from jembatan.core.changes import diff, snapshot
from jembatan.core.models import Agency, AuditEntry, DayOff, Jurisdiction, Membership, User
from jembatan.core.rules import require_actor_perm

# The site search copies an agency's public profile (search/tasks.py does the work).
SEARCH_REINDEX = "jembatan.search.tasks.reindex"


def audit_record(
    *,
    actor: User | None,
    action: str,
    obj: models.Model,
    agency: Agency | None = None,
    changes: dict[str, list[Any]] | None = None,
    note: str = "",
    at: dt.datetime | None = None,
    actor_label: str | None = None,
    object_repr: str | None = None,
) -> AuditEntry:
    """Append one entry to the audit log. Call it inside the action's transaction.

    `at` is for records of something that happened earlier (a letter entered the day after).
    """
    return AuditEntry.objects.create(
        created_at=at or timezone.now(),
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_label=actor_label
        or (str(actor) if actor is not None and actor.is_authenticated else "sistem"),
        action=action,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        object_repr=(object_repr or str(obj))[:200],
        agency=agency,
        changes=changes or {},
        note=note,
    )


def update_with_audit(
    obj: models.Model,
    *,
    actor: Any,
    action: str,
    values: Mapping[str, Any],
    fields: Iterable[str] | None = None,
    validate: Callable[[], None] | None = None,
    save: Callable[[list[str]], None] | None = None,
    agency: Any = None,
    also: Mapping[str, tuple[Any, Any]] | None = None,
    note: str = "",
) -> dict[str, list[Any]]:
    """Set `values` on `obj` and validate it; if anything changed, save it and write one audit
    entry. Returns the changes, `{field: [before, after]}` (empty: nothing was saved).

    `fields` are the ones callers may change; `validate` defaults to `full_clean`; `save` gets
    the changed field names and defaults to `obj.save()`; `also` adds changes that are not
    plain fields (a tag list) as `{name: (before, after)}`.
    """
    if fields is not None:
        unknown = set(values) - set(fields)
        if unknown:
            raise ValueError(f"unknown {type(obj).__name__.lower()} fields: {sorted(unknown)}")
    extra = also or {}
    before = {**snapshot(obj, values), **{name: pair[0] for name, pair in extra.items()}}
    for name, value in values.items():
        setattr(obj, name, value)
    (validate or obj.full_clean)()
    after = {**snapshot(obj, values), **{name: pair[1] for name, pair in extra.items()}}
    changes = diff(before, after)
    if changes:
        if save is None:
            obj.save()
        else:
            save(list(changes))
        audit_record(actor=actor, action=action, obj=obj, agency=agency, changes=changes,
                     note=note)
    return changes


JURISDICTION_SETUP_FIELDS = ("name", "short_name", "code", "region_code")


@transaction.atomic
def jurisdiction_set(
    *, actor: User | None, name: str, short_name: str, code: str, region_code: str
) -> Jurisdiction:
    """Create this installation's jurisdiction, or change its names and codes."""
    if actor is not None and not actor.has_perm("core.change_jurisdiction"):
        raise PermissionDenied
    jurisdiction = Jurisdiction.objects.first() or Jurisdiction()
    created = jurisdiction.pk is None
    before = {} if created else snapshot(jurisdiction, JURISDICTION_SETUP_FIELDS)
    jurisdiction.name = name
    jurisdiction.short_name = short_name
    jurisdiction.code = code
    jurisdiction.region_code = region_code
    jurisdiction.save()
    audit_record(
        actor=actor,
        action="jurisdiction_create" if created else "jurisdiction_update",
        obj=jurisdiction,
        changes=diff(before, snapshot(jurisdiction, JURISDICTION_SETUP_FIELDS)),
    )
    return jurisdiction


@transaction.atomic
def jurisdiction_save(
    *, actor: User, jurisdiction: Jurisdiction, changes: dict[str, list[Any]]
) -> Jurisdiction:
    """Save the jurisdiction as edited in the administration (the form has set its fields)."""
    created = jurisdiction.pk is None
    if not actor.has_perm("core.add_jurisdiction" if created else "core.change_jurisdiction"):
        raise PermissionDenied
    jurisdiction.save()
    audit_record(
        actor=actor,
        action="jurisdiction_create" if created else "jurisdiction_update",
        obj=jurisdiction,
        changes=changes,
    )
    return jurisdiction


# --- Master data edited in the administration ------------------------------------------------


def _admin_permission(obj: models.Model, verb: str) -> str:
    return f"{obj._meta.app_label}.{verb}_{obj._meta.model_name}"


@transaction.atomic
def admin_entry_save(
    *, actor: User, obj: models.Model, changes: dict[str, list[Any]]
) -> models.Model:
    """Save an entry a coordinator added or changed in the administration (categories, clock
    policies, people...: master data without a page of its own)."""
    created = obj._state.adding
    if not actor.has_perm(_admin_permission(obj, "add" if created else "change")):
        raise PermissionDenied
    obj.save()
    audit_record(actor=actor, action="admin_create" if created else "admin_update", obj=obj,
                 changes=changes)
    if isinstance(obj, Agency):  # the agencies' master data is kept in the admin
        enqueue_on_commit(SEARCH_REINDEX, "instansi", obj.pk)
    return obj


@transaction.atomic
def admin_entry_delete(*, actor: User, obj: models.Model) -> None:
    if not actor.has_perm(_admin_permission(obj, "delete")):
        raise PermissionDenied
    audit_record(actor=actor, action="admin_delete", obj=obj)
    obj.delete()


AGENCY_PROFILE_FIELDS = ("duties", "phone", "email", "website", "address", "service_hours")
AGENCY_ALL_FIELDS = (
    "name", "short_name", "slug", "kind", "parent", "region", "is_active", *AGENCY_PROFILE_FIELDS,
)


@transaction.atomic
def agency_create(*, actor: User | None, **values: Any) -> Agency:
    require_actor_perm(actor, "core.add_agency")
    agency = Agency(**values)
    agency.full_clean()
    agency.save()
    audit_record(
        actor=actor,
        action="agency_create",
        obj=agency,
        agency=agency,
        changes=diff({}, snapshot(agency, AGENCY_ALL_FIELDS)),
    )
    enqueue_on_commit(SEARCH_REINDEX, "instansi", agency.pk)
    return agency


@transaction.atomic
def agency_update(*, agency: Agency, actor: User | None, **values: Any) -> Agency:
    """Change an agency's fields; records only what actually changed."""
    unknown = set(values) - set(AGENCY_ALL_FIELDS)
    if unknown:
        raise ValueError(f"unknown agency fields: {sorted(unknown)}")
    # An agency's admin keeps its public profile; the rest is the coordinators' master data.
    perm = ("core.change_agency_profile" if set(values) <= set(AGENCY_PROFILE_FIELDS)
            else "core.change_agency")
    require_actor_perm(actor, perm, agency)
    update_with_audit(agency, actor=actor, action="agency_update", values=values,
                      fields=AGENCY_ALL_FIELDS, agency=agency)
    enqueue_on_commit(SEARCH_REINDEX, "instansi", agency.pk)
    return agency


@transaction.atomic
def membership_set(
    *, user: User, agency: Agency, role: str, actor: User | None
) -> Membership:
    """Give `user` a role in `agency`, creating or changing the membership."""
    require_actor_perm(actor, "core.change_membership")
    membership, created = Membership.objects.get_or_create(
        user=user, agency=agency, defaults={"role": role}
    )
    if created:
        audit_record(
            actor=actor, action="membership_add", obj=membership, agency=agency,
            changes={"role": [None, role]},
        )
    elif membership.role != role:
        old_role = membership.role
        membership.role = role
        membership.save(update_fields=["role"])
        audit_record(
            actor=actor, action="membership_change", obj=membership, agency=agency,
            changes={"role": [old_role, role]},
        )
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, actor: User | None) -> None:
    require_actor_perm(actor, "core.delete_membership")
    audit_record(
        actor=actor, action="membership_remove", obj=membership, agency=membership.agency,
        changes={"role": [membership.role, None]},
    )
    membership.delete()


@transaction.atomic
def day_off_save(*, day_off: DayOff, actor: User | None) -> DayOff:
    """Create or change an extra day off; open clocks follow the new calendar."""
    require_actor_perm(actor, "core.manage_calendar")
    before: dict[str, Any] = {}
    if day_off.pk:
        previous = DayOff.objects.get(pk=day_off.pk)
        before = snapshot(previous, ("date", "name", "kind"))
    day_off.full_clean()
    day_off.save()
    audit_record(
        actor=actor,
        action="day_off_update" if before else "day_off_create",
        obj=day_off,
        changes=diff(before, snapshot(day_off, ("date", "name", "kind"))),
    )
    transaction.on_commit(_calendar_changed)
    return day_off


@transaction.atomic
def day_off_delete(*, day_off: DayOff, actor: User | None) -> None:
    require_actor_perm(actor, "core.manage_calendar")
    audit_record(
        actor=actor, action="day_off_delete", obj=day_off,
        changes=diff(snapshot(day_off, ("date", "name", "kind")), {}),
    )
    day_off.delete()
    transaction.on_commit(_calendar_changed)


def _calendar_changed() -> None:
    from jembatan.core.signals import calendar_changed

    calendar_changed.send(sender=DayOff)


# --- Two-step sign-in -------------------------------------------------------------------------

RECOVERY_CODE_COUNT = 10


class TwoFactorError(Exception):
    """The code does not match, or the set-up it belongs to is gone (a 409-like conflict)."""


def two_factor_enrolment_start(*, actor: User) -> TOTPDevice:
    """A fresh, unconfirmed authenticator secret; it counts only once a code from it is typed."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=actor, confirmed=False).delete()
        return TOTPDevice.objects.create(
            user=actor, name=str(_("Authenticator app")), confirmed=False
        )


def two_factor_enrolment_confirm(*, actor: User, device: TOTPDevice, token: str) -> list[str]:
    """Confirm the authenticator with a code from it; returns the recovery codes, shown once."""
    with transaction.atomic():
        # Locked so a double submit cannot confirm twice and hand out two sets of codes.
        device = TOTPDevice.objects.select_for_update().filter(
            pk=device.pk, user=actor, confirmed=False
        ).first()
        if device is None:
            raise TwoFactorError
        if not device.verify_token(token):
            raise TwoFactorError
        # One authenticator per person: a new confirmation replaces the old one and its codes.
        TOTPDevice.objects.filter(user=actor, confirmed=True).delete()
        StaticDevice.objects.filter(user=actor).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        recovery = StaticDevice.objects.create(user=actor, name=str(_("Recovery codes")))
        codes = [StaticToken.random_token() for _number in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=recovery, token=code) for code in codes)
        audit_record(actor=actor, action="two_factor_enable", obj=actor)
    return codes


def two_factor_reset(*, user: User, actor: User) -> None:
    """Remove a person's second factor (lost phone); they set it up again at their next sign-in
    if it is required. Coordinators only."""
    if not actor.has_perm("core.reset_two_factor", user):
        raise PermissionDenied
    with transaction.atomic():
        removed = 0
        for device in devices_for_user(user, confirmed=None):
            device.delete()
            removed += 1
        audit_record(actor=actor, action="two_factor_reset", obj=user,
                     changes={"devices": [removed, 0]})


# --- Background work (database backend) ---------------------------------------------------------


class TaskNotFound(Exception):
    """No run with that id (pruned, or never there)."""


class TaskNotRetryable(Exception):
    """The run is waiting, running on a live worker or done: retrying it would run it twice."""


def _reset_for_rerun(row) -> None:
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import get_date_max

    # The same row runs again, so its id (the key under which its emails are recorded) and
    # its worker_ids (one per attempt) carry over to the rerun.
    row.status = TaskResultStatus.READY
    row.started_at = None
    row.finished_at = None
    row.run_after = get_date_max()
    row.save(update_fields=["status", "started_at", "finished_at", "run_after"])


def tasks_recover_stalled(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Runs whose worker is gone go back to the queue, or, after TASKS_MAX_ATTEMPTS workers
    died on them, are marked failed with the reason; both for coordinators to see."""
    from django_tasks_db.models import DBTaskResult

    from jembatan.core import background

    requeued = failed = 0
    for candidate in DBTaskResult.objects.running().only("id", "status", "worker_ids",
                                                         "started_at", "task_path"):
        if not background.is_stuck(candidate, now=now):
            continue
        with transaction.atomic():
            row = DBTaskResult.objects.select_for_update().filter(pk=candidate.pk).first()
            # Re-checked under the lock: the worker may have finished it meanwhile.
            if row is None or not background.is_stuck(row, now=now):
                continue
            if len(row.worker_ids) < background.max_attempts():
                _reset_for_rerun(row)
                requeued += 1
                action = "task_requeue"
            else:
                row.set_failed(background.WorkerLost(
                    f"The worker stopped during each of {len(row.worker_ids)} attempts."))
                failed += 1
                action = "task_fail"
            audit_record(actor=None, action=action, obj=row,
                         object_repr=background.task_label(row.task_path),
                         changes={"status": [str(background.STUCK_LABEL),
                                             background.status_label(row.status)]})
    return {"requeued": requeued, "failed": failed}


def task_retry(*, task_id: str, actor: User) -> None:
    """A coordinator runs a failed or stuck run again (the same run: what it already sent is
    not sent again)."""
    from django.core.exceptions import PermissionDenied
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from jembatan.core import background

    if not actor.has_perm("core.retry_background_task"):
        raise PermissionDenied
    with transaction.atomic():
        row = DBTaskResult.objects.select_for_update().filter(pk=task_id).first()
        if row is None:
            raise TaskNotFound(task_id)
        if not (row.status == TaskResultStatus.FAILED or background.is_stuck(row)):
            raise TaskNotRetryable
        before = background.STUCK_LABEL if row.status == TaskResultStatus.RUNNING else None
        status_before = str(before or background.status_label(row.status))
        _reset_for_rerun(row)
        audit_record(actor=actor, action="task_retry", obj=row,
                     object_repr=background.task_label(row.task_path),
                     changes={"status": [status_before,
                                         background.status_label(row.status)]})
