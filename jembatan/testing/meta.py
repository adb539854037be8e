"""Meta's platforms (WhatsApp, Facebook Pages, Instagram) set up as on a production server, with
replies kept in the outbox. Webhook tests sign their bodies with `META_APP_SECRET`."""

import pytest

META_APP_SECRET = "test-app-secret"
META_VERIFY_TOKEN = "verify-me"


@pytest.fixture
def meta_app(settings):
    settings.META_APP_SECRET = META_APP_SECRET
    settings.META_VERIFY_TOKEN = META_VERIFY_TOKEN
    settings.CONNECTORS_MODE = "outbox"
