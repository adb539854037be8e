"""Models of the forum part of the Bakohumas space: the regency-wide channel, topic channels and
direct threads between agencies, their posts, replies, attachments and read status.

The forum replaces the PR officers' WhatsApp group, so two things are denormalised on purpose:
a channel's `last_post_at` (channel lists are ordered by it) and a post's `reply_count` (channel
pages show it without counting replies row by row).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core.files import RandomName, StoredFile

__all__ = [
    "AnnouncementRead",
    "ChannelRead",
    "ForumChannel",
    "ForumPost",
    "ForumPostAttachment",
]


class ForumChannel(models.Model):
    """Where posts are written: the one regency-wide channel, a topic, or a direct thread."""

    class Kind(models.TextChoices):
        REGENCY = "regency", _("regency-wide channel")
        TOPIC = "topic", _("topic channel")
        DIRECT = "direct", _("direct thread between agencies")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    # Only direct threads have agencies: their staff (and the coordinators) are the only readers.
    agencies = models.ManyToManyField(
        "core.Agency", verbose_name=_("agencies"), blank=True, related_name="forum_channels"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_post_at = models.DateTimeField(_("last post"), default=timezone.now)
    is_archived = models.BooleanField(_("archived"), default=False)

    class Meta:
        verbose_name = _("forum channel")
        verbose_name_plural = _("forum channels")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind"], condition=Q(kind="regency"), name="forum_one_regency_channel"
            ),
        ]
        indexes = [models.Index(fields=["kind", "-last_post_at", "-id"], name="forum_ch_kind_idx")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:forum_channel", kwargs={"slug": self.slug})

    @property
    def is_direct(self) -> bool:
        return self.kind == self.Kind.DIRECT


class ForumPost(models.Model):
    """A post in a channel, or a reply to one (one level: replies have no replies)."""

    channel = models.ForeignKey(
        ForumChannel, verbose_name=_("channel"), on_delete=models.CASCADE, related_name="posts"
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("reply to"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="replies",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True,
        on_delete=models.SET_NULL, related_name="forum_posts",
    )
    agency = models.ForeignKey(
        "core.Agency", verbose_name=_("on behalf of"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="forum_posts",
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = models.TextField(_("text"))
    is_announcement = models.BooleanField(_("announcement"), default=False)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    mentioned_agencies = models.ManyToManyField(
        "core.Agency", verbose_name=_("mentioned agencies"), blank=True, related_name="+"
    )
    mentioned_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("mentioned people"), blank=True,
        related_name="+",
    )
    reply_count = models.PositiveIntegerField(_("replies"), default=0)
    last_reply_at = models.DateTimeField(_("last reply"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("last reminder"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    removed_at = models.DateTimeField(_("removed"), null=True, blank=True)

    class Meta:
        verbose_name = _("forum post")
        verbose_name_plural = _("forum posts")
        ordering = ["-created_at", "-id"]
        constraints = [
            # Announcements are top-level posts; a reply cannot be pinned either.
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | Q(is_announcement=False, is_pinned=False),
                name="forum_reply_not_announcement",
            ),
        ]
        indexes = [
            models.Index(fields=["channel", "parent", "-created_at", "-id"],
                         name="forum_post_channel_idx"),
            models.Index(fields=["channel", "id"], name="forum_post_poll_idx"),
            models.Index(fields=["channel", "created_at"], name="forum_post_unread_idx"),
            models.Index(fields=["channel", "is_pinned"], name="forum_post_pinned_idx",
                         condition=Q(is_pinned=True)),
            models.Index(fields=["parent", "id"], name="forum_reply_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.body[:60]

    def get_absolute_url(self) -> str:
        pk = self.parent_id or self.pk
        url = reverse("forum:forum_post", kwargs={"pk": pk})
        return f"{url}#pos-{self.pk}" if self.parent_id else url

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None


class ForumPostAttachment(StoredFile):
    """A photo or PDF on a post, cleaned by the same checks as report attachments."""

    post = models.ForeignKey(ForumPost, verbose_name=_("forum post"), on_delete=models.CASCADE,
                             related_name="attachments")
    file = models.FileField(_("file"), upload_to=RandomName("forum"))

    class Meta:
        verbose_name = _("forum attachment")
        verbose_name_plural = _("forum attachments")


class ChannelRead(models.Model):
    """Up to when one person has read one channel; unread counts are posts after this moment."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="forum_reads")
    channel = models.ForeignKey(ForumChannel, verbose_name=_("forum room"),
                                on_delete=models.CASCADE, related_name="reads")
    last_read_at = models.DateTimeField(_("read up to"), default=timezone.now)

    class Meta:
        verbose_name = _("channel read mark")
        verbose_name_plural = _("channel read marks")
        constraints = [
            models.UniqueConstraint(fields=["user", "channel"], name="forum_one_read_mark"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.channel}: {self.last_read_at:%Y-%m-%d %H:%M}"


class AnnouncementRead(models.Model):
    """One person opened one announcement. An agency has read it when any of its staff did."""

    post = models.ForeignKey(ForumPost, verbose_name=_("announcement"), on_delete=models.CASCADE,
                             related_name="reads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="announcement_reads")
    read_at = models.DateTimeField(_("read"), default=timezone.now)

    class Meta:
        verbose_name = _("announcement read")
        verbose_name_plural = _("announcement reads")
        constraints = [
            models.UniqueConstraint(fields=["post", "user"], name="forum_one_read_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.post_id}"
