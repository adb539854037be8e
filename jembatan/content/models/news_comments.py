"""Comments of the public on published news articles, moderated like consultation comments
(participation.moderation), with official replies from the article's agencies."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from jembatan.content.models.posts import Post
from jembatan.core.models import Agency
from jembatan.participation.models import Participant, one_author
from jembatan.participation.moderation import ModeratedComment, ModeratedFlag

__all__ = ["NewsComment", "NewsCommentFlag"]


class NewsComment(ModeratedComment):
    post = models.ForeignKey(Post, verbose_name=_("article"), on_delete=models.CASCADE,
                             related_name="public_comments")
    parent = models.ForeignKey("self", verbose_name=_("reply to"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True,
                               blank=True, on_delete=models.SET_NULL, related_name="news_comments")
    participant = models.ForeignKey(Participant, verbose_name=_("participant"), null=True,
                                    blank=True, on_delete=models.SET_NULL,
                                    related_name="news_comments")
    # Set on an official reply: the agency it speaks for, shown as its badge.
    official_agency = models.ForeignKey(Agency, verbose_name=_("official reply of"), null=True,
                                        blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("news comment")
        verbose_name_plural = _("news comments")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(condition=one_author(), name="content_newscomment_one_author"),
            models.CheckConstraint(
                condition=Q(official_agency__isnull=True) | Q(author__isnull=False),
                name="content_newscomment_official_by_staff"),
        ]
        indexes = [
            models.Index(fields=["post", "status", "created_at"]),
            models.Index(fields=["status", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.display_name}: {self.body[:40]}"

    @property
    def is_official(self) -> bool:
        return self.official_agency_id is not None


class NewsCommentFlag(ModeratedFlag):
    comment = models.ForeignKey(NewsComment, verbose_name=_("comment"), on_delete=models.CASCADE,
                                related_name="flags")

    class Meta:
        verbose_name = _("flag on a news comment")
        verbose_name_plural = _("flags on news comments")
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], condition=Q(user__isnull=False),
                                    name="content_newsflag_once_per_user"),
            models.UniqueConstraint(fields=["comment", "participant"],
                                    condition=Q(participant__isnull=False),
                                    name="content_newsflag_once_per_participant"),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.comment_id})"
