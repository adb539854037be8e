"""Writes of the outgoing webhooks: subscribe, change, rotate the secret, redeliver, and the
system's disabling after repeated failure. Each is atomic and leaves an audit entry; the
signing secret is never in the audit log (it records "diganti")."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jembatan.core import crypto
from jembatan.core.actions import audit_record
from jembatan.core.models import Agency, Membership, User
from jembatan.core.rules import require_actor_perm
from jembatan.notifications.services import notify
from jembatan.webhooks import signing
from jembatan.webhooks.addresses import AddressRefused, check_url
from jembatan.webhooks.event_types import EVENT_TYPES
from jembatan.webhooks.models import Delivery, Subscription
from jembatan.webhooks.rules import agencies_for_subscribing

SEND_TASK = "jembatan.webhooks.tasks.send_delivery"
# How long the old secret still signs after a rotation, so receivers can switch over.
PREVIOUS_SECRET_GRACE = timezone.timedelta(hours=24)
SECRET_CHANGED = "diganti"


def _clean(*, name: str, url: str, events: Iterable[str]) -> tuple[str, str, list[str]]:
    name, url = name.strip(), url.strip()
    if not name:
        raise ValidationError({"name": _("Give the subscription a name.")}, code="required")
    try:
        check_url(url)
    except AddressRefused as refused:
        raise ValidationError({"url": str(refused)}, code="address") from refused
    chosen = [code for code in EVENT_TYPES if code in set(events)]
    if not chosen:
        raise ValidationError({"events": _("Choose at least one event.")}, code="required")
    return name[:120], url[:500], chosen


def _check_agency(actor: User | None, agency: Agency | None) -> None:
    if actor is None:
        return
    if agency is None:
        if not actor.is_coordinator:
            raise PermissionDenied
    elif not agencies_for_subscribing(actor).filter(pk=agency.pk).exists():
        raise PermissionDenied


@transaction.atomic
def subscription_create(*, actor: User | None, agency: Agency | None, name: str, url: str,
                        events: Iterable[str]) -> tuple[Subscription, str]:
    """A new subscription and its signing secret, which is returned once and never again."""
    require_actor_perm(actor, "webhooks.use_webhooks")
    _check_agency(actor, agency)
    name, url, events = _clean(name=name, url=url, events=events)
    secret = signing.new_secret()
    now = timezone.now()
    subscription = Subscription.objects.create(
        name=name, url=url, agency=agency, events=events,
        secret_encrypted=crypto.encrypt(secret), created_by=actor, created_at=now,
        updated_at=now)
    audit_record(actor=actor, action="webhook_subscribe", obj=subscription, agency=agency,
                 changes={"url": [None, url], "events": [None, events],
                          "secret": [None, SECRET_CHANGED]})
    return subscription, secret


@transaction.atomic
def subscription_update(*, subscription: Subscription, actor: User | None, name: str, url: str,
                        events: Iterable[str], is_active: bool) -> Subscription:
    """Change the name, address, events or state. Turning it on again starts the count of
    failed events from zero."""
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    require_actor_perm(actor, "webhooks.change_subscription", subscription)
    name, url, events = _clean(name=name, url=url, events=events)
    before = {"name": subscription.name, "url": subscription.url,
              "events": subscription.events, "is_active": subscription.is_active}
    after = {"name": name, "url": url, "events": events, "is_active": is_active}
    changes = {key: [before[key], after[key]] for key in after if before[key] != after[key]}
    if not changes:
        return subscription
    for key, value in after.items():
        setattr(subscription, key, value)
    if is_active and not before["is_active"]:
        subscription.failed_events_in_row = 0
        subscription.disabled_at = None
        subscription.disabled_reason = ""
    elif not is_active and before["is_active"]:
        subscription.disabled_at = timezone.now()
        subscription.disabled_reason = ""
    subscription.updated_at = timezone.now()
    subscription.save()
    audit_record(actor=actor, action="webhook_change", obj=subscription,
                 agency=subscription.agency, changes=changes)
    return subscription


@transaction.atomic
def subscription_rotate_secret(*, subscription: Subscription, actor: User | None) -> str:
    """A new signing secret, returned once. The old one keeps signing (as a second `v1`) for
    24 hours so the receiver can switch without losing events."""
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    require_actor_perm(actor, "webhooks.change_subscription", subscription)
    secret = signing.new_secret()
    now = timezone.now()
    subscription.previous_secret_encrypted = subscription.secret_encrypted
    subscription.previous_secret_expires_at = now + PREVIOUS_SECRET_GRACE
    subscription.secret_encrypted = crypto.encrypt(secret)
    subscription.updated_at = now
    subscription.save(update_fields=["previous_secret_encrypted", "previous_secret_expires_at",
                                     "secret_encrypted", "updated_at"])
    audit_record(actor=actor, action="webhook_rotate_secret", obj=subscription,
                 agency=subscription.agency, changes={"secret": [SECRET_CHANGED,
                                                                 SECRET_CHANGED]})
    return secret


@transaction.atomic
def delivery_redeliver(*, delivery: Delivery, actor: User | None) -> Delivery:
    """Send one delivery again now (one attempt; it does not use up a scheduled retry)."""
    delivery = (Delivery.objects.select_for_update().select_related("subscription", "event")
                .get(pk=delivery.pk))
    require_actor_perm(actor, "webhooks.change_subscription", delivery.subscription)
    if delivery.status == Delivery.Status.SENDING or (
            delivery.status == Delivery.Status.PENDING and delivery.scheduled_failures == 0):
        raise ValidationError(_("This delivery is being sent right now; wait for its result."),
                              code="busy")
    before = delivery.status
    delivery.status = Delivery.Status.PENDING
    delivery.save(update_fields=["status"])
    audit_record(actor=actor, action="webhook_redeliver", obj=delivery.subscription,
                 agency=delivery.subscription.agency,
                 changes={"delivery": [None, delivery.pk], "status": [before, delivery.status]},
                 note=str(delivery.event_id))
    transaction.on_commit(lambda: _enqueue_manual(delivery.pk))
    return delivery


def _enqueue_manual(delivery_id: int) -> None:
    from django.utils.module_loading import import_string

    import_string(SEND_TASK).enqueue(delivery_id, True)


def _owners(subscription: Subscription) -> list[User]:
    """Who is told about the subscription: its agency's admins (the coordinators for a
    subscription of every agency), and whoever created it."""
    if subscription.agency_id is None:
        people = list(User.objects.filter(is_coordinator=True, is_active=True))
    else:
        people = list(User.objects.filter(
            memberships__agency_id=subscription.agency_id,
            memberships__role=Membership.Role.AGENCY_ADMIN, is_active=True).distinct())
    if subscription.created_by is not None and subscription.created_by not in people:
        people.append(subscription.created_by)
    return people


@transaction.atomic
def subscription_disable_after_failures(*, subscription: Subscription) -> Subscription:
    """The system turns a subscription off after WEBHOOKS_DISABLE_AFTER events in a row
    failed every attempt, and tells its owners."""
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    if not subscription.is_active:
        return subscription
    now = timezone.now()
    with translation.override(settings.LANGUAGE_CODE):
        reason = _("Disabled automatically: %(count)s events in a row could not be delivered "
                   "after every retry.") % {"count": subscription.failed_events_in_row}
        subscription.is_active = False
        subscription.disabled_at = now
        subscription.disabled_reason = reason
        subscription.updated_at = now
        subscription.save(update_fields=["is_active", "disabled_at", "disabled_reason",
                                         "updated_at"])
        audit_record(actor=None, action="webhook_disable", obj=subscription,
                     agency=subscription.agency, changes={"is_active": [True, False]},
                     note=reason)
        notify(_owners(subscription), "webhook_disabled",
               title=_("Webhook disabled: %(name)s") % {"name": subscription.name},
               body=_("%(reason)s Check the server at %(url)s, then turn the subscription on "
                      "again and send the failed events again from the delivery log.") % {
                   "reason": reason, "url": subscription.url},
               url=reverse("webhooks:detail", kwargs={"pk": subscription.pk}),
               agency=subscription.agency)
    return subscription
