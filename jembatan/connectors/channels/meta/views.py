"""`/webhooks/meta`: the one endpoint Meta calls for WhatsApp, Facebook Pages and Instagram.

GET answers Meta's subscription check. POST accepts only bodies signed with the app secret,
stores them and answers at once; the work happens in a task (process.py). No login and no CSRF
token: Meta's servers are the caller and the signature is the authentication. No rate limit
either: Meta batches and retries on its own schedule, and a refused request would be lost.
"""

from __future__ import annotations

import hmac
import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from jembatan.connectors.channels.meta import parse, process, signature

logger = logging.getLogger(__name__)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _verify_subscription(request)
    body = request.body
    if not signature.is_valid(body, request.headers.get(signature.HEADER),
                              settings.META_APP_SECRET):
        logger.info("Meta webhook: request with a missing or invalid signature refused")
        return HttpResponseForbidden("invalid signature", content_type="text/plain")
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # RecursionError: JSON nested deeper than Python's stack allows is malformed for us.
        return HttpResponse("malformed JSON", status=400, content_type="text/plain")
    if not parse.is_notification(payload):
        return HttpResponse("not a webhook notification", status=400, content_type="text/plain")
    process.delivery_store(body=body, object_type=payload["object"])
    return HttpResponse("EVENT_RECEIVED", content_type="text/plain")


def _verify_subscription(request: HttpRequest) -> HttpResponse:
    expected = settings.META_VERIFY_TOKEN
    given = request.GET.get("hub.verify_token", "")
    if (request.GET.get("hub.mode") == "subscribe" and expected
            and _same(given, expected)):
        return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")
    return HttpResponseForbidden("verification failed", content_type="text/plain")


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
