"""Per-channel versions of a post and the limits each platform sets on them.

Limits: Instagram captions take at most 2,200 characters and 30 hashtags; a Facebook Page post
63,206 characters; a WhatsApp text message 4,096 characters. The portal article has no platform
limit; 50,000 characters keeps a page readable and the database sane.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from jembatan.content.models import Channel


@dataclass(frozen=True)
class ChannelLimit:
    channel: str
    max_chars: int
    max_hashtags: int | None = None


LIMITS: dict[str, ChannelLimit] = {
    Channel.PORTAL: ChannelLimit(Channel.PORTAL, 50_000),
    Channel.INSTAGRAM: ChannelLimit(Channel.INSTAGRAM, 2_200, max_hashtags=30),
    Channel.FACEBOOK: ChannelLimit(Channel.FACEBOOK, 63_206),
    Channel.WHATSAPP: ChannelLimit(Channel.WHATSAPP, 4_096),
}
SOCIAL_CHANNELS = (Channel.INSTAGRAM, Channel.FACEBOOK, Channel.WHATSAPP)
TITLE_MAX = 200

HASHTAG = re.compile(r"(?<![\w#])#\w+", re.UNICODE)

HELP = {
    Channel.PORTAL: gettext_lazy("The article on the public portal: as long as it needs to be."),
    Channel.INSTAGRAM: gettext_lazy("At most 2,200 characters and 30 hashtags; needs an image."),
    Channel.FACEBOOK: gettext_lazy("At most 63,206 characters."),
    Channel.WHATSAPP: gettext_lazy("At most 4,096 characters; short texts are read more."),
}


def hashtag_count(text: str) -> int:
    return len(HASHTAG.findall(text or ""))


def length(text: str) -> int:
    # Platforms count characters as people see them; line breaks typed in a browser arrive as
    # \r\n but are stored and sent as \n.
    return len((text or "").replace("\r\n", "\n"))


def limit_errors(channel: str, text: str) -> list[str]:
    """What is wrong with `text` as the version for `channel`; empty when it fits."""
    limit = LIMITS[channel]
    errors = []
    count = length(text)
    if count > limit.max_chars:
        errors.append(_("The %(channel)s has %(count)s characters; at most %(limit)s are allowed.")
                      % {"channel": Channel(channel).label, "count": f"{count:,}",
                         "limit": f"{limit.max_chars:,}"})
    if limit.max_hashtags is not None:
        tags = hashtag_count(text)
        if tags > limit.max_hashtags:
            errors.append(_("The %(channel)s has %(count)s hashtags; at most %(limit)s are "
                            "allowed.") % {"channel": Channel(channel).label, "count": tags,
                                           "limit": limit.max_hashtags})
    return errors


def validate_version(channel: str, text: str) -> None:
    errors = limit_errors(channel, text)
    if errors:
        raise ValidationError(errors)


def clean_text(text: str) -> str:
    return (text or "").replace("\r\n", "\n").strip()
