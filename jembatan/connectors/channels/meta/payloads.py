"""Webhook notifications in exactly the shapes Meta documents, for the simulator, the demo and
the tests. Each builder returns one notification (`{"object", "entry"}`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random

from jembatan.connectors.channels.meta import signature

WABA_ID = "102290129340398"  # the WhatsApp Business Account; routing uses phone_number_id


def unix(at: dt.datetime) -> int:
    return int(at.timestamp())


def encode(payload: dict) -> bytes:
    """The body as Meta sends it: compact UTF-8 JSON, non-ASCII characters escaped."""
    return json.dumps(payload, separators=(",", ":")).encode()


def signed(payload: dict, secret: str) -> tuple[bytes, dict[str, str]]:
    body = encode(payload)
    return body, {"Content-Type": "application/json",
                  signature.HEADER: signature.sign(body, secret)}


def new_wamid(rng: random.Random | None = None) -> str:
    rng = rng or random.Random()
    raw = hashlib.sha256(str(rng.random()).encode()).hexdigest().upper()[:32]
    return f"wamid.HBgM{raw}FQIAEhgg{raw[:16]}AA=="


def new_meta_id(rng: random.Random | None = None, digits: int = 17) -> str:
    rng = rng or random.Random()
    return str(rng.randint(10 ** (digits - 1), 10 ** digits - 1))


# --- WhatsApp Cloud API -----------------------------------------------------------------------

def _whatsapp(phone_number_id: str, value: dict, display_phone: str = "6228632100") -> dict:
    return {
        "object": "whatsapp_business_account",
        "entry": [{
            "id": WABA_ID,
            "changes": [{
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": display_phone,
                                 "phone_number_id": phone_number_id},
                    **value,
                },
                "field": "messages",
            }],
        }],
    }


def whatsapp_message(*, phone_number_id: str, wa_id: str, name: str, wamid: str,
                     at: dt.datetime, type: str = "text", text: str = "",
                     content: dict | None = None, context: dict | None = None) -> dict:
    """A message from a citizen. `content` is the object under the type's key for media,
    location and interactive messages (e.g. {"id", "mime_type", "sha256", "caption"})."""
    message: dict = {"from": wa_id, "id": wamid, "timestamp": str(unix(at)), "type": type}
    if context:
        message["context"] = context
    message[type] = {"body": text} if type == "text" else (content or {})
    return _whatsapp(phone_number_id, {
        "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
        "messages": [message],
    })


def whatsapp_status(*, phone_number_id: str, wamid: str, recipient_id: str, status: str,
                    at: dt.datetime, errors: list[dict] | None = None) -> dict:
    entry: dict = {"id": wamid, "status": status, "timestamp": str(unix(at)),
                   "recipient_id": recipient_id}
    if status != "failed":
        entry["conversation"] = {"id": "CONVERSATION_ID",
                                 "origin": {"type": "service"}}
        entry["pricing"] = {"billable": False, "pricing_model": "PMP", "category": "service",
                            "type": "free_customer_service"}
    if errors:
        entry["errors"] = errors
    return _whatsapp(phone_number_id, {"statuses": [entry]})


# --- Facebook Page feed -----------------------------------------------------------------------

def page_comment(*, page_id: str, post_id: str, comment_id: str, author_id: str,
                 author_name: str, message: str, at: dt.datetime, verb: str = "add",
                 parent_id: str = "", photo: str = "") -> dict:
    """A comment (parent_id = post_id) or a reply (parent_id = a comment) on a Page post."""
    value: dict = {
        "from": {"id": author_id, "name": author_name},
        "post": {"status_type": "added_photos", "is_published": True,
                 "updated_time": at.strftime("%Y-%m-%dT%H:%M:%S+0000"),
                 "permalink_url": f"https://www.facebook.com/{post_id}",
                 "promotion_status": "inactive", "id": post_id},
        "post_id": post_id,
        "comment_id": comment_id,
        "created_time": unix(at),
        "item": "comment",
        "parent_id": parent_id or post_id,
        "verb": verb,
    }
    if verb != "remove":
        value["message"] = message
    if photo:
        value["photo"] = photo
    return {"object": "page", "entry": [{
        "id": page_id, "time": unix(at),
        "changes": [{"field": "feed", "value": value}],
    }]}


# --- Instagram --------------------------------------------------------------------------------

def instagram_comment(*, account_id: str, media_id: str, comment_id: str, author_id: str,
                      username: str, text: str, at: dt.datetime, parent_id: str = "",
                      media_product_type: str = "FEED") -> dict:
    value: dict = {
        "from": {"id": author_id, "username": username},
        "media": {"id": media_id, "media_product_type": media_product_type},
        "id": comment_id,
        "text": text,
    }
    if parent_id:
        value["parent_id"] = parent_id
    return {"object": "instagram", "entry": [{
        "id": account_id, "time": unix(at),
        "changes": [{"field": "comments", "value": value}],
    }]}


def instagram_mention(*, account_id: str, media_id: str, comment_id: str,
                      at: dt.datetime) -> dict:
    return {"object": "instagram", "entry": [{
        "id": account_id, "time": unix(at),
        "changes": [{"field": "mentions",
                     "value": {"media_id": media_id, "comment_id": comment_id}}],
    }]}
