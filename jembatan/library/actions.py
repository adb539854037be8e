"""The shared library: uploads checked by their content, thumbnails made in the background,
search, and reuse in posts.

Uploads are checked and cleaned before they reach these actions (jembatan.library.uploads).
"""

from __future__ import annotations

import io
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from jembatan.core.actions import audit_record, update_with_audit
from jembatan.core.background import enqueue_on_commit
from jembatan.core.changes import diff, snapshot
from jembatan.core.models import Agency, User
from jembatan.core.rules import require_actor_perm
from jembatan.core.uploads import MAX_PIXELS, CleanFile
from jembatan.library.metadata import video_platform
from jembatan.library.models import LibraryItem, LibraryTag
from jembatan.library.uploads import ALLOWED_TYPES

Kind = LibraryItem.Kind

THUMBNAIL_SIZE = (480, 480)

METADATA_FIELDS = ("title", "description", "date", "permission", "credit")


# --- Checking what comes in -------------------------------------------------------------------




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
    *, agency: Agency, actor: User | None, kind: str, title: str, date, permission: str,
    description: str = "", credit: str = "", tags: list[str] | None = None,
    upload: CleanFile | None = None, video_url: str = "",
) -> LibraryItem:
    """Add an item. Pass a file already checked by clean_library_upload, or a video link."""
    item = LibraryItem(agency=agency, created_by=actor, kind=kind, title=title, date=date,
                       permission=permission, description=description, credit=credit)
    require_actor_perm(actor, "library.change_item", item)
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
    audit_record(actor=actor, action="library_item_create", obj=item, agency=agency,
                 changes=diff({}, {**snapshot(item, (*METADATA_FIELDS, "kind")),
                                   "tags": ", ".join(tags or [])}))
    if item.is_image:
        enqueue_on_commit("jembatan.library.tasks.make_library_thumbnail", item.pk)
    return item


@transaction.atomic
def library_item_update(
    *, item: LibraryItem, actor: User | None, tags: list[str] | None = None, **values: Any
) -> LibraryItem:
    require_actor_perm(actor, "library.change_item", item)
    also = {}
    if tags is not None:
        also["tags"] = (", ".join(t.name for t in item.tags.all()), ", ".join(tags))

    def save(_changed: list[str]) -> None:
        item.save()
        if tags is not None:
            _set_tags(item, tags)

    update_with_audit(
        item, actor=actor, action="library_item_update", values=values, fields=METADATA_FIELDS,
        validate=lambda: item.full_clean(exclude=["file", "thumbnail"],
                                         validate_constraints=False),
        save=save, agency=item.agency, also=also,
    )
    return item


@transaction.atomic
def library_item_delete(*, item: LibraryItem, actor: User | None) -> None:
    require_actor_perm(actor, "library.change_item", item)
    audit_record(actor=actor, action="library_item_delete", obj=item, agency=item.agency,
                 changes=diff(snapshot(item, (*METADATA_FIELDS, "kind")), {}))
    files = [f for f in (item.file, item.thumbnail) if f]
    item.delete()
    for stored in files:
        name, storage = stored.name, stored.storage
        transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))


@transaction.atomic
def library_item_reuse(*, item: LibraryItem, actor: User | None, note: str = "") -> LibraryItem:
    """Record that `item` is used in a post; internal-only items may not be published."""
    require_actor_perm(actor, "library.view_library")
    if not item.may_be_published:
        raise ValidationError(_("This item is for internal use only and cannot be used in a "
                                "post."), code="internal")
    LibraryItem.objects.filter(pk=item.pk).update(reuse_count=F("reuse_count") + 1)
    item.refresh_from_db(fields=["reuse_count"])
    audit_record(actor=actor, action="library_item_reuse", obj=item, agency=item.agency, note=note)
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
