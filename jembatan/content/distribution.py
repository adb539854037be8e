"""Sending a published post's channel versions to the lead agency's connected accounts.

For each social version and each active account of the lead agency on that platform, one
Distribution row records what is (or would be) sent and how it went:

- Facebook Page: ``POST /{page-id}/feed`` with ``message`` (and ``link`` to the portal article).
- Instagram: an image is required. ``POST /{ig-user-id}/media`` with ``image_url`` and
  ``caption`` gives a container id; ``POST /{ig-user-id}/media_publish`` with ``creation_id``
  publishes it.
- WhatsApp: the Cloud API has no broadcast to a list; messages outside a conversation need
  approved templates and opted-in recipients. The text is kept in the outbox for staff to send
  by hand (e.g. to a WhatsApp Channel), with a note saying so.

CONNECTORS_MODE "outbox" (the demo and development) stores the Graph API requests without
sending; "live" sends them from a background task, one attempt, errors shown on the post page.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from urllib.parse import quote

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jembatan.content.models import Channel, Distribution, Post

logger = logging.getLogger(__name__)

TIMEOUT = 10  # seconds: a worker must not hang on a slow platform
MAX_ANSWER = 1024 * 1024


def _graph_url(*parts: str) -> str:
    base = getattr(settings, "META_GRAPH_URL", "https://graph.facebook.com/v23.0").rstrip("/")
    return "/".join([base, *(quote(str(part), safe="") for part in parts)])


def _accounts(post: Post) -> dict[str, list]:
    """The lead agency's active accounts by platform; none when the connectors app is absent."""
    try:
        from jembatan.connectors.models import ConnectedAccount
    except ImportError:  # pragma: no cover - the connectors app is part of the project
        return {}
    found: dict[str, list] = {}
    for account in ConnectedAccount.objects.filter(
            agency_id=post.lead_agency_id, is_active=True,
            platform__in=[Channel.FACEBOOK, Channel.INSTAGRAM, Channel.WHATSAPP]):
        found.setdefault(account.platform, []).append(account)
    return found


def build_request(post: Post, channel: str, text: str, account) -> tuple[dict, str, str]:
    """(payload, status, note-or-error) for one version on one account, before sending."""
    link = settings.SITE_URL + post.get_absolute_url()
    if channel == Channel.FACEBOOK:
        return ({"requests": [{"method": "POST", "url": _graph_url(account.external_id, "feed"),
                               "json": {"message": text, "link": link}}]},
                Distribution.Status.PENDING, "")
    if channel == Channel.INSTAGRAM:
        if not post.image_url:
            return ({"caption": text}, Distribution.Status.FAILED,
                    _("Instagram only publishes posts with a picture: add an image link to the "
                      "post and publish the caption by hand."))
        return ({"requests": [
            {"method": "POST", "url": _graph_url(account.external_id, "media"),
             "json": {"image_url": post.image_url, "caption": text}},
            {"method": "POST", "url": _graph_url(account.external_id, "media_publish"),
             "json": {"creation_id": "{id of the first answer}"}},
        ]}, Distribution.Status.PENDING, "")
    return ({"text": text, "link": link}, Distribution.Status.OUTBOX,
            _("WhatsApp has no broadcast through the Cloud API: messages outside a "
              "conversation need an approved template and people who opted in. Send this text "
              "by hand, for example to the agency's WhatsApp Channel."))


@transaction.atomic
def distribution_prepare(*, post: Post) -> list[Distribution]:
    """Record one Distribution per version and account; in live mode send them after commit."""
    live = getattr(settings, "CONNECTORS_MODE", "outbox") == "live"
    accounts = _accounts(post)
    done = set(post.distributions.exclude(status=Distribution.Status.FAILED)
               .values_list("channel", "account_id"))
    rows = []
    with translation.override(settings.LANGUAGE_CODE):
        for version in post.versions.all():
            for account in accounts.get(version.channel, []):
                if (version.channel, account.pk) in done:
                    continue
                payload, status, message = build_request(post, version.channel, version.text,
                                                          account)
                if status == Distribution.Status.PENDING and not live:
                    status = Distribution.Status.OUTBOX
                failed = status == Distribution.Status.FAILED
                rows.append(Distribution(
                    post=post, channel=version.channel, account=account,
                    account_label=str(account)[:200], status=status, payload=payload,
                    error=message if failed else "", note="" if failed else message))
    created = Distribution.objects.bulk_create(rows)
    pending = [row.pk for row in created if row.status == Distribution.Status.PENDING]
    if pending:
        from jembatan.content.tasks import send_distributions

        transaction.on_commit(lambda: send_distributions.enqueue(pending))
    return created


def _call(request: dict, token: str) -> dict:
    """One Graph API call; raises RuntimeError with the platform's message on failure."""
    url = request["url"]
    if not url.startswith(("https://", "http://")):
        raise RuntimeError("META_GRAPH_URL must be an http(s) URL")
    http_request = urllib.request.Request(  # noqa: S310 (scheme checked above)
        url, data=json.dumps(request["json"]).encode(), method=request["method"],
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                 "Accept": "application/json"})
    try:
        with urllib.request.urlopen(http_request, timeout=TIMEOUT) as response:  # noqa: S310
            raw = response.read(MAX_ANSWER)
    except urllib.error.HTTPError as exc:
        raw = exc.read(MAX_ANSWER)
        try:
            error = json.loads(raw or b"{}").get("error", {})
        except ValueError:
            error = {}
        detail = str(error.get("error_user_msg") or error.get("message") or "")[:300]
        raise RuntimeError(_("The platform refused the post (HTTP %(status)s): %(detail)s")
                           % {"status": exc.code, "detail": detail or _("no reason given")}
                           ) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise RuntimeError(_("The platform could not be reached.")) from exc
    try:
        answer = json.loads(raw or b"{}")
    except ValueError:
        answer = {}
    return answer if isinstance(answer, dict) else {}


def distribution_send(distribution: Distribution) -> Distribution:
    """Send one pending distribution (live mode) and record the outcome."""
    if distribution.status != Distribution.Status.PENDING:
        return distribution
    account = distribution.account
    with translation.override(settings.LANGUAGE_CODE):
        try:
            if account is None or not account.is_active or not account.has_token:
                raise RuntimeError(_("The account is not connected or has no access token; the "
                                     "agency's admin needs to connect it again."))
            token = account.token
            answer: dict = {}
            for step in distribution.payload.get("requests", []):
                request = dict(step)
                if "creation_id" in request.get("json", {}):
                    request["json"] = {"creation_id": answer.get("id", "")}
                answer = _call(request, token)
            distribution.status = Distribution.Status.SENT
            distribution.external_id = str(answer.get("id") or answer.get("post_id") or "")
            distribution.sent_at = timezone.now()
            distribution.error = ""
        except RuntimeError as error:
            distribution.status = Distribution.Status.FAILED
            distribution.error = str(error)
            logger.warning("distribution %s failed: %s", distribution.pk, error)
    distribution.save(update_fields=["status", "external_id", "sent_at", "error"])
    return distribution
