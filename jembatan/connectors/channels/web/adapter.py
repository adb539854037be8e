"""Answers to questions asked on the portal: the asker reads them in their private thread, and
gets them by email when they left an address. Without an address there is nothing to deliver:
the answer waits in the thread."""

from __future__ import annotations

import smtplib
from email.utils import make_msgid

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from jembatan.connectors.adapters import SendResult
from jembatan.connectors.channels.web import questions
from jembatan.connectors.models import ConversationMessage


class WebAdapter:
    def send(self, message: ConversationMessage) -> SendResult:
        conversation = message.conversation
        address = questions.asker_email(conversation)
        if not address:
            return SendResult(ok=True, external_id=f"web:{message.pk}")
        key = questions.private_key(conversation)
        link = settings.SITE_URL + questions.private_link_path(key) if key else ""
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Answer from %(agency)s") % {"agency": conversation.agency.name}
            body = render_to_string("connectors/email/web_answer.txt", {
                "conversation": conversation, "message": message, "link": link,
            })
        domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip("> ") or None
        message_id = make_msgid(domain=domain)
        email = EmailMessage(subject=subject, body=body, to=[address],
                             headers={"Message-ID": message_id})
        try:
            email.send()
        except smtplib.SMTPRecipientsRefused:
            return SendResult(ok=False, code="rejected", retry=False,
                              error=_("The asker's email address was refused."))
        except (smtplib.SMTPException, OSError) as error:
            return SendResult(ok=False, code="network", retry=True,
                              error=_("The mail server could not be reached: %(error)s")
                              % {"error": error.__class__.__name__})
        return SendResult(ok=True, external_id=message_id)
