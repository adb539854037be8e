"""Reading from Meta's Graph API what a webhook only points to: WhatsApp media and the text of an
Instagram mention. Live mode only (CONNECTORS_MODE=live, an account with a token); in outbox mode
the ids stay on the message and nothing leaves the server."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings

from jembatan.connectors.models import ConnectedAccount

logger = logging.getLogger(__name__)

TIMEOUT = 15  # seconds
MAX_MEDIA_BYTES = 25 * 1024 * 1024


class GraphError(Exception):
    pass


def is_live(account: ConnectedAccount) -> bool:
    return settings.CONNECTORS_MODE == "live" and account.has_token


def _request(url: str, token: str, *, limit: int = 1024 * 1024) -> tuple[str, bytes]:
    if not url.startswith(("https://", "http://")):
        raise GraphError("only HTTP(S) URLs are fetched")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
            content = response.read(limit + 1)
            content_type = response.headers.get_content_type()
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise GraphError(f"Graph API request failed: {type(error).__name__}") from error
    if len(content) > limit:
        raise GraphError("Graph API answer too large")
    return content_type, content


def _get_json(path: str, token: str, params: dict | None = None) -> dict:
    url = f"{settings.META_GRAPH_URL.rstrip('/')}/{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    _content_type, content = _request(url, token)
    try:
        data = json.loads(content)
    except ValueError as error:
        raise GraphError("Graph API answered with invalid JSON") from error
    if not isinstance(data, dict):
        raise GraphError("Graph API answered with an unexpected value")
    return data


def fetch_whatsapp_media(account: ConnectedAccount, media_id: str) -> tuple[str, bytes]:
    """(content type, bytes) of a WhatsApp media id: first its temporary URL, then the file,
    both with the account's token (the URL alone is not enough)."""
    token = account.token
    info = _get_json(urllib.parse.quote(media_id, safe=""), token)
    url = info.get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise GraphError("media URL missing")
    content_type, content = _request(url, token, limit=MAX_MEDIA_BYTES)
    return str(info.get("mime_type") or content_type), content


def fetch_instagram_mention(account: ConnectedAccount, media_id: str, comment_id: str) -> dict:
    """The text, author and time of a comment (or caption) in which the account was
    mentioned: {"text", "username", "timestamp"}, empty strings where unknown."""
    token = account.token
    if comment_id:
        fields = f"mentioned_comment.comment_id({comment_id}){{text,username,timestamp}}"
        data = _get_json(account.external_id, token, {"fields": fields})
        found = data.get("mentioned_comment") or {}
    else:
        fields = f"mentioned_media.media_id({media_id}){{caption,username,timestamp}}"
        data = _get_json(account.external_id, token, {"fields": fields})
        found = data.get("mentioned_media") or {}
        found = {**found, "text": found.get("caption", "")}
    if not isinstance(found, dict):
        found = {}
    return {key: str(found.get(key) or "") for key in ("text", "username", "timestamp")}
