"""Template helpers for the conversation pages and the staff navigation."""

from __future__ import annotations

import datetime as dt

from django import template
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from jembatan.core.words import short_moment

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


# A number no conversation has, reversed once per page and replaced by each row's (decision
# 0059, as participation_tags does for comments).
_PK = 987654321


@register.simple_tag(takes_context=True)
def conversation_rows_html(context) -> SafeString:
    """The conversation list's rows as `connectors/_inbox_rows.html` writes them, byte for
    byte, written here because the template engine's lookups, filters and the channel mark's
    inclusion cost most of the list's CPU (`tests/test_inbox_rows_html.py` keeps the two
    equal)."""
    return conversation_rows(
        page=context.get("page"), now=context.get("now"), spam_view=bool(context.get("spam_view")),
        here=context.get("here", ""), query=context.get("query", ""),
        nothing_waits=bool(context.get("nothing_waits")), oldest=bool(context.get("oldest")),
        csrf_token=context.get("csrf_token"))


def conversation_rows(*, page, now, spam_view: bool, here: str, query: str, nothing_waits: bool,
                      oldest: bool, csrf_token) -> SafeString:
    from jembatan.core.words import duration_words

    csrf = ""
    if csrf_token and csrf_token != "NOTPROVIDED":
        csrf = f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
    urls = {"open": reverse("connectors:conversation", args=[_PK]),
            "spam": reverse("connectors:spam_restore" if spam_view else "connectors:spam_mark",
                            args=[_PK])}
    here = escape(here or "")
    from jembatan.connectors.models import Conversation, ConversationMessage, Platform

    # Translated and escaped once per page: get_FOO_display() and message_kind rebuild their
    # choices dictionary on each call.
    kinds = {value: str(label) for value, label in ConversationMessage.Kind.choices}
    texts = {"reply": escape(_("Reply:")), "needs": escape(_("needs a reply")),
             "no_reply": escape(_("no reply needed")),
             "channel": {value: escape(str(label)) for value, label in Platform.choices},
             "status": {value: escape(capfirst(str(label)))
                        for value, label in Conversation.Status.choices},
             "kind": {value: escape(capfirst(label)) for value, label in kinds.items()},
             "other_kind": escape(capfirst(kinds[ConversationMessage.Kind.OTHER])),
             "spam": (_("Not spam: %(name)s"), escape(_("Not spam"))) if spam_view
             else (_("Mark as spam: %(name)s"), escape(_("Mark as spam")))}
    out: list[str] = ["\n"]
    items = list(page.items) if page is not None else []
    for c in items:
        _write_conversation_row(out, c, now=now, spam_view=spam_view, here=here, csrf=csrf,
                                urls=urls, texts=texts, duration_words=duration_words)
    if not items:
        out.append('\n<tr><td colspan="5">')
        if spam_view and not query:
            out.append(escape(_("The spam folder is empty.")))
        elif nothing_waits:
            out.append(escape(_("No conversation waits for an answer.")) + ' <a href="?view=all">'
                       + escape(_("See all conversations")) + "</a>")
        else:
            out.append(escape(_("No conversation matches these filters.")))
        out.append("</td></tr>\n")
    out.append("\n")
    next_cursor = getattr(page, "next_cursor", None)
    if next_cursor:
        words = _("Next conversations") if oldest else _("Older conversations")
        out.append('<tr><td colspan="5" class="pagination"><a class="button button-secondary" '
                   'href="?' + (f"{escape(query)}&amp;" if query else "")
                   + f'cursor={escape(next_cursor)}">{escape(words)}</a></td></tr>')
    out.append("\n")
    return mark_safe("".join(out))  # noqa: S308 - every value below is escaped


def _write_conversation_row(out: list[str], c, *, now, spam_view: bool, here: str, csrf: str,
                            urls: dict, texts: dict, duration_words) -> None:
    pk = str(c.pk)
    channel_label = texts["channel"].get(c.channel)
    if channel_label is None:
        channel_label = escape(c.channel)
    out.append(f'\n<tr>\n  <td><span class="channel-mark channel-{escape(c.channel)}" '
               f'aria-hidden="true">{escape(CHANNEL_MARKS.get(c.channel, "?"))}</span>')
    if channel_label:
        out.append(f" {channel_label}")
    contact = escape(str(c.contact))
    out.append(f'\n</td>\n  <td>\n    <a href="{escape(urls["open"].replace(str(_PK), pk))}">'
               f"<strong>{contact}</strong></a>")
    if c.subject:
        out.append(f" · {escape(c.subject)}")
    out.append('<br>\n    <span class="small">')
    last_kind = getattr(c, "last_kind", None)
    last_excerpt = getattr(c, "last_excerpt", None)
    if getattr(c, "last_direction", None) == "out":
        out.append(texts["reply"] + " ")
    if last_kind and last_kind != "text":
        kind = texts["kind"].get(last_kind, texts["other_kind"])
        out.append(f'<span class="muted">{kind}</span>')
        if last_kind != "system" and last_excerpt:
            out.append(" · ")
    if last_kind != "system":
        out.append(escape(last_excerpt or ""))
    last = ""
    if c.last_message_at:
        last = escape(short_moment(c.last_message_at))
    out.append(f'</span><br>\n    <span class="muted small">{last}</span>\n    ')
    for label in c.labels.all():
        out.append(f'<span class="badge">{escape(label.name)}</span>')
    out.append("\n    ")
    if c.report:
        out.append(f'<span class="badge badge-brand">{escape(c.report.tracking_code)}</span>')
    out.append("\n    ")
    failed = getattr(c, "failed_count", None)
    if failed:
        out.append('<span class="badge badge-danger">'
                   + ngettext("%(n)s reply not delivered", "%(n)s replies not delivered",
                              failed) % {"n": failed} + "</span>")
    out.append("\n  </td>\n  <td>")
    out.append(escape(c.agency.short_name or c.agency.name))
    if c.assigned_to:
        out.append(f'<br><span class="muted small">{escape(c.assigned_to.full_name)}</span>')
    out.append("</td>\n  <td>")
    if c.waiting_since:
        out.append(f'<span class="badge badge-warn">{texts["needs"]}</span><br>'
                   f'<span class="small">{escape(duration_words(since(c.waiting_since, now)))}'
                   "</span>")
    elif not c.needs_reply:
        out.append(f'<span class="muted small">{texts["no_reply"]}</span>')
    else:
        out.append("—")
    status = texts["status"].get(c.status)
    if status is None:
        status = escape(capfirst(c.status))
    out.append(f"</td>\n  <td>{status}\n"
               f'    <form method="post" action="{escape(urls["spam"].replace(str(_PK), pk))}" '
               'class="inline-form row-action">\n      '
               f'{csrf}<input type="hidden" name="next" value="{here}">\n      ')
    label, words = texts["spam"]
    out.append('<button type="submit" class="small button-secondary" aria-label="'
               + label % {"name": contact}
               + f'">{words}</button>\n    </form>\n  </td>\n</tr>\n')
