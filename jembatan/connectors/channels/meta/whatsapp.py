"""Replies on WhatsApp through the Cloud API: ``POST /{phone_number_id}/messages``.

A text reply quotes the citizen's message it answers (``context.message_id``); a template
message is what WhatsApp accepts once the 24-hour customer-service window has closed (the
window itself is checked before queueing, in `outbound`). The answer carries the wamid that
later status webhooks (sent, delivered, read, failed) refer to:
``{"messaging_product": "whatsapp", "contacts": [...], "messages": [{"id": "wamid..."}]}``.
"""

from __future__ import annotations

import re

from jembatan.connectors.adapters import SendResult
from jembatan.connectors.channels.meta.graph import GraphRequest, account_problem, call, graph_url
from jembatan.connectors.models import ConversationMessage

Kind = ConversationMessage.Kind

# A business-scoped user id: a country code, a dot, up to 128 letters and digits ("ID.1502…"),
# or a parent id shared by several portfolios ("US.ENT.1181…").
USER_ID = re.compile(r"[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}")


def message_payload(message: ConversationMessage) -> dict:
    """The request body for one outgoing message, as the Cloud API documents it."""
    conversation = message.conversation
    address = conversation.contact.external_id
    payload: dict = {"messaging_product": "whatsapp", "recipient_type": "individual"}
    # A person known only by their business-scoped user id (no phone number) is addressed
    # with `recipient`; a phone number goes in `to`.
    payload["recipient" if USER_ID.fullmatch(address) else "to"] = address
    if message.parent_external_id:
        payload["context"] = {"message_id": message.parent_external_id}
    template = message.data.get("template") if message.kind == Kind.TEMPLATE else None
    if template:
        body: dict = {"name": template["name"],
                      "language": {"code": template.get("language") or "id"}}
        params = template.get("params") or []
        if params:
            body["components"] = [{
                "type": "body",
                "parameters": [{"type": "text", "text": str(value)} for value in params],
            }]
        payload.update({"type": "template", "template": body})
    else:
        payload.update({"type": "text", "text": {"body": message.body, "preview_url": False}})
    return payload


def _wamid(payload: dict) -> str:
    messages = payload.get("messages") or [{}]
    return str(messages[0].get("id", "")) if isinstance(messages[0], dict) else ""


class WhatsAppAdapter:
    def prepare(self, message: ConversationMessage) -> GraphRequest:
        account = message.conversation.account
        phone_number_id = account.external_id if account is not None else ""
        return GraphRequest("POST", graph_url(phone_number_id, "messages"),
                            message_payload(message))

    def preview(self, message: ConversationMessage) -> dict:
        return self.prepare(message).describe()

    def send(self, message: ConversationMessage) -> SendResult:
        account = message.conversation.account
        problem = account_problem(account)
        if problem is not None:
            return problem
        return call(self.prepare(message), token=account.token, read_id=_wamid)
