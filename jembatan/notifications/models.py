"""In-app notifications and each person's choice of how often to be told, per kind of event."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.notifications import kinds


class Frequency(models.TextChoices):
    REALTIME = kinds.REALTIME, _("right away")
    DAILY = kinds.DAILY, _("daily digest")
    WEEKLY = kinds.WEEKLY, _("weekly digest")
    NONE = kinds.NONE, _("not at all")


class Notification(models.Model):
    """One thing one person should know. Always shown in the app; emailed per preference."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("recipient"),
                                  on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(_("kind of notification"), max_length=50)
    title = models.CharField(_("title"), max_length=255)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    agency = models.ForeignKey("core.Agency", verbose_name=_("agency"), on_delete=models.SET_NULL,
                               null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    # When it was emailed (alone or in a digest); null while still to be sent.
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)
    email_frequency = models.CharField(_("email frequency"), max_length=10,
                                       choices=Frequency.choices, default=Frequency.REALTIME)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "-created_at", "-id"], name="notif_recipient_idx"),
            models.Index(fields=["recipient", "read_at"], name="notif_unread_idx",
                         condition=Q(read_at__isnull=True)),
            models.Index(fields=["email_frequency", "created_at"], name="notif_digest_idx",
                         condition=Q(emailed_at__isnull=True)),
        ]

    def __str__(self) -> str:
        return self.title


class Preference(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="notification_preferences")
    kind = models.CharField(_("kind of notification"), max_length=50)
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices)

    class Meta:
        verbose_name = _("notification setting")
        verbose_name_plural = _("notification settings")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="preference_unique_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.kind}: {self.frequency}"
