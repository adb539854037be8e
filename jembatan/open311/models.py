"""Open311 clients and what they sent.

A client is outside software (a city app, a FixMyStreet-style site) holding one key. Only the
key's SHA-256 is kept: keys are long random strings, so a fast hash is enough and a leaked table
gives away no usable key.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


def key_hash(raw: str) -> str:
    return hashlib.sha256(raw.strip().encode()).hexdigest()


class ClientKey(models.Model):
    name = models.CharField(_("client name"), max_length=100)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    may_submit = models.BooleanField(_("may send reports"), default=True)
    may_read_updates = models.BooleanField(_("may read updates"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("issued by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("issued"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("revoked by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = _("Open311 key")
        verbose_name_plural = _("Open311 keys")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(may_submit=True) | Q(may_read_updates=True),
                                   name="open311_key_has_a_scope"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class Submission(models.Model):
    """A report that arrived through Open311: which client sent it, under which token, and the
    client's own identifiers of the person (never shown to anyone but staff)."""

    report = models.OneToOneField("reports.Report", verbose_name=_("report"),
                                  on_delete=models.CASCADE, related_name="open311_submission")
    client = models.ForeignKey(ClientKey, verbose_name=_("client"), on_delete=models.PROTECT,
                               related_name="submissions")
    # The name when the report arrived: the key may be renamed or revoked later.
    client_name = models.CharField(_("client name"), max_length=100)
    token = models.CharField(_("token"), max_length=40, unique=True, editable=False)
    device_id = models.CharField(_("device id"), max_length=100, blank=True)
    account_id = models.CharField(_("account id"), max_length=100, blank=True)
    media_url = models.URLField(_("media URL"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("received"))

    class Meta:
        verbose_name = _("Open311 submission")
        verbose_name_plural = _("Open311 submissions")
        indexes = [models.Index(fields=["client", "created_at"])]

    def __str__(self) -> str:
        return f"{self.client_name} · {self.report_id}"
