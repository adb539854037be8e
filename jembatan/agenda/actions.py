"""The shared agenda: writes on events (each audited, with notifications after commit), the
coverage volunteers and the secret keys of personal calendar feeds. Reads are in selectors.py.

Times are stored in UTC and shown in the regency's time zone (WIB). An all-day event runs from
midnight WIB of its first day to midnight WIB after its last day.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jembatan.agenda.models import AgendaEvent, AgendaFeedKey
from jembatan.agenda.selectors import event_days, feed_token, local_tz
from jembatan.core import quiet
from jembatan.core.actions import audit_record, update_with_audit
from jembatan.core.changes import diff, snapshot
from jembatan.core.models import Agency, Membership, User
from jembatan.core.rules import require_actor_perm

EVENT_FIELDS = (
    "title", "description", "starts_at", "ends_at", "all_day", "place", "visibility",
    "needs_coverage",
)
# A change to one of these is news for whoever covers the event.
NOTEWORTHY_FIELDS = ("title", "starts_at", "ends_at", "all_day", "place")

KIND_COVERAGE_NEEDED = "agenda_coverage_needed"
KIND_COVERAGE_TAKEN = "agenda_coverage_taken"
KIND_EVENT_CHANGED = "agenda_event_changed"

# --- Who hears about it -------------------------------------------------------------------------


def _staff_users() -> QuerySet[User]:
    return User.objects.filter(
        Q(is_coordinator=True) | Q(memberships__isnull=False), is_active=True
    ).distinct()


def _agency_users(agency_ids: list[int]) -> QuerySet[User]:
    return User.objects.filter(
        pk__in=Membership.objects.filter(agency_id__in=agency_ids).values("user_id"),
        is_active=True,
    )


def _notify(recipients, kind: str, *, title: str, body: str, event: AgendaEvent,
            actor: User | None) -> None:
    if quiet.is_suppressed():
        return
    from jembatan.notifications.services import notify

    url = reverse("agenda:agenda_detail", kwargs={"pk": event.pk})
    agency = event.agency
    users = list(recipients)
    transaction.on_commit(lambda: notify(users, kind, title=title, body=body, url=url,
                                         agency=agency, exclude=actor))


def _when(event: AgendaEvent) -> str:
    first, last = event_days(event)
    if event.all_day:
        if first == last:
            return first.strftime("%d-%m-%Y")
        return f"{first:%d-%m-%Y} – {last:%d-%m-%Y}"
    start = timezone.localtime(event.starts_at, local_tz())
    return f"{start:%d-%m-%Y %H.%M} WIB"


def _coverage_needed_notify(event: AgendaEvent, actor: User | None) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        title = _("%(agency)s asks for coverage: %(title)s") % {
            "agency": event.agency, "title": event.title}
        body = _("%(when)s at %(place)s. Open the agenda to cover it.") % {
            "when": _when(event), "place": event.place or "—"}
    _notify(_staff_users(), KIND_COVERAGE_NEEDED, title=title, body=body, event=event, actor=actor)


def _coverers(event: AgendaEvent) -> list[User]:
    users: list[User] = []
    if event.covered_by_user is not None:
        users.append(event.covered_by_user)
    if event.covered_by_agency_id is not None:
        users += list(_agency_users([event.covered_by_agency_id]))
    return users


# --- Writes -------------------------------------------------------------------------------------


def _validate(event: AgendaEvent) -> None:
    if event.starts_at and event.ends_at:
        if event.ends_at < event.starts_at:
            raise ValidationError({"ends_at": _("The end cannot be before the start.")},
                                  code="dates")
        if event.all_day and event.ends_at == event.starts_at:
            raise ValidationError({"ends_at": _("An all-day event lasts at least one day.")},
                                  code="dates")
    event.full_clean(validate_constraints=False,
                     exclude=["covered_by_agency", "covered_by_user", "created_by"])


@transaction.atomic
def event_create(*, agency: Agency, actor: User | None, **values: Any) -> AgendaEvent:
    unknown = set(values) - set(EVENT_FIELDS)
    if unknown:
        raise ValueError(f"unknown event fields: {sorted(unknown)}")
    event = AgendaEvent(agency=agency, created_by=actor, **values)
    require_actor_perm(actor, "agenda.change_event", event)
    _validate(event)
    event.save()
    audit_record(actor=actor, action="agenda_event_create", obj=event, agency=agency,
                 changes=diff({}, snapshot(event, EVENT_FIELDS)))
    if event.needs_coverage:
        _coverage_needed_notify(event, actor)
    return event


@transaction.atomic
def event_update(*, event: AgendaEvent, actor: User | None, **values: Any) -> AgendaEvent:
    """Change an event. Whoever covers it hears about a new time, place or title."""
    require_actor_perm(actor, "agenda.change_event", event)
    needed_before = event.needs_coverage

    def save(changed: list[str]) -> None:
        event.sequence += 1
        # Only what the form changes: coverage may have been taken meanwhile by someone else.
        event.save(update_fields=[*changed, "sequence", "updated_at"])
        event.refresh_from_db(fields=["covered_by_agency", "covered_by_user", "status"])

    changes = update_with_audit(event, actor=actor, action="agenda_event_update", values=values,
                                fields=EVENT_FIELDS, validate=lambda: _validate(event),
                                save=save, agency=event.agency)
    if not changes:
        return event
    if set(changes) & set(NOTEWORTHY_FIELDS) and event.is_covered:
        with translation.override(settings.LANGUAGE_CODE):
            title = _("Event changed: %(title)s") % {"title": event.title}
            body = _("Now %(when)s at %(place)s.") % {"when": _when(event),
                                                       "place": event.place or "—"}
        _notify(_coverers(event), KIND_EVENT_CHANGED, title=title, body=body, event=event,
                actor=actor)
    if event.needs_coverage and not needed_before and not event.is_covered:
        _coverage_needed_notify(event, actor)
    return event


@transaction.atomic
def event_cancel(*, event: AgendaEvent, actor: User | None, reason: str = "") -> AgendaEvent:
    """Cancelled events stay in the agenda (struck through) so calendar clients drop them."""
    require_actor_perm(actor, "agenda.change_event", event)
    event.refresh_from_db(fields=["status", "sequence", "covered_by_agency", "covered_by_user"])
    if event.is_cancelled:
        return event
    event.status = AgendaEvent.Status.CANCELLED
    event.sequence += 1
    event.save(update_fields=["status", "sequence", "updated_at"])
    audit_record(actor=actor, action="agenda_event_cancel", obj=event, agency=event.agency,
                 changes={"status": [AgendaEvent.Status.CONFIRMED, event.status]}, note=reason)
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Event cancelled: %(title)s") % {"title": event.title}
        body = reason or _when(event)
    _notify([*_coverers(event), *_agency_users([event.agency_id])], KIND_EVENT_CHANGED,
            title=title, body=body, event=event, actor=actor)
    return event


class CoverageTaken(Exception):
    """Someone else already covers the event."""


@transaction.atomic
def event_cover(*, event: AgendaEvent, actor: User, agency: Agency | None = None) -> AgendaEvent:
    """`actor` volunteers to cover the event, for `agency` (one of theirs) or on their own."""
    require_actor_perm(actor, "agenda.cover_event", event)
    given = event
    # Lock the row: two officers pressing "I'll cover it" at once must not both win.
    event = AgendaEvent.objects.select_for_update().select_related("agency").get(pk=event.pk)
    if event.is_cancelled:
        raise ValidationError(_("This event has been cancelled."), code="cancelled")
    if event.is_covered and event.covered_by_user_id != actor.pk:
        raise CoverageTaken
    if agency is not None and not actor.is_coordinator and not Membership.objects.filter(
            user=actor, agency=agency).exists():
        raise ValidationError(_("You can only cover an event for your own agency."),
                              code="not_member")
    before = snapshot(event, ("covered_by_agency", "covered_by_user"))
    event.covered_by_user = actor
    event.covered_by_agency = agency
    event.save(update_fields=["covered_by_user", "covered_by_agency", "updated_at"])
    audit_record(actor=actor, action="agenda_event_cover", obj=event, agency=event.agency,
                 changes=diff(before, snapshot(event, ("covered_by_agency", "covered_by_user"))))
    with translation.override(settings.LANGUAGE_CODE):
        who = f"{actor} ({agency})" if agency else str(actor)
        title = _("%(who)s will cover %(title)s") % {"who": who, "title": event.title}
    recipients = list(_agency_users([event.agency_id]))
    if event.created_by is not None:
        recipients.append(event.created_by)
    _notify(recipients, KIND_COVERAGE_TAKEN, title=title, body=_when(event), event=event,
            actor=actor)
    given.covered_by_user, given.covered_by_agency = event.covered_by_user, agency
    return event


@transaction.atomic
def event_release(*, event: AgendaEvent, actor: User) -> AgendaEvent:
    """Nobody covers the event any more; if it still needs coverage, everyone is asked again."""
    require_actor_perm(actor, "agenda.release_event", event)
    given = event
    event = AgendaEvent.objects.select_for_update().select_related("agency").get(pk=event.pk)
    if not event.is_covered:
        return event
    before = snapshot(event, ("covered_by_agency", "covered_by_user"))
    event.covered_by_user = None
    event.covered_by_agency = None
    event.save(update_fields=["covered_by_user", "covered_by_agency", "updated_at"])
    audit_record(actor=actor, action="agenda_event_release", obj=event, agency=event.agency,
                 changes=diff(before, {"covered_by_agency": None, "covered_by_user": None}))
    if event.needs_coverage and not event.is_cancelled:
        _coverage_needed_notify(event, actor)
    given.covered_by_user = given.covered_by_agency = None
    return event


@transaction.atomic
def feed_token_issue(*, actor: User) -> str:
    """The secret token of the actor's calendar feed; the first one creates their feed key."""
    require_actor_perm(actor, "agenda.view_agenda")
    key, created = AgendaFeedKey.objects.get_or_create(user=actor)
    if created:
        audit_record(actor=actor, action="agenda_feed_create", obj=key)
    return feed_token(key)


@transaction.atomic
def feed_key_reset(*, actor: User) -> str:
    """A new feed address for `actor`; the old one stops working at once."""
    require_actor_perm(actor, "agenda.view_agenda")
    key, created = AgendaFeedKey.objects.select_for_update().get_or_create(user=actor)
    if not created:
        key.version += 1
        key.save(update_fields=["version", "updated_at"])
    audit_record(actor=actor, action="agenda_feed_reset", obj=key)
    return feed_token(key)
