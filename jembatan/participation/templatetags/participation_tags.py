from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext

from jembatan.reports.selectors import public_text

register = template.Library()


@register.filter
def audience_label(consultation) -> str:
    """Who may take part, saying "or phone number" only while a phone can be confirmed."""
    from jembatan.participation import phone

    return consultation.audience_label(phone=phone.codes_available())


@register.filter
def masked(text: str) -> str:
    """A comment as the public may read it: NIK, phone numbers and emails masked."""
    return public_text(text or "")


# A number no comment has, reversed once per page and replaced by each comment's (decision 0056).
_PK = 987654321
_URLS = "participation_tags.comment_urls"


@register.simple_tag(takes_context=True)
def comment_html(context, comment) -> SafeString:
    """A comment and its replies as `participation/_comment.html` wrote them, byte for byte,
    written here because a busy consultation renders ~90 of them, and the template engine's
    lookups, tags and URL reversals cost most of the first request after a change (the
    `tests/test_comment_html.py` reference keeps the two equal)."""
    token = context.get("csrf_token")
    csrf = ""
    if token and token != "NOTPROVIDED":
        csrf = f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(token)}">'
    consultation = context.get("consultation")
    # Reversed once per page render, not once per comment.
    urls = context.render_context.get(_URLS)
    if urls is None:
        urls = context.render_context[_URLS] = {
            "support": reverse("participation:support", args=[_PK]),
            "flag": reverse("participation:flag", args=[_PK])}
    parts: list[str] = []
    _write(parts, comment, reply=bool(context.get("reply")), csrf=csrf, urls=urls,
           status=getattr(consultation, "status", ""), preview=bool(context.get("preview")),
           supported=context.get("supported") or (), comment_url=context.get("comment_url", ""))
    return mark_safe("".join(parts))  # noqa: S308 - every value below is escaped


def _write(out: list[str], comment, *, reply: bool, csrf: str, urls: dict, status: str,
           preview: bool, supported, comment_url: str) -> None:
    pk = str(comment.pk)
    hidden = comment.status == "hidden"
    out.append(f'<article class="comment{" comment-hidden" if hidden else ""}" '
               f'id="komentar-{pk}">\n  ')
    if hidden:
        out.append("\n    <p>" + gettext("Hidden by a moderator."))
        if comment.hidden_reason:
            out.append(" " + gettext("Reason: %(reason)s") % {
                "reason": escape(comment.hidden_reason)})
        out.append("</p>\n  ")
    else:
        created = timezone.localtime(comment.created_at)
        out.append(f'\n    <p class="comment-meta"><strong>{escape(comment.display_name)}'
                   f'</strong> · <time datetime="{escape(date_format(created, "c"))}">'
                   f'{escape(date_format(created, "j M Y H.i"))}</time>')
        if comment.support_count:
            out.append(" · " + ngettext("%(counter)s support", "%(counter)s supports",
                                        comment.support_count)
                       % {"counter": comment.support_count})
        out.append(f'</p>\n    <p class="section-body">{escape(masked(comment.body))}</p>\n    ')
        if status == "answered" and comment.answer_status:
            out.append(
                '<div class="official-answer"><p><strong>' + gettext("Official answer")
                + f':</strong> <span class="decision-{escape(comment.answer_status)}">'
                + escape(capfirst(comment.get_answer_status_display()))
                + f'</span></p><p class="section-body">{escape(comment.answer)}</p></div>')
        out.append("\n    ")
        if not preview:
            out.append('<div class="comment-actions">\n      ')
            if status == "open":
                out.append("\n        ")
                if comment.pk in supported:
                    out.append('<span class="small">' + gettext("You support this") + "</span>")
                else:
                    url = escape(urls["support"].replace(str(_PK), pk))
                    out.append(f'\n        <form method="post" action="{url}" hx-post="{url}" '
                               f'hx-target="this" hx-swap="outerHTML">{csrf}<button '
                               'type="submit" class="small button-secondary">'
                               + gettext("Support (+1)") + "</button></form>")
                out.append("\n        ")
                if not reply:
                    out.append(
                        "<details><summary>" + gettext("Reply") + "</summary>\n"
                        f'          <form method="post" action="{escape(comment_url)}">{csrf}\n'
                        f'            <input type="hidden" name="parent" value="{pk}">\n'
                        f'            <div class="field"><label for="reply-{pk}">'
                        + gettext("Your reply") + f'</label><textarea id="reply-{pk}" '
                        'name="body" rows="3" maxlength="5000" required></textarea></div>\n'
                        '            <button type="submit" class="small">'
                        + gettext("Send reply") + "</button>\n          </form></details>")
                out.append("\n      ")
            flag = escape(urls["flag"].replace(str(_PK), pk))
            out.append(f'\n      <a class="small" href="{flag}">' + gettext("Report this comment")
                       + "</a>\n    </div>")
        out.append("\n  ")
    out.append("\n  ")
    replies = getattr(comment, "shown_replies", None)
    if replies:
        out.append('<div class="comment-replies">')
        for reply_comment in replies:
            _write(out, reply_comment, reply=True, csrf=csrf, urls=urls, status=status,
                   preview=preview, supported=supported, comment_url=comment_url)
        out.append("</div>")
    out.append("\n</article>\n")
