"""Messages to a participant's mobile number by WhatsApp (decision 0057): the one-time code
that confirms the number, and the one message that tells them the agency's answer.

Both leave from one WhatsApp number the agencies already connected as a channel
(`PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID`, a ConnectedAccount whose token the admin manages),
through the channels' Graph API client. WhatsApp accepts a message to someone who has not
written first only as an approved template: an *authentication* template for the code
(`PARTICIPATION_WHATSAPP_OTP_TEMPLATE`) and a *utility* template for the answer
(`PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE`; without it phone participants are not told).

In outbox mode (`CONNECTORS_MODE=outbox`, the demo and development) nothing leaves the server:
each request is written as a JSON file under `PARTICIPATION_WHATSAPP_OUTBOX_DIR`, as email is
written under var/mail. Neither the number nor the code is ever logged.
"""

from __future__ import annotations

import json
import logging
import secrets
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.connectors.channels.meta import graph
from jembatan.connectors.models import ConnectedAccount, Platform

logger = logging.getLogger(__name__)

# Meta's language code of the Indonesian templates the agency has approved.
TEMPLATE_LANGUAGE = "id"


class SendFailed(Exception):
    """The message could not be handed to WhatsApp; `message` tells the citizen what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def sender_account() -> ConnectedAccount | None:
    """The connected WhatsApp number that sends, when one is configured and can send now."""
    phone_number_id = settings.PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID
    if not phone_number_id or not settings.PARTICIPATION_WHATSAPP_OTP_TEMPLATE:
        return None
    account = ConnectedAccount.objects.filter(
        platform=Platform.WHATSAPP, external_id=phone_number_id, is_active=True).first()
    if account is None or (settings.CONNECTORS_MODE == "live" and not account.has_token):
        return None
    return account


def codes_available() -> bool:
    """Whether a code can reach a mobile number; when not, the confirm form offers email only,
    so nobody is promised a code that cannot come."""
    return sender_account() is not None


def answers_available() -> bool:
    """Whether a confirmed number can be told the answer later (so it is worth keeping)."""
    return bool(settings.PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE) and codes_available()


def _template_request(account: ConnectedAccount, *, number: str, name: str,
                      components: list[dict]) -> graph.GraphRequest:
    # The Cloud API takes the number without its "+".
    return graph.GraphRequest("POST", graph.graph_url(account.external_id, "messages"), {
        "messaging_product": "whatsapp", "to": number.lstrip("+"), "type": "template",
        "template": {"name": name, "language": {"code": TEMPLATE_LANGUAGE},
                     "components": components},
    })


def code_request(account: ConnectedAccount, *, number: str, code: str) -> graph.GraphRequest:
    """An authentication template with a copy-code button, as Meta documents it: the code is
    the body's one parameter and the button's (a copy-code button is a URL button, index 0)."""
    return _template_request(account, number=number,
                             name=settings.PARTICIPATION_WHATSAPP_OTP_TEMPLATE, components=[
        {"type": "body", "parameters": [{"type": "text", "text": code}]},
        {"type": "button", "sub_type": "url", "index": "0",
         "parameters": [{"type": "text", "text": code}]},
    ])


def _one_line(text: str, limit: int) -> str:
    # WhatsApp refuses template parameters with new lines, tabs or more than four spaces.
    return " ".join(str(text).split())[:limit]


def answer_request(account: ConnectedAccount, *, number: str, name: str, agency: str,
                   title: str, url: str) -> graph.GraphRequest:
    """The utility template that tells a participant the agency answered: {{1}} their name,
    {{2}} the agency, {{3}} what they took part in, {{4}} the link to the answer."""
    values = [_one_line(name, 80), _one_line(agency, 200), _one_line(title, 150), url]
    return _template_request(account, number=number,
                             name=settings.PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE, components=[
        {"type": "body", "parameters": [{"type": "text", "text": value} for value in values]},
    ])


def _outbox_write(request: graph.GraphRequest) -> None:
    folder = Path(settings.PARTICIPATION_WHATSAPP_OUTBOX_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{timezone.now():%Y%m%d-%H%M%S}-{secrets.token_hex(4)}.json"
    (folder / name).write_text(json.dumps(request.describe(), ensure_ascii=False, indent=2),
                               encoding="utf-8")


def _wamid(payload: dict) -> str:
    messages = payload.get("messages") or [{}]
    return str(messages[0].get("id", "")) if isinstance(messages[0], dict) else ""


def _deliver(account: ConnectedAccount, request: graph.GraphRequest, *, what: str):
    """Send (live) or write to the outbox; the SendResult, or None when written."""
    if settings.CONNECTORS_MODE != "live":
        _outbox_write(request)
        return None
    result = graph.call(request, token=account.token, read_id=_wamid)
    if not result.ok:
        # The result code only: never the number or the code.
        logger.warning("Participation %s not sent by WhatsApp: %s", what, result.code)
    return result


def code_deliver(*, number: str, code: str) -> None:
    """Hand the code for `number` (E.164) to WhatsApp; raises SendFailed when it cannot."""
    account = sender_account()
    if account is None:
        raise SendFailed(_("Codes by WhatsApp are not available at the moment. Please use your "
                           "email address."))
    result = _deliver(account, code_request(account, number=number, code=code), what="code")
    if result is None or result.ok:
        return
    if result.retry:
        raise SendFailed(_("WhatsApp could not be reached just now. Please try again in a few "
                           "minutes, or use your email address."))
    if result.code in graph.ACCOUNT_PROBLEMS:
        raise SendFailed(_("Codes by WhatsApp are not available at the moment. Please use your "
                           "email address."))
    raise SendFailed(_("WhatsApp could not deliver a code to this number. Check that it is "
                       "your mobile number and that it uses WhatsApp, or use your email "
                       "address."))


def answer_deliver(*, number: str, name: str, agency: str, title: str, url: str) -> bool:
    """Tell a participant by WhatsApp that the agency answered; False when no answer template
    is set or WhatsApp refused (the reason is logged, the number never)."""
    account = sender_account() if settings.PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE else None
    if account is None:
        return False
    result = _deliver(account, answer_request(account, number=number, name=name, agency=agency,
                                              title=title, url=url), what="answer")
    return result is None or result.ok
