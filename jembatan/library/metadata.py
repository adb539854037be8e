"""What a person types about a library item: its video link and its tags."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_TAGS = 10
VIDEO_PLATFORMS = {
    "youtube.com": "youtube", "youtu.be": "youtube", "youtube-nocookie.com": "youtube",
    "instagram.com": "instagram",
    "facebook.com": "facebook", "fb.watch": "facebook",
    "tiktok.com": "tiktok",
}
PLATFORM_LABELS = {"youtube": "YouTube", "instagram": "Instagram", "facebook": "Facebook",
                   "tiktok": "TikTok", "web": "Web"}


def video_platform(url: str) -> str:
    """youtube, instagram, facebook, tiktok, or web for another site; https links only."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise ValidationError(_("A video link must start with https://."), code="not_https")
    host = parts.hostname.lower()
    for domain, platform in VIDEO_PLATFORMS.items():
        if host == domain or host.endswith("." + domain):
            return platform
    return "web"


def parse_tags(text: str) -> list[str]:
    """Tags typed as "dieng, budaya, #wisata" → ["dieng", "budaya", "wisata"]."""
    tags: list[str] = []
    for raw in text.replace(";", ",").split(","):
        tag = " ".join(raw.strip().lstrip("#").lower().split())[:60]
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise ValidationError(_("Use at most %(count)s tags.") % {"count": MAX_TAGS},
                              code="too_many_tags")
    return tags
