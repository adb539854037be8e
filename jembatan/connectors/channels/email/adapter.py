"""Replies to email by SMTP, through Django's configured email backend (EMAIL_* settings).

The reply is threaded as mail programs expect (RFC 5322 section 3.6.4): it carries our own
Message-ID, In-Reply-To the citizen's latest message and References that message's References
plus its id. The Message-ID goes back as the SendResult's external_id, so when the citizen
answers our reply, `mail.ingest` finds this conversation by it.
"""

from __future__ import annotations

import re
import smtplib
from email.utils import formataddr, make_msgid

from django.core.mail import EmailMessage, get_connection
from django.utils.translation import gettext as _

from jembatan.connectors.adapters import SendResult
from jembatan.connectors.channels.email.parse import is_synthetic, is_unknown_sender, reply_subject
from jembatan.connectors.models import ConnectedAccount, ConversationMessage, Platform

# Keep References short (RFC 5322 allows trimming): the root and the most recent ids thread.
MAX_REFERENCES = 12
# Automatic senders: a reply would bounce or start a loop of automatic answers.
NO_REPLY = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@", re.I)


class EmailAdapter:
    def prepare(self, message: ConversationMessage, *, connection=None) -> EmailMessage:
        conversation = message.conversation
        agency = conversation.agency
        sender = _sender_address(conversation)
        contact = conversation.contact
        latest = (conversation.messages
                  .filter(direction=ConversationMessage.Direction.IN)
                  .exclude(external_id="")
                  .order_by("-created_at", "-id").first())
        headers = {"Message-ID": make_msgid(domain=sender.rsplit("@", 1)[-1] or None)}
        if latest is not None and not is_synthetic(latest.external_id):
            references = [ref for ref in (latest.headers or {}).get("references") or []
                          if ref != latest.external_id]
            references.append(latest.external_id)
            if len(references) > MAX_REFERENCES:
                references = [references[0], *references[-(MAX_REFERENCES - 1):]]
            headers["In-Reply-To"] = latest.external_id
            headers["References"] = " ".join(references)
        subject = conversation.subject or (
            _("Your message to %(agency)s") % {"agency": agency.short_name or agency.name})
        email = EmailMessage(
            subject=reply_subject(subject),
            body=message.body,
            from_email=formataddr((agency.name, sender)),
            to=[formataddr((contact.name, contact.external_id))],
            headers=headers,
            connection=connection,
        )
        for attachment in message.attachments.all():
            if attachment.file:
                with attachment.file.open("rb") as handle:
                    email.attach(attachment.original_name or attachment.file.name,
                                 handle.read(), attachment.content_type or None)
        return email

    def preview(self, message: ConversationMessage) -> dict:
        email = self.prepare(message)
        return {"channel": Platform.EMAIL, "from": email.from_email, "to": email.to,
                "subject": email.subject, "headers": dict(email.extra_headers),
                "body": email.body}

    def send(self, message: ConversationMessage) -> SendResult:
        conversation = message.conversation
        if not _sender_address(conversation):
            return SendResult(ok=False, code="no_account", error=_(
                "The agency has no email address to reply from; the agency's admin needs to "
                "connect its mailbox."))
        if is_unknown_sender(conversation.contact.external_id):
            return SendResult(ok=False, code="rejected", error=_(
                "The email named no sender address, so there is no one to reply to by email."))
        if NO_REPLY.match(conversation.contact.external_id):
            return SendResult(ok=False, code="rejected", error=_(
                "This address sends only automatic messages (bounces, notifications); a reply "
                "would not reach a person."))
        try:
            connection = get_connection(fail_silently=False)
            email = self.prepare(message, connection=connection)
            sent = email.send(fail_silently=False)
        except smtplib.SMTPRecipientsRefused as error:
            codes = [code for code, _text in error.recipients.values()]
            detail = "; ".join(_decode(text) for _code, text in error.recipients.values())
            if codes and all(500 <= code < 600 for code in codes):
                return SendResult(ok=False, code="rejected", error=_(
                    "The citizen's mail server refused the address: %(detail)s")
                    % {"detail": detail})
            return _temporary(detail)
        except smtplib.SMTPAuthenticationError:
            # Jembatan's own SMTP settings, not the agency's account: shown on the message only.
            return SendResult(ok=False, code="smtp_login", error=_(
                "The mail server refused our login; the administrator needs to check the "
                "outgoing mail (SMTP) settings."))
        except smtplib.SMTPResponseException as error:
            detail = f"{error.smtp_code} {_decode(error.smtp_error)}"
            if 500 <= error.smtp_code < 600:
                return SendResult(ok=False, code="rejected", error=_(
                    "The mail server refused the reply: %(detail)s") % {"detail": detail})
            return _temporary(detail)
        except (smtplib.SMTPException, OSError) as error:
            return SendResult(ok=False, code="network", retry=True, error=_(
                "The mail server could not be reached; the reply will be sent again shortly. "
                "(%(detail)s)") % {"detail": error.__class__.__name__})
        if not sent:
            return SendResult(ok=False, code="rejected", error=_("The reply had no recipient."))
        return SendResult(ok=True, external_id=email.extra_headers["Message-ID"])


def _sender_address(conversation) -> str:
    """The connected mailbox the citizen wrote to, else another of the agency's, else the
    agency's published address."""
    account = conversation.account
    if account is None or not account.is_active or account.platform != Platform.EMAIL:
        account = (ConnectedAccount.objects
                   .filter(agency=conversation.agency, platform=Platform.EMAIL, is_active=True)
                   .order_by("pk").first())
    if account is not None:
        return account.external_id
    return conversation.agency.email or ""


def _decode(text) -> str:
    if isinstance(text, bytes):
        return text.decode("utf-8", errors="replace")
    return str(text)


def _temporary(detail: str) -> SendResult:
    return SendResult(ok=False, code="platform_error", retry=True, error=_(
        "The mail server asked us to try again later; the reply will be sent again shortly. "
        "(%(detail)s)") % {"detail": detail})

