"""What the library accepts for each kind of item, checked by the bytes and cleaned like every
other upload (jembatan.core.uploads): a photo's EXIF block can hold the GPS position of the
person who took it, a document's properties the name of its author.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from jembatan.core.documents import OFFICE_TYPES
from jembatan.core.uploads import IMAGE_TYPES, CleanFile, clean_file
from jembatan.library.models import LibraryItem

Kind = LibraryItem.Kind

MAX_BYTES = 20 * 1024 * 1024

DOCUMENT_TYPES = {"application/pdf", *OFFICE_TYPES}
# What each kind may hold. A press release may also be text only (its description).
ALLOWED_TYPES: dict[str, set[str]] = {
    Kind.PHOTO: set(IMAGE_TYPES),
    Kind.INFOGRAPHIC: set(IMAGE_TYPES) | {"application/pdf"},
    Kind.DOCUMENT: DOCUMENT_TYPES,
    Kind.PRESS_RELEASE: DOCUMENT_TYPES | set(IMAGE_TYPES),
    Kind.VIDEO: set(),
}


def clean_library_upload(upload, *, kind: str) -> CleanFile:
    """The uploaded file ready to store, or ValidationError saying what is wrong with it."""
    if kind == Kind.PHOTO:
        not_allowed = _("%(name)s is not a photo (JPEG, PNG, WebP or GIF).")
    elif kind == Kind.INFOGRAPHIC:
        not_allowed = _("%(name)s is not an image (JPEG, PNG, WebP or GIF) or a PDF.")
    elif kind == Kind.DOCUMENT:
        not_allowed = _("%(name)s is not a PDF, Word, PowerPoint or Excel document.")
    else:
        not_allowed = _("%(name)s is not a document (PDF, DOCX, PPTX, XLSX) or an image.")
    return clean_file(upload, allowed_types=ALLOWED_TYPES.get(kind, set()), max_bytes=MAX_BYTES,
                      fallback_name="berkas", too_large=_("%(name)s is larger than 20 MB."),
                      not_allowed=not_allowed)
