"""Uploaded files: stored under names nobody can guess, handed out only by views that checked
access first.

An upload's own name ("reports/2026/12/gps.jpg", "jadwal-musrenbang.pdf") is guessable, so no
upload is stored under it: the stored name is random and the name the sender gave lives in the
model (original_name) for display and for the download's file name. The media root is never
served as a directory: every file goes out through serve_file(), which the web server may speed
up (X-Accel-Redirect for nginx, X-Sendfile for Apache) or which redirects to a short-lived
presigned URL on S3-compatible storage. See docs/decisions/0019-private-files.md.
"""

from __future__ import annotations

import posixpath
import re
import secrets
from urllib.parse import quote

from django.conf import settings
from django.db import models
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _

EXTENSION = re.compile(r"^[a-z0-9]{1,8}$")
# Types a browser may show in the page's origin without risk; anything else is downloaded
# (an SVG or HTML file shown inline could run script on our domain).
INLINE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}


@deconstructible
class RandomName:
    """upload_to for a FileField: "<prefix>/<year>/<month>/<32 random hex>.<extension>"."""

    def __init__(self, prefix: str):
        self.prefix = prefix

    def __call__(self, instance, filename: str) -> str:
        extension = posixpath.splitext(filename or "")[1].lstrip(".").lower()
        suffix = f".{extension}" if EXTENSION.match(extension) else ""
        now = timezone.now()
        return f"{self.prefix}/{now:%Y/%m}/{secrets.token_hex(16)}{suffix}"

    def __eq__(self, other) -> bool:
        return isinstance(other, RandomName) and other.prefix == self.prefix

    def __hash__(self) -> int:
        return hash(self.prefix)


class StoredFile(models.Model):
    """An upload kept under a random name: what it is, how big, and what the sender called it.

    Each subclass declares its own `file = models.FileField(upload_to=RandomName("<prefix>"))`,
    so every app's files stay under their own prefix.
    """

    content_type = models.CharField(_("file type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    original_name = models.CharField(_("file name"), max_length=255)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


def serve_file(stored, *, filename: str, content_type: str = "",
               inline: bool | None = None, public: bool = False) -> HttpResponse:
    """The response for one stored file. Call it only after the access check.

    inline: shown in the browser rather than downloaded; only ever for the image types above,
    whatever the caller asks. public: may be cached by shared caches (the jurisdiction's logo).
    """
    if not stored:
        raise Http404
    content_type = (content_type or "application/octet-stream").split(";")[0].strip().lower()
    show_inline = content_type in INLINE_TYPES if inline is None else (
        inline and content_type in INLINE_TYPES)
    disposition = content_disposition_header(not show_inline, filename or "berkas")
    mode = settings.PRIVATE_FILES_SERVER
    if mode == "django":
        try:
            handle = stored.open("rb")
        except (FileNotFoundError, OSError) as error:
            raise Http404 from error
        response = FileResponse(handle, content_type=content_type)
    elif mode == "presigned":
        # The URL is signed for a minute and names the type and disposition itself, so the
        # object store answers with the same headers this view would have set.
        response = HttpResponseRedirect(stored.storage.url(stored.name, parameters={
            "ResponseContentType": content_type,
            "ResponseContentDisposition": disposition,
            "ResponseCacheControl": "private, no-store",
        }, expire=settings.PRIVATE_FILES_URL_EXPIRE))
    else:
        response = HttpResponse(content_type=content_type)
        if mode == "nginx":
            # nginx replaces this response's body with the file from its `internal` location.
            response["X-Accel-Redirect"] = (settings.PRIVATE_FILES_INTERNAL_URL
                                            + quote(stored.name))
        else:
            response["X-Sendfile"] = stored.path
    if mode == "presigned":
        cache_control = "private, no-store"  # the signed URL expires in a minute
    else:
        cache_control = "public, max-age=3600" if public else "private, max-age=3600"
    return _protected(response, disposition=disposition, inline=show_inline,
                      cache_control=cache_control)


def serve_stored(item: StoredFile, *, filename: str | None = None) -> HttpResponse:
    """serve_file for one stored upload, named as its sender named it unless `filename` is
    given (a name to show instead, e.g. with personal data masked)."""
    return serve_file(item.file, content_type=item.content_type,
                      filename=item.original_name if filename is None else filename)


def serve_bytes(data: bytes, *, filename: str, content_type: str) -> HttpResponse:
    """Bytes kept in the database rather than in storage (a quarantined email's original):
    always downloaded, never cached. Call it only after the access check."""
    response = HttpResponse(data, content_type=content_type)
    return _protected(response, disposition=content_disposition_header(True, filename),
                      inline=False, cache_control="private, no-store")


def _protected(response: HttpResponse, *, disposition: str, inline: bool,
               cache_control: str) -> HttpResponse:
    response["Content-Disposition"] = disposition
    # Browsers must take the type we send, not guess one from the bytes (an upload that looks
    # like HTML would otherwise run in our origin).
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = cache_control
    if not inline:
        # A downloaded file never runs in our origin, even if a browser were to render it.
        response["Content-Security-Policy"] = "sandbox"
    return response
