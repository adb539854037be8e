"""Models of the catalogue part of the Bakohumas space: each agency's services and its work
programmes. Staff of every agency read them to write content; the public portal lists the
active services."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from jembatan.core.models import Agency

__all__ = ["Programme", "Service"]


class Service(models.Model):
    """One public service an agency offers (KTP-el, pasang baru PDAM, SKCK …)."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="services"
    )
    name = models.CharField(_("name"), max_length=200)
    audience = models.TextField(
        _("who it is for"), blank=True, help_text=_("Who may use the service, in plain words.")
    )
    requirements = models.TextField(
        _("requirements"), blank=True, help_text=_("One requirement per line.")
    )
    steps = models.TextField(_("steps"), blank=True, help_text=_("One step per line."))
    is_free = models.BooleanField(_("free of charge"), default=False)
    cost = models.CharField(
        _("cost"), max_length=255, blank=True,
        help_text=_("For example: Rp 75.000 per month, or the regulation that sets the fee."),
    )
    schedule = models.CharField(_("schedule"), max_length=255, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True)
    contact = models.CharField(_("contact"), max_length=255, blank=True)
    link = models.URLField(_("link"), blank=True)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active services are shown to the public.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), "agency", name="service_name_unique_per_agency"),
        ]
        indexes = [
            models.Index(fields=["agency", "is_active", "name"]),
            models.Index(fields=["-updated_at", "-id"]),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("catalogue:service_detail", kwargs={"pk": self.pk})

    @property
    def requirement_lines(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.requirements.splitlines() if line.strip()]

    @property
    def step_lines(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.steps.splitlines() if line.strip()]


class Programme(models.Model):
    """A work programme of an agency over a period of days; shown in the shared agenda."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="programmes"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    place = models.CharField(_("place"), max_length=255, blank=True)
    target_group = models.CharField(_("target group"), max_length=255, blank=True)
    is_public = models.BooleanField(
        _("public"), default=True,
        help_text=_("Public programmes appear in the public calendar feed."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("work programme")
        verbose_name_plural = _("work programmes")
        ordering = ["start_date", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="programme_ends_after_start",
            ),
        ]
        indexes = [
            models.Index(fields=["start_date", "end_date"]),
            models.Index(fields=["agency", "start_date"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("catalogue:programme_detail", kwargs={"pk": self.pk})
