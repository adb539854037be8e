"""News comments from a participant who confirmed a mobile number (decision 0057): the same
identity as in the consultations, and an official reply reaches them by WhatsApp, never by an
email to a phone number."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from jembatan.connectors.actions import account_connect
from jembatan.connectors.models import Platform
from jembatan.connectors.tests import fake_graph
from jembatan.connectors.tests.fake_graph import TOKEN
from jembatan.content import actions
from jembatan.content.models import NewsComment
from jembatan.core.models import AuditEntry
from jembatan.participation.models import Participant

pytestmark = pytest.mark.django_db
graph = fake_graph.graph  # the fixture: a local Graph API, the project in live mode

PHONE_NUMBER_ID = "106540352242922"


@pytest.fixture
def sender(agency_a, settings):
    account_connect(agency=agency_a, platform=Platform.WHATSAPP, external_id=PHONE_NUMBER_ID,
                    token=TOKEN)
    settings.PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID = PHONE_NUMBER_ID
    settings.PARTICIPATION_WHATSAPP_OTP_TEMPLATE = "kode_verifikasi"


def _comment_as_phone_participant(graph, article) -> NewsComment:
    client = Client()
    page_url = article.get_absolute_url()
    comment_url = reverse("content:public_comment", args=[article.pk])
    response = client.post(comment_url, {"body": "Apakah Desa Bojasari kena?"})
    confirm = response["Location"]
    assert confirm.startswith(reverse("participation:confirm"))
    client.post(confirm, {"email": "", "phone": "0813 2765 4321", "display_name": "Bu Sri"})
    code = graph.requests[-1].json["template"]["components"][0]["parameters"][0]["text"]
    assert client.post(confirm, {"code": code})["Location"].startswith(page_url)
    client.post(comment_url, {"body": "Apakah Desa Bojasari kena?"})
    return NewsComment.objects.get()


@pytest.mark.parametrize("template", ["jawaban_masukan", ""])
def test_a_phone_participant_comments_and_hears_of_the_reply_by_whatsapp_only(
        graph, sender, published, officer_a, settings, template, immediate_tasks,
        django_capture_on_commit_callbacks):
    settings.PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE = template
    article = published()
    comment = _comment_as_phone_participant(graph, article)
    assert comment.participant.contact_kind == Participant.ContactKind.PHONE
    assert comment.display_name == "Bu Sri"
    graph.requests.clear()

    with django_capture_on_commit_callbacks(execute=True):
        actions.news_comment_reply_official(comment=comment, actor=officer_a,
                                            body="Tidak, hanya Kertek.")

    assert mail.outbox == []
    if template:
        [seen] = graph.requests
        assert seen.json["to"] == "6281327654321"
        assert seen.json["template"]["name"] == "jawaban_masukan"
        values = [p["text"] for p in seen.json["template"]["components"][0]["parameters"]]
        assert values[:3] == ["Bu Sri", comment.replies.get().official_agency.name,
                              article.title]
        assert AuditEntry.objects.filter(action="news_reply_whatsapp").count() == 1
    else:
        assert graph.requests == []
        assert comment.participant.notify_address == ""
