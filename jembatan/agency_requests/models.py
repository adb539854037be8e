"""Models of the requests part of the Bakohumas space: one agency asks one or more others for
material, data, a quote or to share an announcement, by a due date.

Each asked agency has its own status; the request's overall status follows from theirs (see
`request_overall_status` below) and is stored so lists can filter and index it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core.files import RandomName, StoredFile

__all__ = [
    "AgencyRequest",
    "RequestAttachment",
    "RequestComment",
    "RequestTarget",
]


class AgencyRequest(models.Model):
    class Kind(models.TextChoices):
        MATERIAL = "material", _("material (photos, videos, designs)")
        DATA = "data", _("data")
        QUOTE = "quote", _("a quote from the head of the agency")
        SHARE = "share", _("share an announcement")
        OTHER = "other", _("something else")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        IN_PROGRESS = "in_progress", _("in progress")
        DONE = "done", _("done")
        DECLINED = "declined", _("declined")
        CANCELLED = "cancelled", _("cancelled")

    requesting_agency = models.ForeignKey(
        "core.Agency", verbose_name=_("requesting agency"), on_delete=models.PROTECT,
        related_name="requests_made",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("asked by"), null=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    kind = models.CharField(_("what is asked for"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("details"))
    due_date = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.OPEN)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("request between agencies")
        verbose_name_plural = _("requests between agencies")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["requesting_agency", "-created_at", "-id"],
                         name="req_requester_idx"),
            models.Index(fields=["status", "due_date"], name="req_status_due_idx"),
            models.Index(fields=["-created_at", "-id"], name="req_created_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("agency_requests:request_detail", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.OPEN, self.Status.IN_PROGRESS)

    def is_overdue(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.is_open and self.due_date < today


class RequestTarget(models.Model):
    """One asked agency and how far it is with the request."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        IN_PROGRESS = "in_progress", _("in progress")
        DONE = "done", _("done")
        DECLINED = "declined", _("declined")

    request = models.ForeignKey(AgencyRequest, verbose_name=_("request"), on_delete=models.CASCADE,
                                related_name="targets")
    agency = models.ForeignKey("core.Agency", verbose_name=_("asked agency"),
                               on_delete=models.PROTECT, related_name="requests_received")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices,
                              default=Status.OPEN)
    note = models.TextField(_("note"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("answered by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    # The due date a "due tomorrow" reminder was sent for: once per due date, even if moved.
    reminded_for = models.DateField(_("reminder sent for the deadline"), null=True, blank=True)

    class Meta:
        verbose_name = _("asked agency")
        verbose_name_plural = _("asked agencies")
        ordering = ["agency__short_name"]
        constraints = [
            models.UniqueConstraint(fields=["request", "agency"], name="req_one_target_per_agency"),
            models.CheckConstraint(
                condition=~Q(status="declined") | ~Q(note=""), name="req_decline_has_note"
            ),
        ]
        indexes = [models.Index(fields=["agency", "status"], name="req_target_agency_idx")]

    def __str__(self) -> str:
        return f"{self.request} → {self.agency}"

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.OPEN, self.Status.IN_PROGRESS)


class RequestComment(models.Model):
    request = models.ForeignKey(AgencyRequest, verbose_name=_("request"), on_delete=models.CASCADE,
                                related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    agency = models.ForeignKey("core.Agency", verbose_name=_("agency"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    body = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("comment on a request")
        verbose_name_plural = _("comments on requests")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["request", "created_at"], name="req_comment_idx")]

    def __str__(self) -> str:
        return self.body[:60]


class RequestAttachment(StoredFile):
    """Material delivered with a comment (the photo, the data sheet, the signed quote)."""

    comment = models.ForeignKey(RequestComment, verbose_name=_("comment"), on_delete=models.CASCADE,
                                related_name="attachments")
    file = models.FileField(_("file"), upload_to=RandomName("requests"))

    class Meta:
        verbose_name = _("request attachment")
        verbose_name_plural = _("request attachments")


def request_overall_status(statuses: Iterable[str]) -> str:
    """Done when every asked agency has answered and at least one delivered; declined when all
    declined; in progress once any has started or answered; open until then."""
    statuses = list(statuses)
    if not statuses:
        return AgencyRequest.Status.OPEN
    if all(s in (RequestTarget.Status.DONE, RequestTarget.Status.DECLINED) for s in statuses):
        if any(s == RequestTarget.Status.DONE for s in statuses):
            return AgencyRequest.Status.DONE
        return AgencyRequest.Status.DECLINED
    if any(s != RequestTarget.Status.OPEN for s in statuses):
        return AgencyRequest.Status.IN_PROGRESS
    return AgencyRequest.Status.OPEN
