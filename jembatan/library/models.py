"""Models of the library part of the Bakohumas space: photos, infographics, documents, press
releases and video links that agencies share for reuse in their content."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from jembatan.core.files import RandomName
from jembatan.core.models import Agency

__all__ = ["LibraryItem", "LibraryTag"]


class LibraryTag(models.Model):
    name = models.CharField(_("name"), max_length=60, unique=True)

    class Meta:
        verbose_name = _("library tag")
        verbose_name_plural = _("library tags")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LibraryItem(models.Model):
    class Kind(models.TextChoices):
        PHOTO = "photo", _("photo")
        INFOGRAPHIC = "infographic", _("infographic")
        DOCUMENT = "document", _("document")
        PRESS_RELEASE = "press_release", _("press release")
        VIDEO = "video", _("video link")

    class Permission(models.TextChoices):
        FREE = "free", _("free to reuse")
        CREDIT = "credit", _("reuse with credit")
        INTERNAL = "internal", _("internal only")
        ASK = "ask", _("ask first")

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="library_items"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    tags = models.ManyToManyField(
        LibraryTag, verbose_name=_("tags"), blank=True, related_name="items"
    )
    date = models.DateField(_("date"), help_text=_("When it was taken or published."))
    permission = models.CharField(
        _("usage permission"), max_length=10, choices=Permission.choices,
        default=Permission.CREDIT,
    )
    credit = models.CharField(
        _("credit"), max_length=200, blank=True,
        help_text=_("For example: Foto: Diskominfo Wonosobo."),
    )
    file = models.FileField(_("file"), upload_to=RandomName("library"), blank=True)
    content_type = models.CharField(_("file type"), max_length=100, blank=True)
    size = models.PositiveIntegerField(_("size"), default=0)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    thumbnail = models.FileField(_("thumbnail"), upload_to=RandomName("library/thumbs"), blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    video_platform = models.CharField(_("video platform"), max_length=20, blank=True)
    reuse_count = models.PositiveIntegerField(_("times reused"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("library item")
        verbose_name_plural = _("library items")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="video") | ~models.Q(video_url=""),
                name="library_video_has_link",
            ),
        ]
        indexes = [
            models.Index(fields=["-created_at", "-id"]),
            models.Index(fields=["agency", "-created_at"]),
            models.Index(fields=["kind", "-created_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("library:library_detail", kwargs={"pk": self.pk})

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")

    @property
    def may_be_published(self) -> bool:
        return self.permission != self.Permission.INTERNAL
