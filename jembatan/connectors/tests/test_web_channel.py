"""Questions asked on the portal: stored first, followed by a private link, answered by email."""

import pytest
from django.core import mail
from django.urls import reverse

from jembatan.connectors import web
from jembatan.connectors.adapters.web import WebAdapter
from jembatan.connectors.models import Conversation, ConversationMessage


def _ask(client, slug, **extra):
    data = {"body": "Syarat membuat IMB/PBG untuk rumah tinggal apa saja?", "name": "Wahyu",
            "email": "wahyu@example.id", "phone": "", "consent": "on", "website": "",
            "submission_id": "f" * 32}
    data.update(extra)
    return client.post(reverse("connectors:web_ask", args=[slug]), data)


def test_a_question_lands_in_the_agency_inbox_and_the_asker_gets_a_private_link(
        client, agency_a):
    response = _ask(client, agency_a.slug)
    assert response.status_code == 302
    conversation = Conversation.objects.get()
    assert conversation.channel == "web"
    assert conversation.agency == agency_a
    assert conversation.needs_reply
    assert conversation.waiting_since is not None
    page = client.get(response["Location"])
    link = page.context["link"]
    assert "/tanya/" in link
    # Shown once.
    assert client.get(response["Location"]).context["link"] == ""
    thread = client.get(link)
    assert thread.status_code == 200
    assert "Syarat membuat IMB/PBG" in thread.content.decode()


def test_a_resubmitted_form_stores_one_question(client, agency_a):
    _ask(client, agency_a.slug)
    _ask(client, agency_a.slug)
    assert ConversationMessage.objects.count() == 1


def test_bad_input_is_a_400_with_messages(client, agency_a):
    response = _ask(client, agency_a.slug, body="", phone="12")
    assert response.status_code == 400
    assert Conversation.objects.count() == 0
    assert client.get(reverse("connectors:web_ask", args=["tidak-ada"])).status_code == 404


def test_the_honeypot_stops_bots(client, agency_a):
    response = _ask(client, agency_a.slug, website="http://spam.example")
    assert response.status_code == 400
    assert Conversation.objects.count() == 0


def test_the_question_form_is_rate_limited(client, agency_a):
    for index in range(10):
        assert _ask(client, agency_a.slug, submission_id=f"{index:032d}").status_code == 302
    assert _ask(client, agency_a.slug, submission_id="x" * 32).status_code == 429


def test_the_asker_replies_in_the_thread_and_a_wrong_key_is_404(client, agency_a):
    conversation, key = web.ask(agency=agency_a, body="Jam buka loket hari Sabtu?",
                                submission_id="a1")
    url = reverse("connectors:web_thread", args=[key])
    response = client.post(url, {"body": "Maaf, maksud saya loket PBG"})
    assert response.status_code == 302
    assert conversation.messages.count() == 2
    assert client.get(reverse("connectors:web_thread", args=["salah"])).status_code == 404


def test_internal_notes_never_reach_the_asker(client, agency_a):
    conversation, key = web.ask(agency=agency_a, body="Kapan pendaftaran dibuka?",
                                submission_id="a2")
    ConversationMessage.objects.create(conversation=conversation, direction="note",
                                       body="CATATAN-INTERNAL jangan tampil")
    page = client.get(reverse("connectors:web_thread", args=[key]))
    assert "CATATAN-INTERNAL" not in page.content.decode()


@pytest.mark.parametrize("email", ["wahyu@example.id", ""])
def test_answers_are_emailed_with_the_private_link_when_there_is_an_address(
        settings, agency_a, email):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    conversation, key = web.ask(agency=agency_a, body="Apakah PBG bisa diurus online?",
                                email=email, submission_id="a3")
    answer = ConversationMessage.objects.create(
        conversation=conversation, direction="out", body="Bisa, melalui SIMBG.",
        delivery_status="queued")
    result = WebAdapter().send(answer)
    assert result.ok
    if email:
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["wahyu@example.id"]
        assert key in mail.outbox[0].body
        assert "Bisa, melalui SIMBG." in mail.outbox[0].body
    else:
        assert mail.outbox == []


def test_a_portal_question_cannot_rename_someone_elses_contact(agency_a):
    first, _key = web.ask(agency=agency_a, body="Jadwal uji KIR kapan?", name="Wahyu Hidayat",
                          email="wahyu@example.id", submission_id="n1")
    web.ask(agency=agency_a, body="Pertanyaan lain dari orang lain", name="Orang Lain",
            email="wahyu@example.id", submission_id="n2")
    first.contact.refresh_from_db()
    assert first.contact.name == "Wahyu Hidayat"
