"""Questions asked on the portal: stored first, followed by a private link, answered by email."""

from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from jembatan.connectors import actions
from jembatan.connectors.channels.web.adapter import WebAdapter
from jembatan.connectors.models import Conversation, ConversationMessage


def _ask(client, slug, **extra):
    data = {"body": "Syarat membuat IMB/PBG untuk rumah tinggal apa saja?", "name": "Wahyu",
            "email": "wahyu@example.id", "phone": "", "consent": "on", "website": "",
            "submission_id": "f" * 32}
    data.update(extra)
    return client.post(reverse("connectors:web_ask", args=[slug]), data)


def open_question(client, key) -> str:
    response = client.post(reverse("connectors:web_open"), {"key": key})
    assert response.status_code == 302
    return response["Location"]


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
    assert urlsplit(link).path == reverse("connectors:web_open")
    # Shown once.
    assert client.get(response["Location"]).context["link"] == ""
    # Another browser (the asker's phone) opens the link: the page posts the key.
    phone = Client()
    opened = phone.post(urlsplit(link).path, {"key": urlsplit(link).fragment})
    assert opened.status_code == 302
    thread = phone.get(opened["Location"])
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
    conversation, key = actions.web_question_ask(agency=agency_a, body="Jam buka loket hari Sabtu?",
                                submission_id="a1")
    url = open_question(client, key)
    response = client.post(url, {"body": "Maaf, maksud saya loket PBG"})
    assert response.status_code == 302
    assert conversation.messages.count() == 2
    wrong = client.post(reverse("connectors:web_open"), {"key": "salah"})
    assert wrong.status_code == 400
    assert client.get(reverse("connectors:web_thread_by_key", args=["salah"])).status_code == 404


def test_internal_notes_never_reach_the_asker(client, agency_a):
    conversation, key = actions.web_question_ask(agency=agency_a, body="Kapan pendaftaran dibuka?",
                                submission_id="a2")
    ConversationMessage.objects.create(conversation=conversation, direction="note",
                                       body="CATATAN-INTERNAL jangan tampil")
    page = client.get(open_question(client, key))
    assert "Kapan pendaftaran dibuka?" in page.content.decode()
    assert "CATATAN-INTERNAL" not in page.content.decode()


@pytest.mark.parametrize("email", ["wahyu@example.id", ""])
def test_answers_are_emailed_with_the_private_link_when_there_is_an_address(
        settings, agency_a, email):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    conversation, key = actions.web_question_ask(
        agency=agency_a, body="Apakah PBG bisa diurus online?", email=email, submission_id="a3")
    answer = ConversationMessage.objects.create(
        conversation=conversation, direction="out", body="Bisa, melalui SIMBG.",
        delivery_status="queued")
    result = WebAdapter().send(answer)
    assert result.ok
    if email:
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["wahyu@example.id"]
        assert f"{reverse('connectors:web_open')}#{key}" in mail.outbox[0].body
        assert "Bisa, melalui SIMBG." in mail.outbox[0].body
    else:
        assert mail.outbox == []


def test_a_portal_question_cannot_rename_someone_elses_contact(agency_a):
    first, _key = actions.web_question_ask(
        agency=agency_a, body="Jadwal uji KIR kapan?", name="Wahyu Hidayat",
        email="wahyu@example.id", submission_id="n1")
    actions.web_question_ask(
        agency=agency_a, body="Pertanyaan lain dari orang lain", name="Orang Lain",
        email="wahyu@example.id", submission_id="n2")
    first.contact.refresh_from_db()
    assert first.contact.name == "Wahyu Hidayat"


def test_the_private_key_never_travels_in_a_url(client, agency_a):
    """A URL lands in every web server's and proxy's access log: the key rides after "#",
    which browsers never send, and the page posts it."""
    response = _ask(client, agency_a.slug)
    link = client.get(response["Location"]).context["link"]
    key = urlsplit(link).fragment
    conversation = Conversation.objects.get()

    opened = Client().post(reverse("connectors:web_open"), {"key": key})

    assert len(key) >= 32
    assert key not in urlsplit(link).path
    assert key not in opened["Location"]
    assert opened["Location"] == reverse("connectors:web_thread", args=[conversation.pk])


def test_a_thread_is_404_to_a_browser_that_has_not_opened_it_with_the_key(client, agency_a):
    conversation, key = actions.web_question_ask(
        agency=agency_a, body="Apakah ada biaya?", submission_id="b1")
    url = open_question(client, key)

    assert Client().get(url).status_code == 404
    assert Client().post(url, {"body": "Halo"}).status_code == 404
    assert conversation.messages.count() == 1


def test_a_link_sent_before_the_key_moved_into_the_fragment_still_opens_the_thread(
        client, agency_a):
    conversation, key = actions.web_question_ask(
        agency=agency_a, body="Apakah ada biaya?", submission_id="b2")

    response = client.get(reverse("connectors:web_thread_by_key", args=[key]))

    assert response.status_code == 302
    assert response["Location"] == reverse("connectors:web_thread", args=[conversation.pk])
    assert "Apakah ada biaya?" in client.get(response["Location"]).content.decode()


def test_opening_questions_with_guessed_keys_is_rate_limited(client, db):
    statuses = [client.post(reverse("connectors:web_open"), {"key": f"tebak-{n}"}).status_code
                for n in range(21)]

    assert statuses[:20] == [400] * 20
    assert statuses[20] == 429


def test_the_open_page_reads_the_key_from_the_fragment_with_a_static_script(client, db):
    content = client.get(reverse("connectors:web_open")).content.decode()

    assert "js/web-question.js" in content
    assert "data-open-question" in content
