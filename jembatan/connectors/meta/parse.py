"""Meta's webhook payloads, read into events. Pure functions: no database, no network.

The formats are those Meta publishes:

- Facebook Page `feed` changes (`object: "page"`): `entry[].changes[]` with `field: "feed"` and a
  `value` of `item: "comment"`, `verb` add/edited/remove/hide/unhide, `comment_id`, `parent_id`
  (the post for a top-level comment, a comment for a reply), `post_id`, `from {id, name}`,
  `message`, `created_time`.
- Instagram (`object: "instagram"`): `comments` (`value {from {id, username}, media {id,
  media_product_type}, id, parent_id, text}`) and `mentions` (`value {media_id, comment_id}`).
  Depending on the login type the change sits in `entry[].changes[]` or in the entry itself.
- WhatsApp Cloud API (`object: "whatsapp_business_account"`): `entry[].changes[].value` with
  `metadata.phone_number_id`, `contacts[]`, `messages[]` and `statuses[]`.

Every event names the platform and the account id it was addressed to; processing looks the
account up and ignores events for accounts that are not connected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jembatan.connectors.inbound import InboundItem
from jembatan.connectors.models import ConversationMessage, Platform

Kind = ConversationMessage.Kind

OBJECT_PLATFORM = {
    "page": Platform.FACEBOOK,
    "instagram": Platform.INSTAGRAM,
    "whatsapp_business_account": Platform.WHATSAPP,
}


class PayloadError(ValueError):
    """The body is JSON but not a Meta webhook notification."""


@dataclass
class Inbound:
    """A citizen's message or comment. `parent_comment_id` is set for replies to a comment:
    the reply joins the conversation of the comment it answers."""

    platform: str
    account_id: str
    item: InboundItem
    parent_comment_id: str = ""


@dataclass
class OwnComment:
    """A comment written by the Page or Instagram account itself: one of our replies, sent
    through Jembatan or typed directly on the platform."""

    platform: str
    account_id: str
    comment_id: str
    parent_id: str
    body: str
    at: dt.datetime | None


@dataclass
class Edit:
    platform: str
    account_id: str
    external_id: str
    body: str
    at: dt.datetime | None
    # The full comment, so an edit of a comment we never saw is still stored.
    inbound: Inbound | None = None


@dataclass
class Removal:
    platform: str
    account_id: str
    external_id: str
    hidden: bool = False  # verb hide/unhide: the Page hid it, the author did not delete it
    unhide: bool = False


@dataclass
class Status:
    """The delivery status of one of our WhatsApp messages."""

    account_id: str
    external_id: str  # wamid
    status: str  # sent, delivered, read, failed
    at: dt.datetime | None
    errors: list[dict] = field(default_factory=list)

    platform: str = Platform.WHATSAPP


Event = Inbound | OwnComment | Edit | Removal | Status


def parse(payload: object) -> list[Event]:
    """All the events of one notification; unknown fields and item types are skipped."""
    if not is_notification(payload):
        raise PayloadError("not a Meta webhook notification")
    reader = _READERS.get(payload["object"])
    if reader is None:
        return []
    events: list[Event] = []
    for entry in payload["entry"]:
        if isinstance(entry, dict):
            events.extend(reader(entry))
    return events


def is_notification(payload: object) -> bool:
    return (isinstance(payload, dict) and isinstance(payload.get("object"), str)
            and isinstance(payload.get("entry"), list))


# --- helpers ---------------------------------------------------------------------------------

def _str(value: object) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value)


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def timestamp(value: object) -> dt.datetime | None:
    """Unix seconds (int or string, as WhatsApp sends them) or an ISO 8601 time."""
    if value in (None, ""):
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        try:
            parsed = dt.datetime.fromisoformat(str(value).replace("+0000", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    if seconds > 10**11:  # milliseconds
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _changes(entry: dict) -> list[dict]:
    """`entry.changes[]`, or the entry itself when it carries `field` and `value` directly."""
    changes = [change for change in _list(entry.get("changes")) if isinstance(change, dict)]
    if not changes and "field" in entry and "value" in entry:
        changes = [{"field": entry["field"], "value": entry["value"]}]
    return changes


# --- Facebook Page feed ------------------------------------------------------------------------

def _page_entry(entry: dict) -> list[Event]:
    page_id = _str(entry.get("id"))
    events: list[Event] = []
    for change in _changes(entry):
        value = _dict(change.get("value"))
        if change.get("field") != "feed" or value.get("item") != "comment":
            continue
        event = _page_comment(page_id, value, _entry_time(entry))
        if event is not None:
            events.append(event)
    return events


def _entry_time(entry: dict) -> dt.datetime | None:
    return timestamp(entry.get("time"))


def _page_comment(page_id: str, value: dict, entry_time) -> Event | None:
    comment_id = _str(value.get("comment_id"))
    if not comment_id:
        return None
    verb = _str(value.get("verb"))
    author = _dict(value.get("from"))
    author_id = _str(author.get("id"))
    post_id = _str(value.get("post_id"))
    parent_id = _str(value.get("parent_id")) or post_id
    at = timestamp(value.get("created_time")) or entry_time
    body = _str(value.get("message"))
    if verb == "remove":
        return Removal(Platform.FACEBOOK, page_id, comment_id)
    if verb in ("hide", "unhide"):
        return Removal(Platform.FACEBOOK, page_id, comment_id, hidden=True,
                       unhide=verb == "unhide")
    if verb not in ("add", "edited"):
        return None
    if author_id and author_id == page_id:
        return OwnComment(Platform.FACEBOOK, page_id, comment_id, parent_id, body, at)
    is_reply = bool(parent_id) and parent_id != post_id
    post = _dict(value.get("post"))
    media: list[tuple[str, str, str, bytes | None]] = []
    if value.get("photo"):
        media.append((_str(value["photo"]), "image/jpeg", "", None))
    elif value.get("video"):
        media.append((_str(value["video"]), "video/mp4", "", None))
    item = InboundItem(
        channel=Platform.FACEBOOK, contact_id=author_id or f"facebook:{comment_id}",
        contact_name=_str(author.get("name")),
        # A reply's thread is found from its parent at processing time (see process.py).
        thread_key=parent_id if is_reply else comment_id,
        external_id=comment_id, body=body, at=at,
        kind=Kind.IMAGE if media and not body else Kind.TEXT,
        parent_external_id=parent_id if is_reply else "",
        post_id=post_id, post_url=_str(post.get("permalink_url")),
        data={"verb": verb, "post_id": post_id, "parent_id": parent_id},
        media=media,
    )
    inbound = Inbound(Platform.FACEBOOK, page_id, item, parent_comment_id=parent_id
                      if is_reply else "")
    if verb == "edited":
        return Edit(Platform.FACEBOOK, page_id, comment_id, body, at, inbound=inbound)
    return inbound


# --- Instagram --------------------------------------------------------------------------------

def _instagram_entry(entry: dict) -> list[Event]:
    account_id = _str(entry.get("id"))
    at = _entry_time(entry)
    events: list[Event] = []
    for change in _changes(entry):
        value = _dict(change.get("value"))
        field_name = change.get("field")
        if field_name in ("comments", "live_comments"):
            event = _instagram_comment(account_id, value, at)
        elif field_name == "mentions":
            event = _instagram_mention(account_id, value, at)
        else:
            event = None
        if event is not None:
            events.append(event)
    return events


def _instagram_comment(account_id: str, value: dict, at) -> Event | None:
    comment_id = _str(value.get("id"))
    if not comment_id:
        return None
    author = _dict(value.get("from"))
    media = _dict(value.get("media"))
    media_id = _str(media.get("id"))
    parent_id = _str(value.get("parent_id"))
    body = _str(value.get("text"))
    at = timestamp(value.get("timestamp")) or at
    if _str(author.get("id")) == account_id:
        return OwnComment(Platform.INSTAGRAM, account_id, comment_id, parent_id or media_id,
                          body, at)
    username = _str(author.get("username"))
    item = InboundItem(
        channel=Platform.INSTAGRAM, contact_id=_str(author.get("id")) or f"ig:{username}",
        contact_handle=username, thread_key=parent_id or comment_id, external_id=comment_id,
        body=body, at=at, parent_external_id=parent_id, post_id=media_id,
        data={"media_id": media_id,
              "media_product_type": _str(media.get("media_product_type")),
              "parent_id": parent_id},
    )
    return Inbound(Platform.INSTAGRAM, account_id, item, parent_comment_id=parent_id)


def _instagram_mention(account_id: str, value: dict, at) -> Event | None:
    """Someone @mentioned the account in a comment or caption on their own media. The webhook
    carries only the ids; the text is read from the Graph API in live mode (process.py)."""
    media_id = _str(value.get("media_id"))
    comment_id = _str(value.get("comment_id"))
    if not media_id and not comment_id:
        return None
    key = comment_id or media_id
    item = InboundItem(
        channel=Platform.INSTAGRAM, contact_id=f"mention:{key}", thread_key=f"mention:{key}",
        external_id=f"mention:{key}", kind=Kind.MENTION, at=at, post_id=media_id,
        data={"mention": {"media_id": media_id, "comment_id": comment_id}},
    )
    return Inbound(Platform.INSTAGRAM, account_id, item)


# --- WhatsApp Cloud API -----------------------------------------------------------------------

def _whatsapp_entry(entry: dict) -> list[Event]:
    events: list[Event] = []
    for change in _changes(entry):
        if change.get("field") != "messages":
            continue
        value = _dict(change.get("value"))
        phone_number_id = _str(_dict(value.get("metadata")).get("phone_number_id"))
        names = {_str(contact.get("wa_id")): _str(_dict(contact.get("profile")).get("name"))
                 for contact in _list(value.get("contacts")) if isinstance(contact, dict)}
        for message in _list(value.get("messages")):
            if isinstance(message, dict):
                event = _whatsapp_message(phone_number_id, message, names)
                if event is not None:
                    events.append(event)
        for status in _list(value.get("statuses")):
            if isinstance(status, dict) and status.get("id"):
                events.append(Status(
                    account_id=phone_number_id, external_id=_str(status["id"]),
                    status=_str(status.get("status")), at=timestamp(status.get("timestamp")),
                    errors=[e for e in _list(status.get("errors")) if isinstance(e, dict)],
                ))
    return events


WHATSAPP_MEDIA = ("image", "document", "audio", "video", "sticker")


def _whatsapp_message(phone_number_id: str, message: dict, names: dict) -> Event | None:
    wamid = _str(message.get("id"))
    wa_id = _str(message.get("from"))
    if not wamid or not wa_id:
        return None
    kind_name = _str(message.get("type"))
    content = _dict(message.get(kind_name))
    body = ""
    kind = Kind.OTHER
    media: list[tuple[str, str, str, bytes | None]] = []
    data: dict = {"type": kind_name}
    if kind_name == "text":
        kind, body = Kind.TEXT, _str(content.get("body"))
    elif kind_name in WHATSAPP_MEDIA:
        kind = {"image": Kind.IMAGE, "document": Kind.DOCUMENT}.get(kind_name, Kind.OTHER)
        body = _str(content.get("caption"))
        media.append((_str(content.get("id")), _str(content.get("mime_type")),
                      _str(content.get("filename")), None))
        data["media"] = {key: content[key] for key in ("id", "mime_type", "sha256", "filename")
                         if key in content}
    elif kind_name == "location":
        kind = Kind.LOCATION
        body = ", ".join(part for part in (_str(content.get("name")),
                                           _str(content.get("address"))) if part)
        data["location"] = {key: content[key] for key in
                            ("latitude", "longitude", "name", "address", "url") if key in content}
    elif kind_name == "interactive":
        kind = Kind.INTERACTIVE
        reply = _dict(content.get(_str(content.get("type"))))
        body = _str(reply.get("title"))
        data["reply"] = {"type": _str(content.get("type")), "id": _str(reply.get("id")),
                         "title": body, "description": _str(reply.get("description"))}
    elif kind_name == "button":
        kind = Kind.INTERACTIVE
        body = _str(content.get("text"))
        data["reply"] = {"type": "button", "id": _str(content.get("payload")), "title": body}
    elif kind_name == "reaction":
        body = _str(content.get("emoji"))
        data["reaction_to"] = _str(content.get("message_id"))
    context = _dict(message.get("context"))
    if context.get("id"):
        data["context"] = {"id": _str(context["id"]), "from": _str(context.get("from"))}
    item = InboundItem(
        channel=Platform.WHATSAPP, contact_id=wa_id, contact_name=names.get(wa_id, ""),
        thread_key=wa_id, external_id=wamid, body=body, kind=kind,
        at=timestamp(message.get("timestamp")), parent_external_id=_str(context.get("id")),
        data=data, media=media,
    )
    return Inbound(Platform.WHATSAPP, phone_number_id, item)


_READERS = {
    "page": _page_entry,
    "instagram": _instagram_entry,
    "whatsapp_business_account": _whatsapp_entry,
}
