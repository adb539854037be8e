"""Email that could not be read completely: the reasons staff read, and keeping the original.

A message is never refused or dropped for being malformed: what could be read is stored as a
conversation message and the original bytes are kept beside it (QuarantinedEmail), readable by
coordinators alone — the raw message carries every header, including ones staff pages leave out.
"""

from __future__ import annotations

import hashlib

from django.utils.translation import gettext_lazy as _

from jembatan.connectors.channels.email import parse
from jembatan.connectors.models import ConnectedAccount, ConversationMessage, QuarantinedEmail
from jembatan.core.models import Agency

STORE_FAILED = "store_failed"

REASONS = {
    parse.PROBLEM_NO_HEADERS: _("The email has no headers; its content was kept as plain text."),
    parse.PROBLEM_NO_SENDER: _("The email names no sender address (From), so it cannot be "
                               "answered by email."),
    parse.PROBLEM_STRUCTURE: _("The email's parts could not be separated; the text may contain "
                               "pieces of its attachments."),
    parse.PROBLEM_HEADER_UNDECODABLE: _("Some characters in the sender's name or the subject "
                                        "could not be decoded."),
    parse.PROBLEM_TEXT_UNDECODABLE: _("The character set of the text could not be determined "
                                      "with certainty; some letters may be shown wrongly."),
    parse.PROBLEM_PARSER: _("The email does not follow the email standard and was read with "
                            "the lenient parser; some parts may be missing."),
    STORE_FAILED: _("The email could not be stored as a message; only the original was kept."),
}


def reason_labels(keys) -> list[str]:
    return [str(REASONS.get(key, REASONS[parse.PROBLEM_PARSER])) for key in keys or []]


def quarantine_keep(*, raw: bytes, agency: Agency, reasons: list[str],
                    account: ConnectedAccount | None = None,
                    message: ConversationMessage | None = None) -> tuple[QuarantinedEmail, bool]:
    """Keep the original of a message that could not be read completely; once per bytes."""
    digest = hashlib.sha256(raw).hexdigest()
    existing = QuarantinedEmail.objects.filter(agency=agency, sha256=digest).first()
    if existing is not None:
        if message is not None and existing.message_id is None:
            existing.message = message
            existing.save(update_fields=["message"])
        return existing, False
    return QuarantinedEmail.objects.create(agency=agency, account=account, message=message,
                                           reasons=list(reasons), raw=raw, size=len(raw),
                                           sha256=digest), True
