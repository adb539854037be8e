"""Attachments: checked by their content, never by their name, and cleaned before storing.

Images are decoded and re-encoded with Pillow, which drops EXIF (camera, time and GPS position)
and every other metadata block: an anonymous reporter was once identified through the GPS
position in a photo. PDFs and Office documents lose their author metadata and PDFs everything
that could run (jembatan.core.documents); a document that cannot be cleaned is refused.
Every upload surface (reports, email, the forum, requests between agencies, the library) goes
through clean_content, so none of them can store a file as sent.
"""

from __future__ import annotations

import io
from collections.abc import Collection
from dataclasses import dataclass

import filetype
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from jembatan.core import documents

MAX_FILES = 5
MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # decompression bombs: a 10 MB PNG can expand to gigabytes
IMAGE_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP", "image/gif": "GIF"}
ALLOWED_TYPES = {*IMAGE_TYPES, "application/pdf"}
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif",
              "application/pdf": "pdf", **documents.OFFICE_EXTENSIONS}


@dataclass
class CleanFile:
    content: ContentFile
    content_type: str
    original_name: str

    @property
    def size(self) -> int:
        return self.content.size


def clean_upload(upload) -> CleanFile:
    """Validate one uploaded file and return it ready to store, or raise ValidationError."""
    return clean_file(
        upload, allowed_types=ALLOWED_TYPES, max_bytes=MAX_BYTES, fallback_name="lampiran",
        too_large=_("%(name)s is larger than 10 MB."),
        not_allowed=_("%(name)s is not a photo (JPEG, PNG, WebP, GIF) or a PDF document."),
    )


def clean_file(upload, *, allowed_types: Collection[str], max_bytes: int, fallback_name: str,
               too_large: str, not_allowed: str) -> CleanFile:
    """The checks every upload surface shares, with its own limits and wording: the size, the
    type sniffed from the bytes (never the name or the declared type), then clean_content.
    too_large and not_allowed name the file as %(name)s."""
    name = (getattr(upload, "name", "") or fallback_name)[-200:]
    if upload.size > max_bytes:
        raise ValidationError(too_large % {"name": name}, code="too_large")
    data = upload.read()
    kind = filetype.guess(data)
    content_type = kind.mime if kind else ""
    if content_type not in allowed_types:
        raise ValidationError(not_allowed % {"name": name}, code="bad_type")
    data = clean_content(data, content_type, name)
    stem = name.rsplit(".", 1)[0][:80] or fallback_name
    stored_name = f"{stem}.{EXTENSIONS[content_type]}"
    return CleanFile(ContentFile(data, name=stored_name), content_type, name)


def clean_content(data: bytes, content_type: str, name: str) -> bytes:
    """The file's bytes without metadata or active content, or ValidationError if that cannot
    be done. content_type is the one sniffed from the bytes, never the one the sender declared."""
    if content_type in IMAGE_TYPES:
        return strip_image_metadata(data, IMAGE_TYPES[content_type], name)
    if content_type == "application/pdf":
        return documents.strip_pdf(data, name)
    if content_type in documents.OFFICE_TYPES:
        return documents.strip_office(data, name)
    raise ValueError(f"no cleaning defined for {content_type}")


def strip_image_metadata(data: bytes, image_format: str, name: str) -> bytes:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(_("%(name)s has too many pixels.") % {"name": name},
                                      code="too_many_pixels")
            image.load()
            # Apply the orientation the camera recorded before the EXIF block is dropped.
            cleaned = ImageOps.exif_transpose(image)
            if image_format == "JPEG" and cleaned.mode not in ("RGB", "L"):
                cleaned = cleaned.convert("RGB")
            out = io.BytesIO()
            save_args = {"quality": 88} if image_format in ("JPEG", "WEBP") else {}
            # A fresh image object has no info dict, so no EXIF, XMP, ICC comments or GPS.
            fresh = Image.new(cleaned.mode, cleaned.size)
            if cleaned.mode == "P" and cleaned.getpalette():
                fresh.putpalette(cleaned.getpalette())
            fresh.paste(cleaned)
            fresh.save(out, format=image_format, **save_args)
            return out.getvalue()
    # Pillow reports a damaged file in several ways: a broken PNG chunk is a SyntaxError, a
    # bad GIF frame can be an EOFError or a ValueError. Each is the sender's file, not our bug.
    except (UnidentifiedImageError, OSError, SyntaxError, EOFError, ValueError,
            Image.DecompressionBombError) as error:
        raise ValidationError(
            _("%(name)s could not be read as an image.") % {"name": name}, code="bad_image"
        ) from error


def clean_uploads(uploads) -> list[CleanFile]:
    uploads = [upload for upload in uploads if upload]
    if len(uploads) > MAX_FILES:
        raise ValidationError(
            _("You can attach at most %(count)s files.") % {"count": MAX_FILES}, code="too_many"
        )
    return [clean_upload(upload) for upload in uploads]
