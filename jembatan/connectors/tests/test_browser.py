"""Acceptance in a real Chromium: a citizen's WhatsApp message arrives as a signed Meta webhook,
lands in the agency's conversations, the officer answers it (stored in the outbox in this mode)
and turns it into a report whose tracking code goes back on WhatsApp."""

import datetime as dt
import urllib.request

import pytest

from jembatan.testing.browser import require_browser

require_browser()

from django.conf import settings  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from jembatan.connectors import outbound  # noqa: E402
from jembatan.connectors.actions import account_connect  # noqa: E402
from jembatan.connectors.channels.meta import payloads, process  # noqa: E402
from jembatan.connectors.models import Conversation, ConversationMessage, WebhookDelivery  # noqa: E402
from jembatan.core.demo.loader import DEMO_PASSWORD  # noqa: E402
from jembatan.core.models import Agency  # noqa: E402
from jembatan.reports.models import Report  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = "Min, jalan di depan SD N 2 Kalikajar berlubang besar, sudah 2 motor jatuh. Mohon segera ditambal."
ANSWER = "Terima kasih laporannya, Bu. Tim UPT Jalan DPUPR kami jadwalkan meninjau lokasi besok pagi."


def _deliver_pending() -> None:
    """What the worker does: process stored deliveries, send queued replies."""
    for pk in WebhookDelivery.objects.filter(status="pending").values_list("pk", flat=True):
        process.process_delivery(pk)
    for pk in ConversationMessage.objects.filter(delivery_status="queued").values_list(
            "pk", flat=True):
        outbound.deliver(pk)


def test_whatsapp_message_answered_and_converted(live_server, new_page, console, core_demo):
    dpupr = Agency.objects.get(slug="dpupr")
    account_connect(agency=dpupr, platform="whatsapp", external_id="106540352200001",
                    name="WA Pengaduan DPUPR", token="EAAG-uji")

    payload = payloads.whatsapp_message(
        phone_number_id="106540352200001", wa_id="6281327001234", name="Sri Mulyani",
        wamid="wamid.HBgNNjI4MTMyNzAwMTIzNBUCABIYFjNFQjBCNkE3", at=timezone.now()
        - dt.timedelta(minutes=20), text=QUESTION)
    body, headers = payloads.signed(payload, settings.META_APP_SECRET)
    request = urllib.request.Request(live_server.url + "/webhooks/meta", data=body,
                                     headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
    _deliver_pending()

    page = new_page()
    page.goto(live_server.url + reverse("login"))
    page.fill("#id_username", "petugas.dpupr")
    page.fill("#id_password", DEMO_PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()
    page.goto(live_server.url + reverse("connectors:inbox"))
    assert page.get_by_text("jalan di depan SD N 2 Kalikajar", exact=False).is_visible()
    with page.expect_navigation():
        page.get_by_role("link", name="Sri Mulyani").click()

    page.fill("textarea[name=body]", ANSWER)
    with page.expect_response(lambda r: r.url.endswith("/balas/")):
        page.locator("form.reply-form button[type=submit]").click()
    page.get_by_text(ANSWER).wait_for()
    _deliver_pending()
    page.reload()
    assert page.get_by_text("disimpan di kotak keluar").first.is_visible()

    page.click("#convert-form summary")
    with page.expect_navigation():
        page.locator("#convert-form button[type=submit]").click()
    report = Report.objects.get()
    assert report.channel == "whatsapp"
    assert page.get_by_text(report.tracking_code).first.is_visible()
    conversation = Conversation.objects.get()
    assert conversation.report == report
    assert conversation.first_response_at is not None
    notice = conversation.messages.filter(direction="out").last()
    assert report.tracking_code in notice.body
    assert console == []
