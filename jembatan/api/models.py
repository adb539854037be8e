"""API tokens: a staff member's (or citizen's) key to the JSON API, stored only as a hash."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """One issued bearer token. The token itself is shown once; only its SHA-256 is kept.

    Tokens are long random strings (256 bits), so a fast hash is enough: nobody can try
    them one by one, and a leaked table does not give away usable tokens.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.user} · {self.created_at:%Y-%m-%d %H:%M}"


class SubmissionReplay(models.Model):
    """The first answer to `POST /reports` sent with an Idempotency-Key, kept for a day.

    A client whose answer was lost retries with the same key and body; it must get what the
    first answer carried, the reporter's access key included, or the reporter could never
    follow the report. The answer is kept encrypted (it holds that key) and only for
    REPLAY_WINDOW; after that a retry gets the report without the key.
    """

    key = models.CharField(_("idempotency key"), max_length=100, unique=True, editable=False)
    report = models.ForeignKey("reports.Report", verbose_name=_("report"),
                               on_delete=models.CASCADE, related_name="+")
    fingerprint = models.CharField(_("request fingerprint"), max_length=64, editable=False)
    response = models.TextField(_("encrypted answer"), editable=False)
    created_at = models.DateTimeField(_("created"), db_index=True)

    class Meta:
        verbose_name = _("submission replay")
        verbose_name_plural = _("submission replays")

    def __str__(self) -> str:
        return f"{self.report_id} · {self.created_at:%Y-%m-%d %H:%M}"
