"""Models of the agenda part of the Bakohumas space: events of every agency, who covers them,
and the secret keys of personal calendar feeds."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from jembatan.core.models import Agency

__all__ = ["AgendaEvent", "AgendaFeedKey"]


class AgendaEvent(models.Model):
    """Something an agency does on a day or at a time: a festival, a posyandu, a planned outage.

    All-day events keep midnight WIB of their first day in `starts_at` and midnight WIB after
    their last day in `ends_at` (the exclusive end iCalendar uses for DATE values).
    """

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("public")
        INTERNAL = "internal", _("internal (staff only)")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        CANCELLED = "cancelled", _("cancelled")

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="agenda_events"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(_("all day"), default=False)
    place = models.CharField(_("place"), max_length=255, blank=True)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    needs_coverage = models.BooleanField(
        _("needs coverage"), default=False,
        help_text=_("Ask the other agencies' PR officers to cover it (photos, a report, a post)."),
    )
    covered_by_agency = models.ForeignKey(
        Agency, verbose_name=_("covered by agency"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="covered_agenda_events",
    )
    covered_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("covered by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="covered_agenda_events",
    )
    # iCalendar SEQUENCE: calendar clients replace their copy when it grows.
    sequence = models.PositiveIntegerField(_("calendar version"), default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("agenda event")
        verbose_name_plural = _("agenda events")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="agenda_event_ends_after_start",
            ),
        ]
        indexes = [
            models.Index(fields=["starts_at", "ends_at"]),
            models.Index(fields=["agency", "starts_at"]),
            models.Index(fields=["visibility", "starts_at"]),
            models.Index(fields=["needs_coverage", "starts_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("agenda:agenda_detail", kwargs={"pk": self.pk})

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_covered(self) -> bool:
        return self.covered_by_agency_id is not None or self.covered_by_user_id is not None


class AgendaFeedKey(models.Model):
    """The version of a person's secret calendar feed address; raising it revokes the old one.

    The address carries a signed (user, version) pair, so nothing secret is stored here.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE,
        related_name="agenda_feed_key",
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("calendar feed key")
        verbose_name_plural = _("calendar feed keys")

    def __str__(self) -> str:
        return f"{self.user} v{self.version}"
