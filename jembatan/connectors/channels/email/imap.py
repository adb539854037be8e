"""Fetching new mail from the agencies' mailboxes over IMAP (RFC 3501).

Every active email account with an IMAP server is polled (every two minutes, by the scheduler).
Mail is read by UID: each account remembers the highest UID taken in and the mailbox's
UIDVALIDITY. When the server renumbers the mailbox (a new UIDVALIDITY) the whole INBOX is read
again; Message-IDs make the mail already stored a no-op. One failing mailbox records its error
on the account and does not stop the others, and one bad message does not stop its mailbox: it
is stored in quarantine (or, at worst, skipped and left on the server) and the UID moves on.
Fetching RFC822 marks the message \\Seen; nothing is ever deleted from the server.
"""

from __future__ import annotations

import contextlib
import imaplib
import ipaddress
import logging
import ssl

from django.db import InterfaceError, OperationalError
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.connectors.channels.email.ingest import email_ingest
from jembatan.connectors.channels.email.parse import MailParseError
from jembatan.connectors.models import ConnectedAccount, Platform

logger = logging.getLogger(__name__)

TIMEOUT = 30  # seconds for each network operation
# At most this many messages per mailbox and run: a first sync of a large mailbox is spread over
# several runs instead of one task that outlives its schedule.
BATCH = 200


class MailboxError(Exception):
    pass


def poll_all() -> int:
    """Poll every mailbox; returns how many new messages were stored."""
    total = 0
    accounts = (ConnectedAccount.objects.select_related("agency")
                .filter(platform=Platform.EMAIL, is_active=True).exclude(imap_host="")
                .order_by("pk"))
    for account in accounts:
        try:
            total += poll_account(account)
        except Exception as error:  # one broken mailbox must not stop the others
            logger.warning("IMAP polling of account %s failed: %s", account.pk,
                           type(error).__name__)
            ConnectedAccount.objects.filter(pk=account.pk).update(
                last_error=_("Fetching mail from %(host)s failed at %(time)s: %(detail)s") % {
                    "host": account.imap_host,
                    "time": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
                    "detail": _describe(error)})
    return total


def poll_account(account: ConnectedAccount, *, batch: int = BATCH) -> int:
    conn = _connect(account)
    try:
        try:
            conn.login(account.imap_username or account.external_id, account.token)
        except imaplib.IMAP4.error as error:
            raise MailboxError(_("The server refused the login (user name or password).")) \
                from error
        typ, _data = conn.select("INBOX")
        if typ != "OK":
            raise MailboxError(_("The server has no INBOX for this account."))
        _typ, validity = conn.response("UIDVALIDITY")
        uid_validity = int(validity[0]) if validity and validity[0] else 0
        last_uid = account.imap_last_uid
        if uid_validity != account.imap_uid_validity and account.imap_uid_validity:
            logger.info("UIDVALIDITY of account %s changed; reading the INBOX again",
                        account.pk)
            last_uid = 0
        typ, data = conn.uid("SEARCH", None, f"UID {last_uid + 1}:*")
        if typ != "OK":
            raise MailboxError(_("The server did not answer the search for new mail."))
        # "n:*" always matches the newest message, even when its UID is below n.
        uids = sorted({int(uid) for uid in (data[0] or b"").split() if int(uid) > last_uid})
        stored, problems = 0, []
        for uid in uids[:batch]:
            raw = _fetch(conn, uid)
            if raw is not None:
                try:
                    result = email_ingest(raw=raw, agency=account.agency, account=account)
                except MailParseError:
                    # An empty message: nothing to store. It stays in the mailbox.
                    problems.append(_("Message %(uid)s is empty and was skipped.")
                                    % {"uid": uid})
                except (OperationalError, InterfaceError):
                    raise  # the database is away: this message is read again next time
                except Exception as error:
                    # Not even the original could be kept. Skipped so that one message never
                    # blocks the mailbox; it stays on the server (we never delete mail).
                    logger.warning("IMAP UID %s of account %s could not be stored: %s", uid,
                                   account.pk, type(error).__name__)
                    problems.append(_("Message %(uid)s could not be stored; it is still in "
                                      "the mailbox on the server.") % {"uid": uid})
                else:
                    stored += result.created and result.message is not None
                    if result.created and result.quarantined:
                        problems.append(_("Message %(uid)s could not be read completely and "
                                          "is in quarantine.") % {"uid": uid})
            last_uid = uid
            ConnectedAccount.objects.filter(pk=account.pk).update(
                imap_last_uid=uid, imap_uid_validity=uid_validity)
        ConnectedAccount.objects.filter(pk=account.pk).update(
            imap_last_uid=last_uid, imap_uid_validity=uid_validity,
            last_error=" ".join(problems))
        account.imap_last_uid, account.imap_uid_validity = last_uid, uid_validity
        return stored
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            conn.logout()


def _connect(account: ConnectedAccount) -> imaplib.IMAP4:
    context = ssl.create_default_context()
    if account.imap_use_ssl:
        return imaplib.IMAP4_SSL(account.imap_host, account.imap_port, ssl_context=context,
                                 timeout=TIMEOUT)
    conn = imaplib.IMAP4(account.imap_host, account.imap_port, timeout=TIMEOUT)
    if "STARTTLS" in conn.capabilities:
        conn.starttls(ssl_context=context)
    elif not _is_loopback(account.imap_host):
        conn.shutdown()
        raise MailboxError(_("The server offers no encryption (TLS or STARTTLS); the password "
                             "is not sent in clear text."))
    return conn


def _fetch(conn: imaplib.IMAP4, uid: int) -> bytes | None:
    typ, data = conn.uid("FETCH", str(uid), "(RFC822)")
    if typ != "OK":
        raise MailboxError(_("The server did not return message %(uid)s.") % {"uid": uid})
    for item in data or []:
        if isinstance(item, tuple) and len(item) == 2:
            return item[1]
    return None  # expunged between the search and the fetch


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _describe(error: Exception) -> str:
    if isinstance(error, MailboxError):
        return str(error)
    if isinstance(error, ssl.SSLError):
        return _("secure connection failed (%(reason)s)") % {"reason": error.reason or error}
    if isinstance(error, OSError):
        return _("the server could not be reached (%(reason)s)") % {
            "reason": error.strerror or error.__class__.__name__}
    return f"{error.__class__.__name__}: {error}"
