"""Joint content: a post or campaign written by a lead agency with co-author agencies, reviewed,
approved, scheduled and published on the portal and the lead agency's connected accounts.

The post's title and body are the portal article; the Instagram, Facebook and WhatsApp texts are
optional versions of it (PostVersion). States change only through jembatan.content.actions.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core.files import RandomName
from jembatan.core.models import Agency

__all__ = [
    "Channel",
    "ContentSettings",
    "Distribution",
    "Post",
    "PostAttachment",
    "PostComment",
    "PostStatus",
    "PostSuggestion",
    "PostVersion",
]


class PostStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    REVIEW = "review", _("in review")
    CHANGES_REQUESTED = "changes_requested", _("changes requested")
    APPROVED = "approved", _("approved")
    SCHEDULED = "scheduled", _("scheduled")
    PUBLISHED = "published", _("published")
    WITHDRAWN = "withdrawn", _("withdrawn")


class Channel(models.TextChoices):
    PORTAL = "portal", _("portal article")
    INSTAGRAM = "instagram", _("Instagram caption")
    FACEBOOK = "facebook", _("Facebook post")
    WHATSAPP = "whatsapp", _("WhatsApp broadcast")


class ContentSettings(models.Model):
    """Settings of the joint-content workflow, one row, edited by coordinators."""

    require_coordinator_approval = models.BooleanField(
        _("coordinator approval required"),
        default=False,
        help_text=_("When on, a post needs the coordinator's approval as well as the lead "
                    "agency admin's before it can be scheduled."),
    )
    clash_window_hours = models.PositiveSmallIntegerField(
        _("clash window (hours)"),
        default=2,
        help_text=_("Two posts on the same channel this close together are flagged as a clash."),
    )
    singleton = models.BooleanField(_("single record"), default=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("joint content settings")
        verbose_name_plural = _("joint content settings")
        constraints = [
            models.UniqueConstraint(fields=["singleton"], name="one_content_settings"),
        ]

    def __str__(self) -> str:
        return str(_("Joint content settings"))

    @classmethod
    def current(cls) -> ContentSettings:
        row = cls.objects.first()
        return row if row is not None else cls()


class Post(models.Model):
    """A joint post or campaign. Its title and body are the portal article."""

    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("portal article"))
    topic = models.CharField(
        _("topic"), max_length=60, blank=True,
        help_text=_("A short word for the subject, e.g. vaksinasi or air bersih; the calendar "
                    "warns when two posts on the same topic fall on the same day."),
    )
    image_url = models.URLField(
        _("image link"), max_length=500, blank=True,
        help_text=_("A public link to the picture; Instagram posts need one."),
    )
    # The picture shown with the article and sent to Instagram: uploaded or copied from the
    # library, cleaned like every upload (jembatan.core.uploads), served by content:image.
    image = models.FileField(_("picture"), upload_to=RandomName("content"), blank=True)
    image_type = models.CharField(_("picture file type"), max_length=50, blank=True)
    image_alt = models.CharField(
        _("picture description"), max_length=250, blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    lead_agency = models.ForeignKey(
        Agency, verbose_name=_("lead agency"), on_delete=models.PROTECT,
        related_name="led_posts",
    )
    co_authors = models.ManyToManyField(
        Agency, verbose_name=_("co-author agencies"), blank=True, related_name="co_authored_posts",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=PostStatus.choices, default=PostStatus.DRAFT,
    )
    slug = models.SlugField(_("slug"), max_length=220, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Lists are newest first by this: the creation time, then the publication time.
    listed_at = models.DateTimeField(_("listed"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    lead_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("approved for the lead agency by"), null=True,
        blank=True, on_delete=models.SET_NULL, related_name="+",
    )
    lead_approved_at = models.DateTimeField(_("approved by the lead agency"), null=True,
                                            blank=True)
    coordinator_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("approved by the coordinator"), null=True,
        blank=True, on_delete=models.SET_NULL, related_name="+",
    )
    coordinator_approved_at = models.DateTimeField(_("approved by the coordinator at"),
                                                   null=True, blank=True)
    scheduled_at = models.DateTimeField(_("scheduled for"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # The information-value checker's verdict on the title and body, kept at every save.
    info_label = models.CharField(_("information value"), max_length=20, blank=True)
    info_probability = models.FloatField(_("information value probability"), null=True,
                                         blank=True)
    info_missing = models.JSONField(_("missing information"), default=list, blank=True)
    info_suggestions = models.JSONField(_("suggestions"), default=list, blank=True)
    info_checked_at = models.DateTimeField(_("checked"), null=True, blank=True)

    class Meta:
        verbose_name = _("joint post")
        verbose_name_plural = _("joint posts")
        ordering = ["-listed_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], condition=~Q(slug=""),
                                    name="post_slug_unique"),
            models.CheckConstraint(
                condition=~Q(status="scheduled") | Q(scheduled_at__isnull=False),
                name="post_scheduled_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="post_published_has_time",
            ),
            models.CheckConstraint(condition=Q(image="") | ~Q(image_alt=""),
                                   name="post_image_has_alt"),
        ]
        indexes = [
            models.Index(fields=["status", "-listed_at", "-id"], name="post_status_listed_idx"),
            models.Index(fields=["lead_agency", "-listed_at", "-id"], name="post_lead_listed_idx"),
            models.Index(fields=["status", "scheduled_at"], name="post_due_idx"),
            models.Index(fields=["status", "published_at"], name="post_published_idx"),
            models.Index(fields=["lead_agency", "info_label"], name="post_info_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:public_detail", kwargs={"key": self.slug or str(self.pk)})

    def get_staff_url(self) -> str:
        return reverse("content:detail", kwargs={"pk": self.pk})

    @property
    def is_public(self) -> bool:
        return self.status == PostStatus.PUBLISHED

    @property
    def has_picture(self) -> bool:
        return bool(self.image or self.image_url)

    def picture_url(self) -> str:
        """Where the picture is: the served upload (relative), or the older public link."""
        if self.image:
            return reverse("content:image", kwargs={"key": self.slug or str(self.pk)})
        return self.image_url

    def staff_picture_url(self) -> str:
        """The picture for the staff pages, before it is public."""
        if self.image:
            return reverse("content:staff_image", kwargs={"pk": self.pk})
        return self.image_url

    @property
    def calendar_at(self):
        """When the post appears on the calendar: published, or else scheduled."""
        return self.published_at or self.scheduled_at

    @property
    def info_value(self) -> dict | None:
        if not self.info_label:
            return None
        return {"label": self.info_label, "probability": self.info_probability,
                "suggestions": list(self.info_suggestions or [])}


class PostVersion(models.Model):
    """The text of the post for one social channel (the portal article is the post itself)."""

    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE,
                             related_name="versions")
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    text = models.TextField(_("text"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("channel version")
        verbose_name_plural = _("channel versions")
        ordering = ["post", "channel"]
        constraints = [
            models.UniqueConstraint(fields=["post", "channel"], name="one_version_per_channel"),
            models.CheckConstraint(condition=~Q(channel="portal"), name="version_not_portal"),
        ]

    def __str__(self) -> str:
        return f"{self.post} · {self.get_channel_display()}"


class PostComment(models.Model):
    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE,
                             related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    agency = models.ForeignKey(Agency, verbose_name=_("on behalf of"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    body = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["post", "created_at"], name="post_comment_idx")]

    def __str__(self) -> str:
        return f"{self.author}: {self.body[:60]}"


class PostSuggestion(models.Model):
    """A proposed replacement text for one version of the post, which the lead may accept."""

    class State(models.TextChoices):
        OPEN = "open", _("open")
        ACCEPTED = "accepted", _("accepted")
        DISMISSED = "dismissed", _("dismissed")

    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE,
                             related_name="suggestions")
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    text = models.TextField(_("proposed text"))
    note = models.CharField(_("why"), max_length=500, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True,
                               on_delete=models.SET_NULL, related_name="+")
    agency = models.ForeignKey(Agency, verbose_name=_("on behalf of"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    state = models.CharField(_("state"), max_length=10, choices=State.choices,
                             default=State.OPEN)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("decided by"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)

    class Meta:
        verbose_name = _("suggested change")
        verbose_name_plural = _("suggested changes")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["post", "state"], name="post_suggestion_idx")]

    def __str__(self) -> str:
        return f"{self.post} · {self.get_channel_display()} · {self.get_state_display()}"


class PostAttachment(models.Model):
    """A library item attached to the post. Kept by id and a copy of its title and link, so the
    post does not depend on how the library stores its items."""

    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE,
                             related_name="attachments")
    item_id = models.CharField(_("library item"), max_length=40)
    title = models.CharField(_("title"), max_length=255)
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("attached"), default=timezone.now)

    class Meta:
        verbose_name = _("attached library item")
        verbose_name_plural = _("attached library items")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["post", "item_id"], name="attach_item_once"),
        ]

    def __str__(self) -> str:
        return self.title


class Distribution(models.Model):
    """One channel version sent (or stored to send) from one of the lead agency's accounts."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting to be sent")
        SENDING = "sending", _("being sent")
        OUTBOX = "outbox", _("in the outbox")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE,
                             related_name="distributions")
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    account = models.ForeignKey(
        "connectors.ConnectedAccount", verbose_name=_("account"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    account_label = models.CharField(_("account name"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.PENDING)
    payload = models.JSONField(_("request"), default=dict, blank=True)
    external_id = models.CharField(_("platform id"), max_length=255, blank=True)
    error = models.TextField(_("error"), blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("distribution")
        verbose_name_plural = _("distributions")
        ordering = ["post", "channel", "id"]
        indexes = [models.Index(fields=["status", "created_at"], name="distribution_status_idx")]

    def __str__(self) -> str:
        return f"{self.post} · {self.get_channel_display()} · {self.get_status_display()}"
