"""The one client of Meta's Graph API, on which the WhatsApp Cloud API is built too: WhatsApp
replies, comment replies (`comments`), posts published from `jembatan.content`, and what a
webhook only points to (WhatsApp media, the text of an Instagram mention).

Writes (`call`) answer with a SendResult. Errors come back as
``{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}``;
`classify` turns them into a SendResult: retried later (rate limits, server errors, network) or
failed for good with a sentence staff can act on (expired token, missing permission, ...).

Reads (`fetch_whatsapp_media`, `fetch_instagram_mention`) happen in live mode only
(CONNECTORS_MODE=live, an account with a token); in outbox mode the ids stay on the message and
nothing leaves the server. They raise GraphError.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import quote

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.connectors.adapters import SendResult
from jembatan.connectors.models import ConnectedAccount

logger = logging.getLogger(__name__)

TIMEOUT = 10  # seconds; a worker must not hang on a slow platform
FETCH_TIMEOUT = 15  # seconds, for reads that may download media
MAX_ANSWER = 1024 * 1024  # bytes read from an answer; Meta's are a few hundred
MAX_MEDIA_BYTES = 25 * 1024 * 1024

# Graph API throttling (4 app, 17 user, 32 page, 613 custom, 80007 Instagram/WhatsApp business
# use case) and WhatsApp Cloud API throughput (130429) and pair rate (131056) limits.
RATE_LIMIT_CODES = frozenset({4, 17, 32, 613, 80007, 130429, 131056})
# Unknown/temporary platform errors: 1 unknown, 2 service, 131000 something went wrong,
# 131016 service unavailable, 133004 server temporarily unavailable.
TRANSIENT_CODES = frozenset({1, 2, 131000, 131016, 133004})
TOKEN_EXPIRED_SUBCODE = 463

# Result codes about the account rather than the message: shown on the account too.
ACCOUNT_PROBLEMS = frozenset({"token_expired", "token_invalid", "token_missing", "permission",
                              "template"})
# WhatsApp's template errors (132000 parameter count, 132001 no such template in that
# language, 132005 text too long, 132007 format policy, 132012 parameter format, 132015 paused,
# 132016 disabled…): the sender's template, not the recipient's number.
TEMPLATE_CODES = range(132000, 133000)


class GraphError(Exception):
    """A read from the Graph API failed."""


@dataclass(frozen=True)
class GraphRequest:
    """One Graph API call. The token goes in the Authorization header and never in here, so a
    request can be stored as it is (outbox mode) without leaking the secret."""

    method: str
    url: str
    json: dict = field(default_factory=dict)

    def describe(self) -> dict:
        return {"method": self.method, "url": self.url, "json": self.json}


def graph_url(*parts: str) -> str:
    base = settings.META_GRAPH_URL.rstrip("/")
    return "/".join([base, *(quote(str(part), safe="") for part in parts)])


def account_problem(account: ConnectedAccount | None) -> SendResult | None:
    """A permanent failure when the message cannot be sent from this account at all."""
    if account is None or not account.is_active:
        return SendResult(ok=False, code="no_account", error=_(
            "This conversation has no connected account to reply from; the agency's admin "
            "needs to connect the account again."))
    if not account.token:
        return SendResult(ok=False, code="token_missing", error=_(
            "The account has no access token; the agency's admin needs to reconnect the "
            "account."))
    return None


def call(request: GraphRequest, *, token: str, read_id: Callable[[dict], str]) -> SendResult:
    """Make the request; `read_id` takes the platform's id out of a successful answer."""
    if not request.url.startswith(("https://", "http://")):
        raise ValueError("META_GRAPH_URL must be an http(s) URL")
    try:
        status, headers, raw = _http(request.method, request.url, token=token,
                                     body=json.dumps(request.json).encode(), limit=MAX_ANSWER,
                                     timeout=TIMEOUT)
    except urllib.error.HTTPError as exc:
        status, headers, raw = exc.code, exc.headers, exc.read(MAX_ANSWER)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        logger.warning("Graph API unreachable (%s): %s", request.url, exc)
        return SendResult(ok=False, code="network", retry=True, error=_(
            "The platform could not be reached; the reply will be sent again shortly."))
    payload = _parse(raw)
    if 200 <= status < 300 and "error" not in payload:
        # Accepted: even without a readable id the platform has the message, so never resend.
        return SendResult(ok=True, external_id=str(read_id(payload) or ""))
    error = payload.get("error") if isinstance(payload.get("error"), dict) else {}
    result = classify(status, error, retry_after=_retry_after(headers))
    logger.warning("Graph API refused %s %s: HTTP %s %s (fbtrace_id %s)", request.method,
                   request.url, status, result.code, error.get("fbtrace_id", ""))
    return result


def _http(method: str, url: str, *, token: str, body: bytes | None, limit: int,
          timeout: int):
    """(status, headers, up to `limit` bytes of the answer). The token travels only in the
    Authorization header. Raises urllib's errors; HTTPError carries the platform's answer."""
    headers = {"Authorization": f"Bearer {token}"}
    if body is not None:
        headers.update({"Content-Type": "application/json", "Accept": "application/json"})
    http_request = urllib.request.Request(url, data=body, method=method,  # noqa: S310
                                          headers=headers)
    with urllib.request.urlopen(http_request, timeout=timeout) as response:  # noqa: S310
        return response.status, response.headers, response.read(limit)


def classify(status: int, error: dict, *, retry_after: int | None = None) -> SendResult:
    """A Graph API error as a SendResult: what happened, in words staff can act on."""
    code = _int(error.get("code"))
    subcode = _int(error.get("error_subcode"))
    detail = _detail(error)
    if status == 429 or code in RATE_LIMIT_CODES:
        return SendResult(ok=False, code="rate_limited", retry=True, retry_after=retry_after,
                          error=_("The platform is limiting how fast messages may be sent; "
                                  "the reply will be sent again shortly."))
    if code == 190:
        if subcode == TOKEN_EXPIRED_SUBCODE:
            return SendResult(ok=False, code="token_expired", error=_(
                "The access token has expired; the agency's admin needs to reconnect the "
                "account."))
        return SendResult(ok=False, code="token_invalid", error=_(
            "The access token is no longer valid; the agency's admin needs to reconnect the "
            "account."))
    if code == 131047:
        return SendResult(ok=False, code="outside_window", error=_(
            "More than 24 hours have passed since the citizen last wrote, so WhatsApp refused "
            "a free-form reply. Send an approved template message instead."))
    if code in TEMPLATE_CODES:
        return SendResult(ok=False, code="template", error=_(
            "WhatsApp refused the message template: it is missing in this language, not "
            "approved, paused or disabled, or its values do not fit (%(detail)s). The agency's "
            "admin checks the template in WhatsApp Manager.") % {"detail": detail})
    if code == 10 or (code is not None and 200 <= code <= 299):
        return SendResult(ok=False, code="permission", error=_(
            "The account lacks the permission to send this reply; the agency's admin needs to "
            "reconnect it and grant the permissions asked for."))
    if status >= 500 or code in TRANSIENT_CODES or error.get("is_transient") is True:
        return SendResult(ok=False, code="platform_error", retry=True, retry_after=retry_after,
                          error=_("The platform had a temporary error; the reply will be sent "
                                  "again shortly."))
    if code == 100 and subcode == 33:
        return SendResult(ok=False, code="not_found", error=_(
            "The comment no longer exists on the platform or can no longer be answered."))
    if code == 100:
        return SendResult(ok=False, code="invalid", error=_(
            "The platform refused the reply as invalid: %(detail)s") % {"detail": detail})
    return SendResult(ok=False, code="rejected", error=_(
        "The platform refused the reply: %(detail)s") % {"detail": detail})


def _parse(raw: bytes) -> dict:
    try:
        payload = json.loads(raw.decode("utf-8", "replace") or "{}")
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _detail(error: dict) -> str:
    """Meta's own explanation, preferring WhatsApp's `error_data.details`."""
    data = error.get("error_data")
    details = data.get("details") if isinstance(data, dict) else ""
    text = str(details or error.get("error_user_msg") or error.get("message") or "")
    return text.strip()[:300] or _("no reason given")


def _retry_after(headers) -> int | None:
    """Retry-After in seconds (it may also be an HTTP date)."""
    value = (headers.get("Retry-After") if headers is not None else None) or ""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0, int((when - timezone.now()).total_seconds()))


# --- Reads -----------------------------------------------------------------------------------


def is_live(account: ConnectedAccount) -> bool:
    return settings.CONNECTORS_MODE == "live" and account.has_token


def _request(url: str, token: str, *, limit: int = MAX_ANSWER) -> tuple[str, bytes]:
    if not url.startswith(("https://", "http://")):
        raise GraphError("only HTTP(S) URLs are fetched")
    try:
        _status, headers, content = _http("GET", url, token=token, body=None, limit=limit + 1,
                                          timeout=FETCH_TIMEOUT)
        content_type = headers.get_content_type()
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
