"""A conversation (or one of its messages) becomes a formal report in one step.

The report goes through reports.actions.report_submit like any report entered by an officer
(its clock, timeline, triage and audit run as usual), the two are linked, and the citizen is told
the tracking code in the channel they wrote in.

Privacy: a WhatsApp chat or an email was written privately, so its report is "rahasia" (the text
never reaches the public list) and the citizen gets the access key with the code. A comment under
a public post is public already; its report is "publik" and the answer, itself a public comment,
carries only the code — never an access key.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from jembatan.connectors import outbound
from jembatan.connectors.models import (
    KINDS_WITHOUT_REPLY,
    Conversation,
    ConversationMessage,
    Platform,
)
from jembatan.connectors.selectors import contact_phone_email
from jembatan.core.actions import audit_record
from jembatan.core.models import User
from jembatan.reports.models import Category, Kind, Privacy, Report

PRIVATE_CHANNELS = (Platform.WHATSAPP, Platform.EMAIL, Platform.WEB)
TITLE_LENGTH = 90


def _title_from(text: str, fallback: str) -> str:
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first_line:
        return fallback
    if len(first_line) <= TITLE_LENGTH:
        return first_line
    return first_line[:TITLE_LENGTH].rsplit(" ", 1)[0] + "…"


def _source_messages(conversation: Conversation,
                     message: ConversationMessage | None) -> list[ConversationMessage]:
    if message is not None:
        if message.conversation_id != conversation.pk:
            raise ValidationError(_("That message belongs to another conversation."))
        if message.direction != ConversationMessage.Direction.IN \
                or message.kind in KINDS_WITHOUT_REPLY:
            raise ValidationError(_("Only a message from the citizen can become a report."))
        return [message]
    # A platform's notice or a reaction is not the citizen's words.
    return list(conversation.messages.filter(direction=ConversationMessage.Direction.IN,
                                             is_removed=False)
                .exclude(kind__in=KINDS_WITHOUT_REPLY).order_by("created_at", "id"))


def _notice(report: Report, access_key: str, *, private: bool) -> str:
    """The message to the citizen, in the installation's language (Indonesian by default)."""
    url = settings.SITE_URL + reverse("reports:track" if private else "reports:detail",
                                      **({} if private else {"args": [report.tracking_code]}))
    with translation.override(settings.LANGUAGE_CODE):
        if private and access_key:
            return _("Your message has been recorded as a report with the code %(code)s. "
                     "Follow it at %(url)s with the access key %(key)s; keep the key to "
                     "yourself.") % {"code": report.tracking_code, "url": url, "key": access_key}
        return _("Your message has been recorded as a report with the code %(code)s. "
                 "Follow it at %(url)s.") % {"code": report.tracking_code, "url": url}


def convert_to_report(conversation: Conversation, *, user: User,
                      message: ConversationMessage | None = None, title: str | None = None,
                      kind: str = Kind.PENGADUAN, category: Category | None = None,
                      at: dt.datetime | None = None) -> Report:
    """Create the report, link it, and send the citizen its code. Converting again returns the
    linked report and changes nothing.

    The returned report carries `notice_sent` (whether the code went out to the citizen) and
    `access_key` (for the officer to pass on when it could not be sent; "" on a repeat).
    """
    if not user.has_perm("connectors.reply_conversation", conversation):
        raise PermissionDenied(_("You may not work on this conversation."))
    if kind not in Kind.values:
        raise ValidationError(_("Unknown kind of report."))
    from jembatan.reports import actions as report_actions

    with transaction.atomic():
        # The row lock makes a double click (or two officers) produce one report.
        locked = Conversation.objects.select_for_update().select_related("contact").get(
            pk=conversation.pk)
        if locked.report_id is not None:
            report = Report.objects.get(pk=locked.report_id)
            conversation.report = report
            report.notice_sent, report.access_key, report.created_now = True, "", False
            return report
        sources = _source_messages(locked, message)
        body = "\n\n".join(m.body.strip() for m in sources if m.body.strip())
        if not body:
            raise ValidationError(_("The conversation has no text from the citizen to report."))
        contact = locked.contact
        phone, email = contact_phone_email(contact)
        if locked.channel == Platform.WEB:
            # A portal question's address and number are in the question itself (the contact
            # id holds only one of them); without them the report could never reach the asker.
            asked = (locked.messages.filter(direction=ConversationMessage.Direction.IN)
                     .order_by("created_at", "id").first())
            data = asked.data if asked is not None and isinstance(asked.data, dict) else {}
            phone = phone or str(data.get("phone") or "")
            email = email or str(data.get("email") or "")
        private = locked.channel in PRIVATE_CHANNELS
        fallback = locked.subject or _("Message from %(name)s") % {"name": contact}
        report, access_key, _created = report_actions.report_submit(
            kind=kind, title=(title or "").strip() or _title_from(body, fallback), body=body,
            privacy=Privacy.RAHASIA if private else Privacy.PUBLIK,
            reporter_name=contact.name or contact.handle, reporter_phone=phone,
            reporter_email=email, channel=locked.channel, entered_by=user, category=category,
            at=sources[0].created_at,
        )
        locked.report = report
        locked.save(update_fields=["report"])
        conversation.report = report
        audit_record(actor=user, action="conversation_convert", obj=locked,
                     agency=locked.agency, changes={"report": [None, report.tracking_code]},
                     note=report.tracking_code, at=at)
        report.notice_sent = _send_notice(locked, report, access_key, private=private, user=user,
                                          at=at)
        report.access_key = access_key
        report.created_now = True
    return report


def _send_notice(conversation: Conversation, report: Report, access_key: str, *, private: bool,
                 user: User, at: dt.datetime | None = None) -> bool:
    text = _notice(report, access_key, private=private)
    try:
        with transaction.atomic():
            outbound.send_system_message(conversation, text, at=at)
    except (ValidationError, PermissionDenied) as error:  # incl. OutsideServiceWindow
        # WhatsApp's 24-hour rule (or the channel refusing): the report stands; the officer
        # is shown the code and key to pass on another way.
        audit_record(actor=user, action="conversation_convert_notice_failed", obj=conversation,
                     agency=conversation.agency, note=f"{report.tracking_code}: {error}"[:500])
        return False
    return True
