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

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jembatan.connectors.channels.meta import graph
from jembatan.connectors.models import ConnectedAccount
from jembatan.content.models import Channel, Distribution, Post
from jembatan.core.background import enqueue_on_commit

logger = logging.getLogger(__name__)



def _accounts(post: Post) -> dict[str, list]:
    """The lead agency's active accounts by platform."""
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
        feed = graph.graph_url(account.external_id, "feed")
        return ({"requests": [{"method": "POST", "url": feed,
                               "json": {"message": text, "link": link}}]},
                Distribution.Status.PENDING, "")
    if channel == Channel.INSTAGRAM:
        if not post.has_picture:
            return ({"caption": text}, Distribution.Status.FAILED,
                    _("Instagram only publishes posts with a picture: add an image link to the "
                      "post and publish the caption by hand."))
        picture = post.picture_url()
        if picture.startswith("/"):
            picture = settings.SITE_URL + picture
        return ({"requests": [
            {"method": "POST", "url": graph.graph_url(account.external_id, "media"),
             "json": {"image_url": picture, "caption": text}},
            {"method": "POST", "url": graph.graph_url(account.external_id, "media_publish"),
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
        enqueue_on_commit("jembatan.content.tasks.send_distributions", pending)
    return created


def _call(request: dict, token: str) -> str:
    """One Graph API call through the channels' Graph client; returns the id it answered with
    and raises RuntimeError with the platform's reason on failure."""
    result = graph.call(graph.GraphRequest(request["method"], request["url"], request["json"]),
                        token=token,
                        read_id=lambda answer: answer.get("id") or answer.get("post_id") or "")
    if result.ok:
        return result.external_id
    if result.code == "network":
        raise RuntimeError(_("The platform could not be reached."))
    raise RuntimeError(result.error or _("The platform refused the post."))


def distribution_send(distribution: Distribution) -> Distribution:
    """Send one pending distribution (live mode) and record the outcome.

    The row is claimed (sending) before the platform is called. A run that finds it still
    "sending" follows a worker that died mid-call: the post may already be on the page, so it
    is not posted twice but shown as failed, for a person to check.
    """
    claimed = Distribution.objects.filter(
        pk=distribution.pk, status=Distribution.Status.PENDING,
    ).update(status=Distribution.Status.SENDING)
    if not claimed:
        distribution.refresh_from_db()
        if distribution.status == Distribution.Status.SENDING:
            with translation.override(settings.LANGUAGE_CODE):
                distribution.error = str(_(
                    "Sending stopped halfway because the background worker stopped. Check the "
                    "page on the platform and send the post again only if it is not there."))
            distribution.status = Distribution.Status.FAILED
            distribution.save(update_fields=["status", "error"])
        return distribution
    distribution.status = Distribution.Status.SENDING
    account = distribution.account
    with translation.override(settings.LANGUAGE_CODE):
        try:
            if account is None or not account.is_active or not account.has_token:
                raise RuntimeError(_("The account is not connected or has no access token; the "
                                     "agency's admin needs to connect it again."))
            token = account.token
            answer_id = ""
            for step in distribution.payload.get("requests", []):
                request = dict(step)
                if "creation_id" in request.get("json", {}):
                    # Instagram: publish the media container the first call created.
                    request["json"] = {"creation_id": answer_id}
                answer_id = _call(request, token)
            distribution.status = Distribution.Status.SENT
            distribution.external_id = answer_id
            distribution.sent_at = timezone.now()
            distribution.error = ""
        except RuntimeError as error:
            distribution.status = Distribution.Status.FAILED
            distribution.error = str(error)
            logger.warning("distribution %s failed: %s", distribution.pk, error)
    distribution.save(update_fields=["status", "external_id", "sent_at", "error"])
    return distribution
