"""Reports that came from the national SP4N-LAPOR! system: their LAPOR! tracking number beside
Jembatan's, and what was sent back to LAPOR! about them (docs/lapor.md)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from jembatan.core.models import Jurisdiction
from jembatan.reports.models import Report


class LaporLink(models.Model):
    """One Jembatan report and the LAPOR! report it came from."""

    report = models.OneToOneField(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                                  related_name="lapor_link")
    jurisdiction = models.ForeignKey(Jurisdiction, verbose_name=_("jurisdiction"),
                                     on_delete=models.PROTECT, related_name="+")
    tracking_number = models.CharField(_("SP4N-LAPOR! tracking number"), max_length=40)
    lapor_status = models.CharField(_("status in SP4N-LAPOR!"), max_length=40, blank=True)
    imported_at = models.DateTimeField(_("first imported"))
    synced_at = models.DateTimeField(_("last imported"))

    class Meta:
        verbose_name = _("SP4N-LAPOR! link")
        verbose_name_plural = _("SP4N-LAPOR! links")
        constraints = [
            # A LAPOR! number is unique within one jurisdiction's account, not across them.
            models.UniqueConstraint(fields=["jurisdiction", "tracking_number"],
                                    name="one_report_per_lapor_number"),
        ]

    def __str__(self) -> str:
        return self.tracking_number


class SendBack(models.Model):
    """One thing sent back to LAPOR! about a report: what, when, and how it went."""

    class What(models.TextChoices):
        STATUS = "status", _("status")
        FOLLOW_UP = "follow_up", _("follow-up")

    class Result(models.TextChoices):
        EXPORTED = "exported", _("written to an export file")
        SENT = "sent", _("accepted by SP4N-LAPOR!")
        FAILED = "failed", _("refused or not reachable")

    report = models.ForeignKey(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                               related_name="lapor_send_backs")
    what = models.CharField(_("what was sent"), max_length=20, choices=What.choices)
    detail = models.CharField(_("detail"), max_length=200, blank=True)
    result = models.CharField(_("result"), max_length=20, choices=Result.choices)
    sent_at = models.DateTimeField(_("sent"), db_index=True)

    class Meta:
        verbose_name = _("sent back to SP4N-LAPOR!")
        verbose_name_plural = _("sent back to SP4N-LAPOR!")
        ordering = ["-sent_at", "-id"]
        indexes = [models.Index(fields=["report", "-sent_at"])]

    def __str__(self) -> str:
        return f"{self.report} · {self.get_what_display()}"
