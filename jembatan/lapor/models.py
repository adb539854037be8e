"""Reports that came from the national SP4N-LAPOR! system: their LAPOR! tracking number beside
Jembatan's, and what was sent back to LAPOR! about them (docs/lapor.md)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from jembatan.core.models import Jurisdiction
from jembatan.reports.models import Attachment, Report


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


def follow_up_key(message_pk: int) -> str:
    """The push's key of one public answer (docs/lapor.md, sent as Idempotency-Key)."""
    return f"tindak-lanjut:{message_pk}"


class SendBack(models.Model):
    """One thing sent back to LAPOR! about a report: what, when, and how it went."""

    class What(models.TextChoices):
        STATUS = "status", _("status")
        FOLLOW_UP = "follow_up", _("follow-up")

    class Result(models.TextChoices):
        EXPORTED = "exported", _("written to an export file")
        SENT = "sent", _("accepted by SP4N-LAPOR!")
        FAILED = "failed", _("refused or not reachable")
        SENDING = "sending", _("being sent")
        RETRY = "retry", _("not reachable, will be tried again")
        RECEIVED = "received", _("came from SP4N-LAPOR!, not sent back")
        # A given-up attempt that staff asked to send again: its key is pending once more.
        SENT_AGAIN = "sent_again", _("refused or not reachable; sent again on request")

    report = models.ForeignKey(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                               related_name="lapor_send_backs")
    what = models.CharField(_("what was sent"), max_length=20, choices=What.choices)
    detail = models.CharField(_("detail"), max_length=200, blank=True)
    result = models.CharField(_("result"), max_length=20, choices=Result.choices)
    sent_at = models.DateTimeField(_("sent"), db_index=True)
    # The live push (docs/lapor.md): one row per attempt. `key` names the thing sent (one
    # follow-up, one status change) and is sent as the Idempotency-Key header.
    key = models.CharField(_("key"), max_length=80, blank=True)
    attempt = models.PositiveSmallIntegerField(_("attempt"), default=1)
    http_status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    retry_at = models.DateTimeField(_("next attempt"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("sent back to SP4N-LAPOR!")
        verbose_name_plural = _("sent back to SP4N-LAPOR!")
        ordering = ["-sent_at", "-id"]
        indexes = [models.Index(fields=["report", "-sent_at"])]
        constraints = [
            # Two workers pushing the same report at once: only one may claim a key, and a key
            # once accepted (or one that came from LAPOR! itself) is never sent again.
            models.UniqueConstraint(
                fields=["report", "key"], name="lapor_key_sent_once",
                condition=models.Q(result__in=["sending", "sent", "received"])
                & ~models.Q(key="")),
        ]

    def __str__(self) -> str:
        return f"{self.report} · {self.get_what_display()}"


class LaporAttachment(models.Model):
    """One `lampiran` of a LAPOR! record: where it was, and whether it is stored here."""

    class State(models.TextChoices):
        PENDING = "pending", _("waiting to be downloaded")
        STORED = "stored", _("stored")
        FAILED = "failed", _("could not be stored")

    class Reason(models.TextChoices):
        TOO_LARGE = "too_large", _("larger than 10 MB")
        BAD_TYPE = "bad_type", _("not a photo (JPEG, PNG, WebP, GIF) or a PDF document")
        BAD_FILE = "bad_file", _("damaged or cannot be cleaned")
        NOT_GIVEN = "not_given", _("SP4N-LAPOR! did not give the file")
        UNREACHABLE = "unreachable", _("the server could not be reached")
        ADDRESS = "address", _("the address is not on the public internet")

    report = models.ForeignKey(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                               related_name="lapor_attachments")
    url = models.URLField(_("address in SP4N-LAPOR!"), max_length=1000)
    name = models.CharField(_("file name"), max_length=255, blank=True)
    declared_type = models.CharField(_("declared file type"), max_length=100, blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices,
                             default=State.PENDING)
    reason = models.CharField(_("why it failed"), max_length=20, choices=Reason.choices,
                              blank=True)
    attachment = models.OneToOneField(Attachment, verbose_name=_("attachment"), null=True,
                                      blank=True, on_delete=models.SET_NULL, related_name="+")
    tries = models.PositiveSmallIntegerField(_("tries"), default=0)
    updated_at = models.DateTimeField(_("last tried"), null=True, blank=True)

    class Meta:
        verbose_name = _("SP4N-LAPOR! attachment")
        verbose_name_plural = _("SP4N-LAPOR! attachments")
        ordering = ["id"]
        constraints = [
            # A re-import never downloads the same file twice.
            models.UniqueConstraint(fields=["report", "url"], name="one_lapor_attachment_per_url"),
        ]

    def __str__(self) -> str:
        return self.name or self.url
