"""The moderated public comment, shared by consultations and news articles (issue 12: "comments
on news use the same moderated comments as consultations").

A concrete comment model adds what it hangs on (a consultation, an article) and its authors;
the states, the flag threshold, the blocklist hold and the hidden notice are the same
everywhere, and so are the writes that move them (`moderated_*` in participation/actions.py).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from jembatan.participation.blocklist import blocked_words


class ModeratedComment(models.Model):
    """Stored as typed; every public surface shows the body through the personal-data mask
    (reports.selectors.public_text)."""

    class Status(models.TextChoices):
        PUBLISHED = "published", _("published")
        PENDING = "pending", _("waiting for review")
        HIDDEN = "hidden", _("hidden by a moderator")

    body = models.TextField(_("comment"))
    display_name = models.CharField(_("display name"), max_length=80)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.PUBLISHED)
    hidden_reason = models.TextField(_("reason"), blank=True)
    held_words = models.CharField(_("words held for review"), max_length=200, blank=True)
    flag_count = models.PositiveIntegerField(_("flags"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        abstract = True

    @property
    def is_visible(self) -> bool:
        return self.status == self.Status.PUBLISHED


class ModeratedFlag(models.Model):
    """One person's flag on a comment; each person flags a comment once (a unique constraint in
    the concrete model)."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("spam or advertising")
        OFFENSIVE = "offensive", _("insulting or hateful")
        PERSONAL = "personal", _("reveals someone's personal data")
        OFF_TOPIC = "off_topic", _("not about the subject being discussed")
        OTHER = "other", _("something else")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True,
                             blank=True, on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey("participation.Participant", verbose_name=_("participant"),
                                    null=True, blank=True, on_delete=models.CASCADE,
                                    related_name="+")
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        abstract = True


def moderated_body(body: str) -> tuple[str, list[str]]:
    """The comment text as it will be stored, and the blocklist words that hold it for review;
    an empty or over-long text is refused."""
    body = body.strip()
    if not body:
        raise ValidationError({"body": gettext("Write your comment.")}, code="required")
    if len(body) > 5000:
        raise ValidationError({"body": gettext("A comment has at most 5,000 characters.")},
                              code="max_length")
    return body, blocked_words(body)
