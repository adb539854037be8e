"""JSON nested deeper than Python can parse is refused like any malformed JSON, never a 500:
a signed `/webhooks/meta` delivery gets the documented 400, an imported comments file a clear
error."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from jembatan.connectors import imports
from jembatan.connectors.channels.meta import signature
from jembatan.connectors.models import WebhookDelivery
from jembatan.testing.meta import META_APP_SECRET as SECRET

pytestmark = pytest.mark.usefixtures("meta_app")


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


def test_an_imported_file_nested_too_deep_is_a_clear_error():
    text = '{"data": ' + "[" * 10_000 + "]" * 10_000 + "}"

    with pytest.raises(imports.ImportFileError) as error:
        imports.parse_json(text, "facebook")

    assert error.value.messages == [gettext("The file is not valid JSON: it is nested too "
                                            "deeply.")]
