"""Rendering of forum text: escaped, links made clickable, known mentions highlighted."""

from __future__ import annotations

import re

from django import template
from django.utils.html import urlize
from django.utils.safestring import mark_safe

from jembatan.forum.mentions import MENTION_RE

register = template.Library()

# Only the parts between tags are scanned for mentions, so an @ inside a link stays as it is.
_TAG_SPLIT = re.compile(r"(<[^>]+>)")


@register.filter
def forum_text(post) -> str:
    """The post's text as safe HTML: every character escaped first (urlize escapes), then
    links with rel="nofollow", then line breaks, then the mentions the post stored."""
    html = urlize(post.body, trim_url_limit=60, nofollow=True, autoescape=True)
    known = {a.slug.lower() for a in post.mentioned_agencies.all()}
    known |= {u.username.lower() for u in post.mentioned_users.all()}
    parts = _TAG_SPLIT.split(html)
    inside_link = False
    for index, part in enumerate(parts):
        if part.startswith("<"):
            inside_link = part.startswith("<a ") or (inside_link and part != "</a>")
            continue
        if known and not inside_link:
            parts[index] = MENTION_RE.sub(
                lambda m: (f'<span class="mention">{m.group(0)}</span>'
                           if m.group(1).lower() in known else m.group(0)), part)
    html = "".join(parts).replace("\r\n", "\n").replace("\n", "<br>")
    return mark_safe(html)  # noqa: S308 - built from escaped text above


@register.filter
def get_item(mapping, key):
    """mapping[key] or None: read counts are kept in a dict keyed by post id."""
    if not mapping:
        return None
    return mapping.get(key)
