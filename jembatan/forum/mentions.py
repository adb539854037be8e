"""Mentions in forum posts: @dinas-slug for an agency, @user.name for a person."""

from __future__ import annotations

import re

from jembatan.core.models import Agency, User

# @dinas-slug or @user.name; not inside an email address or a URL path (a word character, a
# slash or a dot before the @ means it is part of something else).
MENTION_RE = re.compile(r"(?<![\w@/.])@([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)", re.IGNORECASE)


def parse_mentions(body: str) -> tuple[list[Agency], list[User]]:
    """The agencies (by slug) and people (by username) named with @ in the text."""
    names = {match.group(1).lower() for match in MENTION_RE.finditer(body)}
    if not names:
        return [], []
    agencies = list(Agency.objects.filter(slug__in=names, is_active=True))
    users = list(User.objects.filter(username__in=names, is_active=True))
    return agencies, users
