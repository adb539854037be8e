"""The shared library: uploads checked by their content, thumbnails made in the background,
search, and reuse in posts.

Uploads are checked and cleaned before they reach these actions (jembatan.library.uploads).
"""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from jembatan.core.actions import audit_record, diff, snapshot
from jembatan.core.models import Agency, User
from jembatan.core.uploads import MAX_PIXELS, CleanFile
from jembatan.library.models import LibraryItem, LibraryTag
from jembatan.library.uploads import ALLOWED_TYPES

Kind = LibraryItem.Kind

THUMBNAIL_SIZE = (480, 480)
MAX_TAGS = 10

VIDEO_PLATFORMS = {
    "youtube.com": "youtube", "youtu.be": "youtube", "youtube-nocookie.com": "youtube",
    "instagram.com": "instagram",
    "facebook.com": "facebook", "fb.watch": "facebook",
    "tiktok.com": "tiktok",
}
PLATFORM_LABELS = {"youtube": "YouTube", "instagram": "Instagram", "facebook": "Facebook",
                   "tiktok": "TikTok", "web": "Web"}
METADATA_FIELDS = ("title", "description", "date", "permission", "credit")


# --- Checking what comes in -------------------------------------------------------------------


def video_platform(url: str) -> str:
    """youtube, instagram, facebook, tiktok, or web for another site; https links only."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise ValidationError(_("A video link must start with https://."), code="not_https")
    host = parts.hostname.lower()
    for domain, platform in VIDEO_PLATFORMS.items():
        if host == domain or host.endswith("." + domain):
            return platform
    return "web"


def parse_tags(text: str) -> list[str]:
    """Tags typed as "dieng, budaya, #wisata" → ["dieng", "budaya", "wisata"]."""
    tags: list[str] = []
    for raw in text.replace(";", ",").split(","):
        tag = " ".join(raw.strip().lstrip("#").lower().split())[:60]
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise ValidationError(_("Use at most %(count)s tags.") % {"count": MAX_TAGS},
                              code="too_many_tags")
    return tags


def _set_tags(item: LibraryItem, names: list[str]) -> None:
    existing = {tag.name: tag for tag in LibraryTag.objects.filter(name__in=names)}
    missing = [LibraryTag(name=name) for name in names if name not in existing]
    if missing:
        LibraryTag.objects.bulk_create(missing, ignore_conflicts=True)
        existing = {tag.name: tag for tag in LibraryTag.objects.filter(name__in=names)}
    item.tags.set([existing[name] for name in names])


# --- Writes -------------------------------------------------------------------------------------


@transaction.atomic
def library_item_create(
    *, agency: Agency, by: User | None, kind: str, title: str, date, permission: str,
    description: str = "", credit: str = "", tags: list[str] | None = None,
    upload: CleanFile | None = None, video_url: str = "",
) -> LibraryItem:
    """Add an item. Pass a file already checked by clean_library_upload, or a video link."""
    item = LibraryItem(agency=agency, created_by=by, kind=kind, title=title, date=date,
                       permission=permission, description=description, credit=credit)
    if kind == Kind.VIDEO:
        if not video_url:
            raise ValidationError({"video_url": _("Give the link to the video.")},
                                  code="required")
        item.video_platform = video_platform(video_url)
        item.video_url = video_url.strip()
    elif upload is not None:
        if upload.content_type not in ALLOWED_TYPES[kind]:
            raise ValidationError({"file": _("This file does not fit the kind of item.")},
                                  code="bad_type")
        item.file = upload.content
        item.content_type = upload.content_type
        item.size = upload.content.size
        item.original_name = upload.original_name
    elif not (kind == Kind.PRESS_RELEASE and description.strip()):
        raise ValidationError({"file": _("Choose a file to upload.")}, code="required")
    item.full_clean(exclude=["file", "thumbnail"], validate_constraints=False)
    item.save()
    _set_tags(item, tags or [])
    audit_record(actor=by, action="library_item_create", obj=item, agency=agency,
                 changes=diff({}, {**snapshot(item, (*METADATA_FIELDS, "kind")),
                                   "tags": ", ".join(tags or [])}))
    if item.is_image:
        from jembatan.library.tasks import make_library_thumbnail

        item_id = item.pk
        transaction.on_commit(lambda: make_library_thumbnail.enqueue(item_id))
    return item


@transaction.atomic
def library_item_update(
    *, item: LibraryItem, by: User | None, tags: list[str] | None = None, **values: Any
) -> LibraryItem:
    unknown = set(values) - set(METADATA_FIELDS)
    if unknown:
        raise ValueError(f"unknown library fields: {sorted(unknown)}")
    before = {**snapshot(item, values), "tags": ", ".join(t.name for t in item.tags.all())}
    for name, value in values.items():
        setattr(item, name, value)
    item.full_clean(exclude=["file", "thumbnail"], validate_constraints=False)
    after = {**snapshot(item, values)}
    if tags is not None:
        after["tags"] = ", ".join(tags)
    else:
        before.pop("tags")
    changes = diff(before, after)
    if changes:
        item.save()
        if tags is not None:
            _set_tags(item, tags)
        audit_record(actor=by, action="library_item_update", obj=item, agency=item.agency,
                     changes=changes)
    return item


@transaction.atomic
def library_item_delete(*, item: LibraryItem, by: User | None) -> None:
    audit_record(actor=by, action="library_item_delete", obj=item, agency=item.agency,
                 changes=diff(snapshot(item, (*METADATA_FIELDS, "kind")), {}))
    files = [f for f in (item.file, item.thumbnail) if f]
    item.delete()
    for stored in files:
        name, storage = stored.name, stored.storage
        transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))


@transaction.atomic
def library_item_reuse(*, item: LibraryItem, by: User | None, note: str = "") -> LibraryItem:
    """Record that `item` is used in a post; internal-only items may not be published."""
    if not item.may_be_published:
        raise ValidationError(_("This item is for internal use only and cannot be used in a "
                                "post."), code="internal")
    LibraryItem.objects.filter(pk=item.pk).update(reuse_count=F("reuse_count") + 1)
    item.refresh_from_db(fields=["reuse_count"])
    audit_record(actor=by, action="library_item_reuse", obj=item, agency=item.agency, note=note)
    return item


def library_thumbnail_make(item_id: int) -> bool:
    """Store a small JPEG of an image item next to the original. True if one was made."""
    item = LibraryItem.objects.filter(pk=item_id).first()
    if item is None or not item.file or not item.is_image:
        return False
    try:
        with item.file.open("rb") as handle, Image.open(handle) as image:
            if image.width * image.height > MAX_PIXELS:
                return False
            image.load()
            small = image.convert("RGB") if image.mode not in ("RGB", "L") else image.copy()
            small.thumbnail(THUMBNAIL_SIZE)
            # A fresh image carries no metadata; the original was cleaned already anyway.
            fresh = Image.new(small.mode, small.size)
            fresh.paste(small)
            out = io.BytesIO()
            fresh.save(out, format="JPEG", quality=82)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return False
    if item.thumbnail:
        item.thumbnail.delete(save=False)
    item.thumbnail.save(f"thumb-{item.pk}.jpg", ContentFile(out.getvalue()), save=False)
    LibraryItem.objects.filter(pk=item.pk).update(thumbnail=item.thumbnail.name)
    return True
