"""Template helpers for the conversation pages and the staff navigation."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils.translation import gettext as _

register = template.Library()

# Short marks for the channel column; the channel's name is always written beside them.
CHANNEL_MARKS = {"whatsapp": "WA", "facebook": "FB", "instagram": "IG", "email": "@",
                 "web": "www"}


@register.simple_tag(takes_context=True)
def unanswered_conversations(context) -> int:
    """Conversations of the user's agencies waiting for a reply (once per request)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.has_perm("reports.view_inbox"):
        return 0
    cached = getattr(request, "_unanswered_conversations", None)
    if cached is None:
        from jembatan.connectors.selectors import unanswered_count

        cached = unanswered_count(user=user)
        request._unanswered_conversations = cached
    return cached


@register.inclusion_tag("connectors/_channel.html")
def channel_icon(channel: str, label: str = ""):
    return {"channel": channel, "mark": CHANNEL_MARKS.get(channel, "?"), "label": label}


@register.filter
def duration(value) -> str:
    """A waiting or response time in words (core.words.duration_words): "22 jam 17 menit"."""
    from jembatan.core.words import duration_words

    return duration_words(value)


@register.filter
def since(moment, now=None) -> dt.timedelta | None:
    """The time from `moment` until now."""
    if moment is None:
        return None
    from django.utils import timezone

    return (now or timezone.now()) - moment


@register.filter
def message_kind(value: str) -> str:
    """A message kind in words ("kartu kontak"), never its stored code."""
    from jembatan.connectors.models import ConversationMessage

    labels = dict(ConversationMessage.Kind.choices)
    return str(labels.get(value, labels[ConversationMessage.Kind.OTHER]))


@register.filter
def unsupported_kind(value: str) -> str:
    """What a WhatsApp message the Cloud API cannot pass on was, in words; "" if unknown."""
    labels = {
        "poll_creation": _("a poll"), "poll_update": _("a vote in a poll"),
        "view_once": _("a view-once photo or video"), "event_creation": _("an event"),
        "ptv": _("a video message"), "album": _("an album of photos"),
    }
    return str(labels.get(value, ""))


@register.filter
def quarantine_reasons(keys) -> list[str]:
    """Why an email could not be read completely, in sentences staff read."""
    from jembatan.connectors.channels.email.quarantine import reason_labels

    return reason_labels(keys)
