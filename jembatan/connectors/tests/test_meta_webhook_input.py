"""`/webhooks/meta` refuses a signed body it cannot read with its documented 400, never a 500."""

import pytest
from django.urls import reverse

from jembatan.connectors.meta import signature
from jembatan.connectors.models import WebhookDelivery

SECRET = "test-app-secret"


@pytest.fixture(autouse=True)
def _meta_settings(settings):
    settings.META_APP_SECRET = SECRET


def _post_signed(client, body: bytes):
    return client.post(reverse("connectors:meta_webhook"), data=body,
                       content_type="application/json",
                       HTTP_X_HUB_SIGNATURE_256=signature.sign(body, SECRET))


@pytest.mark.parametrize("depth", [1_000, 10_000])
def test_signed_json_nested_too_deep_is_400_malformed(client, db, depth):
    body = b'{"object": "page", "entry": ' + b"[" * depth + b"]" * depth + b"}"

    response = _post_signed(client, body)

    assert response.status_code == 400
    assert response.content == b"malformed JSON"
    assert not WebhookDelivery.objects.exists()
