"""Meta's webhook payloads, read into events. Pure functions: no database, no network.

The formats are those Meta publishes:

- Facebook Page `feed` changes (`object: "page"`): `entry[].changes[]` with `field: "feed"` and a
  `value` of `item: "comment"`, `verb` add/edited/remove/hide/unhide, `comment_id`, `parent_id`
  (the post for a top-level comment, a comment for a reply), `post_id`, `from {id, name}`,
  `message`, `created_time`.
- Instagram (`object: "instagram"`): `comments` (`value {from {id, username}, media {id,
  media_product_type}, id, parent_id, text}`) and `mentions` (`value {media_id, comment_id}`).
  Depending on the login type the change sits in `entry[].changes[]` or in the entry itself.
- Visitor posts on the Page: `feed` changes with `item` post/status/photo/video written by
  someone other than the Page. Older feed changes name the author `sender_id`/`sender_name`
  instead of `from {id, name}`.
- WhatsApp Cloud API (`object: "whatsapp_business_account"`): `entry[].changes[].value` with
  `metadata.phone_number_id`, `contacts[]` (`wa_id`, and since usernames `user_id` and
  `profile.username`), `messages[]` (`from` may be missing: `from_user_id` then identifies the
  sender), `statuses[]` and `errors[]`. Message types: text, image, audio, video, document,
  sticker, location, contacts, interactive (button_reply, list_reply, nfm_reply), button,
  reaction (an empty emoji takes it back), order, system, request_welcome, edit, revoke,
  unsupported/unknown (with `errors[]`); any of them may carry `context` and `referral`.

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
class Revoke:
    """A WhatsApp user withdrew ("deleted for everyone") one of their messages."""

    platform: str
    account_id: str
    external_id: str  # the original wamid
    at: dt.datetime | None


@dataclass
class ReactionRemoval:
    """A WhatsApp reaction taken back (Meta sends the reaction again with an empty emoji)."""

    platform: str
    account_id: str
    contact_id: str
    message_id: str  # the message the reaction was on


@dataclass
class IdentityChange:
    """A WhatsApp `system` notice: the person changed number (or business-scoped id), or their
    identity key changed. A fact about the contact, not a message to answer; it is shown in
    the conversation as a notice."""

    platform: str
    account_id: str
    notice: Inbound
    old_id: str
    new_id: str


@dataclass
class AccountErrors:
    """Errors Meta reports for the number itself (`value.errors`), not for one message."""

    platform: str
    account_id: str
    errors: list[dict]


@dataclass
class Unreadable:
    """A part of a notification that could not be read. Its siblings are still applied; this
    one is recorded on the delivery with the reason."""

    platform: str
    account_id: str
    where: str
    reason: str


@dataclass
class Status:
    """The delivery status of one of our WhatsApp messages."""

    account_id: str
    external_id: str  # wamid
    status: str  # sent, delivered, read, failed
    at: dt.datetime | None
    errors: list[dict] = field(default_factory=list)

    platform: str = Platform.WHATSAPP


Event = (Inbound | OwnComment | Edit | Removal | Status | Revoke | ReactionRemoval
         | IdentityChange | AccountErrors | Unreadable)


def parse(payload: object) -> list[Event]:
    """All the events of one notification; unknown fields and item types are skipped.

    Each entry, change and message is read on its own: a part that cannot be read becomes an
    `Unreadable` event and its siblings are read as usual."""
    if not is_notification(payload):
        raise PayloadError("not a Meta webhook notification")
    platform = OBJECT_PLATFORM.get(payload["object"], "")
    reader = _READERS.get(payload["object"])
    if reader is None:
        return []
    events: list[Event] = []
    for index, entry in enumerate(payload["entry"]):
        if isinstance(entry, dict):
            events.extend(guarded(platform, _str(entry.get("id")), f"entry {index}", reader,
                                  entry))
    return events


def guarded(platform: str, account_id: str, where: str, read, *args) -> list[Event]:
    """`read(*args)` as a list of events, or one `Unreadable` event if it raises."""
    try:
        result = read(*args)
    except Exception as error:  # one bad part must not sink its siblings
        return [Unreadable(platform, account_id, where, f"{type(error).__name__}: {error}")]
    if result is None:
        return []
    return result if isinstance(result, list) else [result]


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
        # A 400-digit integer overflows a float: such a time is as unreadable as a word.
        seconds = float(value)
    except OverflowError:
        return None
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
    entry_time = _entry_time(entry)
    events: list[Event] = []
    for index, change in enumerate(_changes(entry)):
        value = _dict(change.get("value"))
        if change.get("field") != "feed":
            continue
        item = value.get("item")
        if item == "comment":
            read = _page_comment
        elif item in VISITOR_POST_ITEMS:
            read = _page_post
        else:
            continue
        events.extend(guarded(Platform.FACEBOOK, page_id, f"change {index}", read, page_id,
                              value, entry_time))
    return events


# What a visitor can publish on a Page's timeline: a text post or status, a photo, a video.
VISITOR_POST_ITEMS = ("post", "status", "photo", "video")


def _entry_time(entry: dict) -> dt.datetime | None:
    return timestamp(entry.get("time"))


def _page_author(value: dict) -> tuple[str, str]:
    """(id, name) of whoever wrote the item: `from {id, name}`, or in the older form that Meta
    still sends for some changes, `sender_id` and `sender_name`."""
    author = _dict(value.get("from"))
    return (_str(author.get("id")) or _str(value.get("sender_id")),
            _str(author.get("name")) or _str(value.get("sender_name")))


def _page_post(page_id: str, value: dict, entry_time) -> Event | None:
    """A visitor's post on the Page: a conversation of its own, as a comment starts one. The
    Page's own posts are publications, not messages."""
    post_id = _str(value.get("post_id"))
    verb = _str(value.get("verb"))
    if not post_id:
        return None
    author_id, author_name = _page_author(value)
    if verb in ("remove", "delete"):
        return Removal(Platform.FACEBOOK, page_id, post_id)
    if verb in ("hide", "unhide"):
        return Removal(Platform.FACEBOOK, page_id, post_id, hidden=True,
                       unhide=verb == "unhide")
    if verb not in ("add", "edited") or not author_id or author_id == page_id:
        return None
    body = _str(value.get("message"))
    links = [_str(link) for link in _list(value.get("photos"))]
    if not links and value.get("item") in ("photo", "video") and value.get("link"):
        links = [_str(value["link"])]
    content_type = "video/mp4" if value.get("item") == "video" else "image/jpeg"
    media: list[tuple[str, str, str, bytes | None]] = [(link, content_type, "", None)
                                                       for link in links if link]
    at = timestamp(value.get("created_time")) or entry_time
    item = InboundItem(
        channel=Platform.FACEBOOK, contact_id=author_id, contact_name=author_name,
        thread_key=post_id, external_id=post_id, body=body, at=at,
        kind=_media_kind(media) if media and not body else Kind.TEXT,
        post_id=post_id, post_url=_str(value.get("permalink_url")),
        data={"verb": verb, "item": _str(value.get("item")), "post_id": post_id,
              "visitor_post": True},
        media=media,
    )
    inbound = Inbound(Platform.FACEBOOK, page_id, item)
    if verb == "edited":
        return Edit(Platform.FACEBOOK, page_id, post_id, body, at, inbound=inbound)
    return inbound


def _media_kind(media) -> str:
    content_type = media[0][1]
    return Kind.VIDEO if content_type.startswith("video/") else Kind.IMAGE


def _page_comment(page_id: str, value: dict, entry_time) -> Event | None:
    comment_id = _str(value.get("comment_id"))
    if not comment_id:
        return None
    verb = _str(value.get("verb"))
    author_id, author_name = _page_author(value)
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
        contact_name=author_name,
        # A reply's thread is found from its parent at processing time (see process.py).
        thread_key=parent_id if is_reply else comment_id,
        external_id=comment_id, body=body, at=at,
        kind=_media_kind(media) if media and not body else Kind.TEXT,
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
    for index, change in enumerate(_changes(entry)):
        if change.get("field") != "messages":
            continue
        value = _dict(change.get("value"))
        phone_number_id = _str(_dict(value.get("metadata")).get("phone_number_id"))
        events.extend(guarded(Platform.WHATSAPP, phone_number_id, f"change {index}",
                              _whatsapp_value, phone_number_id, value))
    return events


def _whatsapp_value(phone_number_id: str, value: dict) -> list[Event]:
    senders = _senders(value.get("contacts"))
    events: list[Event] = []
    for index, message in enumerate(_list(value.get("messages"))):
        if isinstance(message, dict):
            where = f"message {index} {_str(message.get('id'))}".strip()
            events.extend(guarded(Platform.WHATSAPP, phone_number_id, where,
                                  _whatsapp_message, phone_number_id, message, senders))
    for index, status in enumerate(_list(value.get("statuses"))):
        if isinstance(status, dict) and status.get("id"):
            events.extend(guarded(Platform.WHATSAPP, phone_number_id, f"status {index}",
                                  _whatsapp_status, phone_number_id, status))
    errors = _errors(value.get("errors"))
    if errors:
        events.append(AccountErrors(Platform.WHATSAPP, phone_number_id, errors))
    return events


def _whatsapp_status(phone_number_id: str, status: dict) -> Status:
    return Status(account_id=phone_number_id, external_id=_str(status["id"]),
                  status=_str(status.get("status")), at=timestamp(status.get("timestamp")),
                  errors=[e for e in _list(status.get("errors")) if isinstance(e, dict)])


def _errors(value: object) -> list[dict]:
    """Meta's error objects, reduced to what staff can read: code, title, details."""
    errors = []
    for error in _list(value):
        if isinstance(error, dict):
            errors.append({"code": _str(error.get("code")),
                           "title": _str(error.get("title")) or _str(error.get("message")),
                           "details": _str(_dict(error.get("error_data")).get("details"))})
    return errors


@dataclass
class Sender:
    """Who wrote a WhatsApp message. Since usernames, the phone number (`from`, `wa_id`) is
    left out for a person who hides it; the business-scoped user id (`from_user_id`,
    `user_id`, "ID.1234…") is always there. The contact is keyed by the number when Meta
    gives one, by the user id otherwise."""

    phone: str = ""
    user_id: str = ""
    name: str = ""
    username: str = ""

    @property
    def contact_id(self) -> str:
        return self.phone or self.user_id


def _senders(contacts: object) -> list[Sender]:
    senders = []
    for contact in _list(contacts):
        if isinstance(contact, dict):
            profile = _dict(contact.get("profile"))
            senders.append(Sender(
                phone=_str(contact.get("wa_id")), user_id=_str(contact.get("user_id")),
                name=_str(profile.get("name")),
                username=_str(profile.get("username")) or _str(contact.get("username"))))
    return senders


def _sender_of(message: dict, senders: list[Sender]) -> Sender:
    phone = _str(message.get("from"))
    user_id = _str(message.get("from_user_id"))
    match = next((sender for sender in senders
                  if (phone and sender.phone == phone)
                  or (user_id and sender.user_id == user_id)), None)
    if match is None and len(senders) == 1 and not (phone and senders[0].phone):
        match = senders[0]
    match = match or Sender()
    return Sender(phone=phone or match.phone, user_id=user_id or match.user_id,
                  name=match.name, username=match.username)


WHATSAPP_MEDIA = {"image": Kind.IMAGE, "document": Kind.DOCUMENT, "audio": Kind.AUDIO,
                  "video": Kind.VIDEO, "sticker": Kind.STICKER}


def _whatsapp_message(phone_number_id: str, message: dict, senders: list[Sender]) -> Event | None:
    wamid = _str(message.get("id"))
    if not wamid:
        return None
    sender = _sender_of(message, senders)
    kind_name = _str(message.get("type"))
    content = _dict(message.get(kind_name))
    at = timestamp(message.get("timestamp"))
    if kind_name == "edit":
        original = _str(content.get("original_message_id"))
        if not original:
            return None
        # The edited message as it reads now, under its original id: stored as such if the
        # original never reached us.
        inner = {**_dict(content.get("message")), "id": original,
                 "timestamp": message.get("timestamp")}
        current = _whatsapp_inbound(phone_number_id, inner, sender)
        return Edit(Platform.WHATSAPP, phone_number_id, original, current.item.body, at,
                    inbound=current)
    if kind_name == "revoke":
        original = _str(content.get("original_message_id"))
        return Revoke(Platform.WHATSAPP, phone_number_id, original, at) if original else None
    if kind_name == "reaction" and not _str(content.get("emoji")):
        return ReactionRemoval(Platform.WHATSAPP, phone_number_id,
                               sender.contact_id or f"whatsapp:{wamid}",
                               _str(content.get("message_id")))
    if kind_name == "system":
        return _whatsapp_system(phone_number_id, message, sender, content)
    return _whatsapp_inbound(phone_number_id, message, sender)


def _whatsapp_system(phone_number_id: str, message: dict, sender: Sender,
                     content: dict) -> IdentityChange:
    notice = _whatsapp_inbound(phone_number_id, message, sender)
    change = _str(content.get("type"))
    new_id = ""
    if change == "user_changed_number":
        new_id = _str(content.get("wa_id")) or _str(content.get("new_wa_id"))
    elif change == "user_changed_user_id" and not sender.phone:
        # Only a contact known by its user id follows a new user id.
        new_id = _str(content.get("user_id")) or _str(content.get("new_user_id"))
    return IdentityChange(Platform.WHATSAPP, phone_number_id, notice, sender.contact_id, new_id)


def _whatsapp_inbound(phone_number_id: str, message: dict, sender: Sender) -> Inbound:
    wamid = _str(message.get("id"))
    kind_name = _str(message.get("type"))
    content = _dict(message.get(kind_name))
    body = ""
    kind = Kind.UNSUPPORTED
    media: list[tuple[str, str, str, bytes | None]] = []
    data: dict = {"type": kind_name}
    if kind_name == "text":
        kind, body = Kind.TEXT, _str(content.get("body"))
    elif kind_name in WHATSAPP_MEDIA:
        kind = WHATSAPP_MEDIA[kind_name]
        body = _str(content.get("caption"))
        media.append((_str(content.get("id")), _str(content.get("mime_type")),
                      _str(content.get("filename")), None))
        data["media"] = {key: content[key] for key in
                         ("id", "mime_type", "sha256", "filename", "voice", "animated")
                         if key in content}
    elif kind_name == "location":
        kind = Kind.LOCATION
        body = ", ".join(part for part in (_str(content.get("name")),
                                           _str(content.get("address"))) if part)
        data["location"] = {key: content[key] for key in
                            ("latitude", "longitude", "name", "address", "url") if key in content}
    elif kind_name == "contacts":
        kind = Kind.CONTACTS
        cards = [_contact_card(card) for card in _list(message.get("contacts"))
                 if isinstance(card, dict)]
        data["contacts"] = cards
        body = "\n".join(_card_text(card) for card in cards)
    elif kind_name == "interactive":
        kind = Kind.INTERACTIVE
        reply_type = _str(content.get("type"))
        reply = _dict(content.get(reply_type))
        # A WhatsApp Flow's answer (nfm_reply) has a body and the form's fields as JSON.
        body = _str(reply.get("title")) or _str(reply.get("body"))
        data["reply"] = {"type": reply_type, "id": _str(reply.get("id")), "title": body,
                         "description": _str(reply.get("description"))}
        if reply.get("response_json"):
            data["reply"]["response_json"] = _str(reply["response_json"])
    elif kind_name == "button":
        kind = Kind.INTERACTIVE
        body = _str(content.get("text"))
        data["reply"] = {"type": "button", "id": _str(content.get("payload")), "title": body}
    elif kind_name == "reaction":
        kind = Kind.REACTION
        body = _str(content.get("emoji"))
        data["reaction_to"] = _str(content.get("message_id"))
    elif kind_name == "order":
        kind = Kind.ORDER
        body = _str(content.get("text"))
        data["order"] = {
            "catalog_id": _str(content.get("catalog_id")),
            "items": [{"product": _str(item.get("product_retailer_id")),
                       "quantity": _str(item.get("quantity")),
                       "price": _str(item.get("item_price")),
                       "currency": _str(item.get("currency"))}
                      for item in _list(content.get("product_items")) if isinstance(item, dict)],
        }
    elif kind_name == "unsupported" and content.get("type"):
        # What WhatsApp could not pass on: a poll, a view-once photo, an event…
        data["unsupported_type"] = _str(content["type"])
    elif kind_name in ("system", "request_welcome"):
        kind = Kind.SYSTEM
        body = _str(content.get("body"))
        data["system"] = {"type": _str(content.get("type")) or kind_name}
    errors = _errors(message.get("errors"))
    if errors:
        data["errors"] = errors
    referral = _dict(message.get("referral"))
    if referral:
        # The ad or post a click-to-WhatsApp message came from.
        data["referral"] = {key: _str(referral.get(key)) for key in
                            ("source_url", "source_type", "source_id", "headline", "body",
                             "media_type") if referral.get(key)}
    context = _dict(message.get("context"))
    if context.get("id"):
        data["context"] = {"id": _str(context["id"]), "from": _str(context.get("from"))}
    if sender.user_id or sender.username:
        data["sender"] = {"user_id": sender.user_id, "username": sender.username}
    contact_id = sender.contact_id or f"whatsapp:{wamid}"
    item = InboundItem(
        channel=Platform.WHATSAPP, contact_id=contact_id, contact_name=sender.name,
        contact_handle=sender.username, thread_key=contact_id, external_id=wamid, body=body,
        kind=kind, at=timestamp(message.get("timestamp")),
        parent_external_id=_str(context.get("id")), data=data, media=media,
    )
    return Inbound(Platform.WHATSAPP, phone_number_id, item)


def _contact_card(card: dict) -> dict:
    """A shared contact card, with what staff need: the name, numbers, addresses, employer."""
    name = _dict(card.get("name"))
    full_name = _str(name.get("formatted_name")) or " ".join(
        part for part in (_str(name.get("first_name")), _str(name.get("last_name"))) if part)
    return {
        "name": full_name,
        "phones": [{"phone": _str(phone.get("phone")), "wa_id": _str(phone.get("wa_id")),
                    "type": _str(phone.get("type"))}
                   for phone in _list(card.get("phones")) if isinstance(phone, dict)],
        "emails": [_str(email.get("email")) for email in _list(card.get("emails"))
                   if isinstance(email, dict) and email.get("email")],
        "org": _str(_dict(card.get("org")).get("company")),
    }


def _card_text(card: dict) -> str:
    numbers = [phone["phone"] or phone["wa_id"] for phone in card["phones"]]
    details = ", ".join(part for part in [*numbers, *card["emails"], card["org"]] if part)
    return f"{card['name']}: {details}" if card["name"] and details else card["name"] or details


_READERS = {
    "page": _page_entry,
    "instagram": _instagram_entry,
    "whatsapp_business_account": _whatsapp_entry,
}
