"""Outgoing webhooks: who wants which events where (Subscription), each event as it was sent
(Event), and each event's delivery to each subscription with its attempts.

An event's body is stored as the exact text that is signed and sent, so a retry or a manual
redelivery sends the same bytes, and the payload is a snapshot of the moment it happened.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core import crypto
from jembatan.webhooks.event_types import event_label


class Subscription(models.Model):
    name = models.CharField(_("name"), max_length=120)
    url = models.URLField(_("endpoint address"), max_length=500)
    # Empty: every agency's events (the coordinators' subscriptions).
    agency = models.ForeignKey("core.Agency", verbose_name=_("agency"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="webhook_subscriptions")
    events = models.JSONField(_("events"), default=list)
    secret_encrypted = models.TextField(_("signing secret (encrypted)"))
    # After a rotation the old secret still signs for a day, so receivers can switch over.
    previous_secret_encrypted = models.TextField(_("previous signing secret (encrypted)"),
                                                 blank=True)
    previous_secret_expires_at = models.DateTimeField(_("previous secret valid until"),
                                                      null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    disabled_at = models.DateTimeField(_("disabled at"), null=True, blank=True)
    disabled_reason = models.TextField(_("why it was disabled"), blank=True)
    # Events in a row whose every attempt failed; one success sets it back to zero.
    failed_events_in_row = models.PositiveIntegerField(_("failed events in a row"), default=0)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["is_active", "agency"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("webhooks:detail", kwargs={"pk": self.pk})

    @property
    def secret(self) -> str:
        return crypto.decrypt(self.secret_encrypted)

    def signing_secrets(self, *, now=None) -> list[str]:
        """The current secret, and the previous one while it is still valid."""
        now = now or timezone.now()
        secrets = [self.secret]
        if (self.previous_secret_encrypted and self.previous_secret_expires_at
                and self.previous_secret_expires_at > now):
            secrets.append(crypto.decrypt(self.previous_secret_encrypted))
        return [secret for secret in secrets if secret]

    def event_labels(self) -> list[str]:
        return [event_label(code) for code in self.events]


class Event(models.Model):
    # The event id receivers use to recognise a repeat (a retry or a redelivery).
    id = models.UUIDField(_("event ID"), primary_key=True, default=uuid.uuid4, editable=False)
    type = models.CharField(_("event"), max_length=40)
    # The agencies the event belongs to: a subscription of one of them receives it.
    agency_ids = models.JSONField(_("agencies"), default=list)
    body = models.TextField(_("body sent"))
    occurred_at = models.DateTimeField(_("happened at"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook event")
        verbose_name_plural = _("webhook events")
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self) -> str:
        return f"{self.type} {self.id}"

    @property
    def label(self) -> str:
        return event_label(self.type)


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting to be sent")
        SENDING = "sending", _("being sent")
        SUCCEEDED = "succeeded", _("delivered")
        FAILED = "failed", _("failed")

    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE,
                              related_name="deliveries")
    subscription = models.ForeignKey(Subscription, verbose_name=_("webhook subscription"),
                                     on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    # Failed attempts made by the schedule (a manual redelivery does not use up a retry).
    scheduled_failures = models.PositiveIntegerField(_("failed scheduled attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("last response code"), null=True,
                                                        blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(fields=["event", "subscription"],
                                    name="webhook_delivery_once_per_subscription"),
        ]
        indexes = [
            models.Index(fields=["subscription", "-created_at"]),
            models.Index(fields=["status", "next_attempt_at"],
                         condition=Q(status__in=["pending", "sending"]),
                         name="webhook_delivery_due"),
        ]

    def __str__(self) -> str:
        return f"{self.event.type} → {self.subscription}"


class Attempt(models.Model):
    delivery = models.ForeignKey(Delivery, verbose_name=_("webhook delivery"),
                                 on_delete=models.CASCADE, related_name="attempt_log")
    attempted_at = models.DateTimeField(_("attempted at"))
    manual = models.BooleanField(_("sent again by hand"), default=False)
    status_code = models.PositiveSmallIntegerField(_("response code"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)
    response_body = models.CharField(_("start of the response"), max_length=500, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("webhook delivery attempt")
        verbose_name_plural = _("webhook delivery attempts")
        ordering = ["-attempted_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.delivery_id} {self.status_code or self.error}"

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300
