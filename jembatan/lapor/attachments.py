"""LAPOR!'s `lampiran` downloaded into Jembatan (docs/lapor.md), after the import committed.

Each file goes through the same checks as an upload on the report form (`clean_upload`: 10 MB,
the type sniffed from the bytes, metadata stripped), and only to an address on the public
internet, checked as the outgoing webhooks check theirs (no SSRF; loopback only with
WEBHOOKS_ALLOW_LOOPBACK). Redirects are not followed. A file that cannot be stored never fails
the import: its row says why, on the report's staff page, and the next import tries again.
"""

from __future__ import annotations

import http.client
import logging
import socket
import ssl

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone

from jembatan.core.uploads import ALLOWED_TYPES, MAX_BYTES, clean_upload
from jembatan.lapor.actions import lapor_attachment_store
from jembatan.lapor.models import LaporAttachment
from jembatan.webhooks.addresses import AddressRefused, Endpoint, check_url

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 20
# clean_upload's refusals (ValidationError codes) in the words of the staff panel.
UPLOAD_REASONS = {"too_large": LaporAttachment.Reason.TOO_LARGE,
                  "bad_type": LaporAttachment.Reason.BAD_TYPE}
# What a server may declare besides the types we keep; the bytes decide in the end.
GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream"}


class FetchFailed(Exception):
    """The file could not be downloaded or is not one we keep."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Pinned(http.client.HTTPConnection):
    def __init__(self, endpoint: Endpoint) -> None:
        super().__init__(endpoint.host, endpoint.port, timeout=TIMEOUT_SECONDS)
        self._address = endpoint.address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedTLS(http.client.HTTPSConnection):
    def __init__(self, endpoint: Endpoint) -> None:
        super().__init__(endpoint.host, endpoint.port, timeout=TIMEOUT_SECONDS,
                         context=ssl.create_default_context())
        self._address = endpoint.address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def download(url: str) -> tuple[bytes, str]:
    """The file's bytes and declared type; FetchFailed when it may not or cannot be had."""
    try:
        endpoint = check_url(url)
    except AddressRefused:
        raise FetchFailed(LaporAttachment.Reason.ADDRESS) from None
    connection = (_PinnedTLS if endpoint.scheme == "https" else _Pinned)(endpoint)
    try:
        connection.request("GET", endpoint.path, headers={"User-Agent": "Jembatan-LAPOR/1"})
        response = connection.getresponse()
        if response.status != 200:
            raise FetchFailed(LaporAttachment.Reason.NOT_GIVEN)
        declared = (response.headers.get_content_type() if response.headers.get("Content-Type")
                    else "")
        if declared not in ALLOWED_TYPES and declared not in GENERIC_TYPES:
            raise FetchFailed(LaporAttachment.Reason.BAD_TYPE)
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > MAX_BYTES:
            raise FetchFailed(LaporAttachment.Reason.TOO_LARGE)
        # Never more than the limit and one byte, whatever the server says it sends.
        data = response.read(MAX_BYTES + 1)
        return data, declared
    except (OSError, http.client.HTTPException) as error:
        raise FetchFailed(LaporAttachment.Reason.UNREACHABLE) from error
    finally:
        connection.close()


def lapor_attachments_fetch(*, report_id: int) -> int:
    """Download every waiting lampiran of one report; returns how many were stored."""
    stored = 0
    pending = LaporAttachment.objects.filter(report_id=report_id,
                                             state=LaporAttachment.State.PENDING)
    for row in pending.order_by("id"):
        try:
            data, _declared = download(row.url)
            clean = clean_upload(ContentFile(data, name=row.name or "lampiran"))
        except FetchFailed as failure:
            _fail(row, failure.reason)
            continue
        except ValidationError as invalid:
            _fail(row, UPLOAD_REASONS.get(invalid.code, LaporAttachment.Reason.BAD_FILE))
            continue
        lapor_attachment_store(lapor_attachment=row, clean=clean)
        stored += 1
    return stored


def _fail(row: LaporAttachment, reason: str) -> None:
    # Ids and the reason only: a file name can name the reporter.
    logger.warning("SP4N-LAPOR! attachment %s of report %s not stored: %s", row.pk,
                   row.report_id, reason)
    LaporAttachment.objects.filter(pk=row.pk).update(
        state=LaporAttachment.State.FAILED, reason=reason, tries=row.tries + 1,
        updated_at=timezone.now())
