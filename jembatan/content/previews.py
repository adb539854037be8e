"""How a post will look on Instagram, Facebook and WhatsApp, rendered on the server for the
editor's preview panel: each version with its length against the platform's limit and the part
a reader sees before the platform folds the text ("... selengkapnya").

Limits (checked December 2026, see channels.py): an Instagram caption at most 2,200 characters,
a Facebook post 63,206, a WhatsApp text message 4,096. Instagram shows about the first 125
characters of a caption in the feed, Facebook about 477 on a computer; WhatsApp shows the whole
message.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import number_format

from jembatan.content import channels
from jembatan.content.models import Channel

FOLD = {Channel.INSTAGRAM: 125, Channel.FACEBOOK: 477}


@dataclass(frozen=True)
class Preview:
    channel: str
    label: str
    text: str
    count: int
    limit: int
    hashtags: int
    hashtag_limit: int | None
    visible: str  # what shows before the fold
    folded: bool

    @property
    def over(self) -> bool:
        return self.count > self.limit or bool(
            self.hashtag_limit is not None and self.hashtags > self.hashtag_limit)

    @property
    def count_text(self) -> str:
        return number_format(self.count, force_grouping=True)

    @property
    def limit_text(self) -> str:
        return number_format(self.limit, force_grouping=True)

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.count / self.limit)) if self.limit else 0


def previews(versions: dict[str, str], *, title: str = "", body: str = "") -> list[Preview]:
    """One preview per social channel. An empty version falls back to what the platform would
    get without one: nothing, so it says so (the template shows a hint)."""
    found = []
    for channel in channels.SOCIAL_CHANNELS:
        text = channels.clean_text(versions.get(str(channel)) or "")
        limit = channels.LIMITS[channel]
        fold = FOLD.get(channel)
        folded = bool(fold and len(text) > fold)
        visible = text[:fold].rstrip() if folded else text
        found.append(Preview(
            channel=str(channel), label=str(Channel(channel).label), text=text,
            count=channels.length(text), limit=limit.max_chars,
            hashtags=channels.hashtag_count(text), hashtag_limit=limit.max_hashtags,
            visible=visible, folded=folded,
        ))
    return found
