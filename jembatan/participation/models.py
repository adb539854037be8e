"""Public consultations (konsultasi publik): an agency puts a draft policy, regulation,
programme or budget before the public, section by section, with optional questions; people
comment, reply, support and flag; the lead agency answers by theme and by comment.

A contribution comes from a logged-in user or from a participant without an account who has
confirmed an email address or phone number by a one-time code. Only a hash of that contact is
kept to recognise them again (plus, until the answer is published, the address encrypted so that
they can be told the answer); it is never shown to anyone.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from jembatan.core.files import RandomName, StoredFile
from jembatan.core.models import Agency
from jembatan.participation.moderation import ModeratedComment, ModeratedFlag

__all__ = [
    "Comment", "Consultation", "ConsultationAttachment", "Flag", "Option", "Participant",
    "Question", "Response", "ResponseAnswer", "Section", "Support", "Theme",
]


class AnswerStatus(models.TextChoices):
    ACCEPTED = "accepted", _("accepted")
    PARTLY = "partly", _("partly accepted")
    NOT_ACCEPTED = "not_accepted", _("not accepted")


class Participant(models.Model):
    """Someone without an account who confirmed an email address or phone number."""

    class ContactKind(models.TextChoices):
        EMAIL = "email", _("email")
        PHONE = "phone", _("phone")

    contact_hash = models.CharField(_("contact hash"), max_length=64, unique=True)
    contact_kind = models.CharField(_("contact kind"), max_length=5,
                                    choices=ContactKind.choices)
    # Fernet-encrypted address for the one message that closes the loop (the published
    # answer); erased once it is sent.
    notify_address = models.TextField(_("address for the answer"), blank=True)
    display_name = models.CharField(_("display name"), max_length=80)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self) -> str:
        return self.display_name


class Consultation(models.Model):
    class Kind(models.TextChoices):
        POLICY = "policy", _("policy")
        REGULATION = "regulation", _("regulation draft")
        PROGRAMME = "programme", _("programme")
        BUDGET = "budget", _("budget")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SCHEDULED = "scheduled", _("scheduled")
        OPEN = "open", _("open for input")
        CLOSED = "closed", _("closed")
        ANSWERED = "answered", _("answered")
        WITHDRAWN = "withdrawn", _("withdrawn")

    class Audience(models.TextChoices):
        VERIFIED = "verified", _("anyone with a confirmed email address or phone number")
        ACCOUNTS = "accounts", _("only citizens who are logged in")

    # What `verified` means while no WhatsApp sender is configured (participation.phone).
    VERIFIED_BY_EMAIL_LABEL = _("anyone with a confirmed email address")

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    lead_agency = models.ForeignKey(Agency, verbose_name=_("lead agency"),
                                    on_delete=models.PROTECT, related_name="consultations")
    co_agencies = models.ManyToManyField(Agency, verbose_name=_("co-agencies"), blank=True,
                                         related_name="co_consultations")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.POLICY)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.DRAFT)
    audience = models.CharField(_("who may take part"), max_length=10,
                                choices=Audience.choices, default=Audience.VERIFIED)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    answer_summary = models.TextField(_("summary of the answer"), blank=True)
    withdrawn_reason = models.TextField(_("reason for withdrawal"), blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # A draft waiting for the coordinator's review (Jurisdiction.consultations_require_review);
    # the state stays `draft` so that the API's states are unchanged.
    review_requested_at = models.DateTimeField(_("submitted for review"), null=True, blank=True)
    review_requested_by = models.ForeignKey(settings.AUTH_USER_MODEL,
                                            verbose_name=_("submitted for review by"),
                                            null=True, blank=True, on_delete=models.SET_NULL,
                                            related_name="+")
    review_note = models.TextField(_("reason it was returned"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("public consultation")
        verbose_name_plural = _("public consultations")
        ordering = ["-opens_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(closes_at__gt=models.F("opens_at")),
                                   name="participation_closes_after_opening"),
        ]
        indexes = [
            models.Index(fields=["status", "opens_at"]),
            models.Index(fields=["status", "closes_at"]),
            models.Index(fields=["lead_agency", "status"]),
            models.Index(fields=["kind", "status"]),
            models.Index(fields=["-opens_at", "-id"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("participation:detail", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.status not in (self.Status.DRAFT, self.Status.WITHDRAWN)

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def in_review(self) -> bool:
        return self.status == self.Status.DRAFT and self.review_requested_at is not None

    def audience_label(self, *, phone: bool) -> str:
        """Who may take part, in words; `phone`: whether a phone number can be confirmed now."""
        if self.audience == self.Audience.VERIFIED and not phone:
            return str(self.VERIFIED_BY_EMAIL_LABEL)
        return self.get_audience_display()


class Section(models.Model):
    consultation = models.ForeignKey(Consultation, verbose_name=_("public consultation"),
                                     on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["consultation", "position", "id"]
        indexes = [models.Index(fields=["consultation", "position"])]

    def __str__(self) -> str:
        return self.title


class ConsultationAttachment(StoredFile):
    """Material published with a consultation: the full draft text, an annex, a map. Served
    through core.files.serve_stored, to the public only once the consultation is published."""

    consultation = models.ForeignKey(Consultation, verbose_name=_("public consultation"),
                                     on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=RandomName("consultations"))

    class Meta:
        verbose_name = _("consultation attachment")
        verbose_name_plural = _("consultation attachments")
        ordering = ["consultation", "created_at", "id"]

    def get_absolute_url(self) -> str:
        return reverse("participation:attachment", kwargs={"pk": self.pk})

    @property
    def kind_label(self) -> str:
        return ATTACHMENT_KINDS.get(self.content_type, _("file"))


ATTACHMENT_KINDS = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
    "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP", "image/gif": "GIF",
}


class Question(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("single choice")
        MULTIPLE = "multiple", _("multiple choice")
        SCALE = "scale", _("scale of 1 to 5")
        TEXT = "text", _("short text")

    consultation = models.ForeignKey(Consultation, verbose_name=_("public consultation"),
                                     on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveIntegerField(_("position"), default=0)
    text = models.CharField(_("question"), max_length=300)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.SINGLE)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["consultation", "position", "id"]
        indexes = [models.Index(fields=["consultation", "position"])]

    def __str__(self) -> str:
        return self.text

    @property
    def has_options(self) -> bool:
        return self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE)


class Option(models.Model):
    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.CASCADE,
                                 related_name="options")
    position = models.PositiveIntegerField(_("position"), default=0)
    text = models.CharField(_("option"), max_length=200)

    class Meta:
        verbose_name = _("option")
        verbose_name_plural = _("options")
        ordering = ["question", "position", "id"]

    def __str__(self) -> str:
        return self.text


class Theme(models.Model):
    """A group of comments the lead agency answers together ("masukan Anda, tindak lanjut
    kami")."""

    consultation = models.ForeignKey(Consultation, verbose_name=_("public consultation"),
                                     on_delete=models.CASCADE, related_name="themes")
    position = models.PositiveIntegerField(_("position"), default=0)
    title = models.CharField(_("theme"), max_length=200)
    answer_status = models.CharField(_("decision"), max_length=12,
                                     choices=AnswerStatus.choices, blank=True)
    answer = models.TextField(_("official answer"), blank=True)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["consultation", "position", "id"]

    def __str__(self) -> str:
        return self.title


def one_author() -> Q:
    """Exactly one of a logged-in author and a participant without an account."""
    return (Q(author__isnull=False, participant__isnull=True)
            | Q(author__isnull=True, participant__isnull=False))


class Comment(ModeratedComment):
    consultation = models.ForeignKey(Consultation, verbose_name=_("public consultation"),
                                     on_delete=models.CASCADE, related_name="comments")
    section = models.ForeignKey(Section, verbose_name=_("section"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="comments")
    parent = models.ForeignKey("self", verbose_name=_("reply to"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True,
                               blank=True, on_delete=models.SET_NULL,
                               related_name="consultation_comments")
    participant = models.ForeignKey(Participant, verbose_name=_("participant"), null=True,
                                    blank=True, on_delete=models.SET_NULL, related_name="comments")
    support_count = models.PositiveIntegerField(_("supports"), default=0)
    theme = models.ForeignKey(Theme, verbose_name=_("theme"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="comments")
    answer_status = models.CharField(_("decision"), max_length=12,
                                     choices=AnswerStatus.choices, blank=True)
    answer = models.TextField(_("official answer"), blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=one_author(),
                                   name="participation_comment_one_author"),
        ]
        indexes = [
            models.Index(fields=["consultation", "status", "-created_at"]),
            models.Index(fields=["consultation", "section", "status"]),
            models.Index(fields=["status", "-created_at"]),
            models.Index(fields=["consultation", "theme"]),
        ]

    def __str__(self) -> str:
        return f"{self.display_name}: {self.body[:40]}"


class Support(models.Model):
    comment = models.ForeignKey(Comment, verbose_name=_("comment"), on_delete=models.CASCADE,
                                related_name="supports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True,
                             blank=True, on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey(Participant, verbose_name=_("participant"), null=True,
                                    blank=True, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], condition=Q(user__isnull=False),
                                    name="participation_support_once_per_user"),
            models.UniqueConstraint(fields=["comment", "participant"],
                                    condition=Q(participant__isnull=False),
                                    name="participation_support_once_per_participant"),
        ]

    def __str__(self) -> str:
        return f"+1 {self.comment_id}"


class Flag(ModeratedFlag):
    comment = models.ForeignKey(Comment, verbose_name=_("comment"), on_delete=models.CASCADE,
                                related_name="flags")

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], condition=Q(user__isnull=False),
                                    name="participation_flag_once_per_user"),
            models.UniqueConstraint(fields=["comment", "participant"],
                                    condition=Q(participant__isnull=False),
                                    name="participation_flag_once_per_participant"),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.comment_id})"


class Response(models.Model):
    """One person's answers to a consultation's questions, given once."""

    consultation = models.ForeignKey(Consultation, verbose_name=_("public consultation"),
                                     on_delete=models.CASCADE, related_name="responses")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="+")
    participant = models.ForeignKey(Participant, verbose_name=_("participant"), null=True,
                                    blank=True, on_delete=models.SET_NULL, related_name="responses")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [
            models.UniqueConstraint(fields=["consultation", "user"],
                                    condition=Q(user__isnull=False),
                                    name="participation_response_once_per_user"),
            models.UniqueConstraint(fields=["consultation", "participant"],
                                    condition=Q(participant__isnull=False),
                                    name="participation_response_once_per_participant"),
        ]
        indexes = [models.Index(fields=["consultation", "created_at"])]

    def __str__(self) -> str:
        return f"{self.consultation_id}/{self.pk}"


class ResponseAnswer(models.Model):
    """One answer to one question: a chosen option (one row per option of a multiple choice),
    a scale value or a short text."""

    response = models.ForeignKey(Response, verbose_name=_("response"), on_delete=models.CASCADE,
                                 related_name="answers")
    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.CASCADE,
                                 related_name="answers")
    option = models.ForeignKey(Option, verbose_name=_("option"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="answers")
    value = models.PositiveSmallIntegerField(_("value"), null=True, blank=True)
    text = models.CharField(_("answer"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        indexes = [models.Index(fields=["question", "option"])]

    def __str__(self) -> str:
        return f"{self.question_id}"
