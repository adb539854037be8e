"""Confirming a mobile number by a WhatsApp code (decision 0057): the confirm page, the Graph API
request as Meta documents authentication templates, failures, privacy, and the answer that
reaches a participant confirmed by phone."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from jembatan.connectors.actions import account_connect
from jembatan.connectors.models import Platform
from jembatan.connectors.tests import fake_graph
from jembatan.connectors.tests.fake_graph import (
    EXPIRED_TOKEN,
    TOKEN,
    UNKNOWN_ERROR,
    whatsapp_error,
)
from jembatan.core.crypto import decrypt
from jembatan.participation import actions
from jembatan.participation.contributors import contact_hash
from jembatan.participation.models import Comment, Consultation, Participant
from jembatan.participation.tests.conftest import comment_on, make_consultation

pytestmark = pytest.mark.django_db
graph = fake_graph.graph  # the fixture: a local Graph API, the project in live mode

PHONE_NUMBER_ID = "106540352242922"
TYPED = "0812-3456-7890"
E164 = "+6281234567890"
# Every way the number could show up in a log line.
NUMBER_SPELLINGS = ("81234567890", "812-3456-7890", "812 3456 7890")
CONFIRM = reverse("participation:confirm")
NOT_DELIVERED = whatsapp_error(
    131026, "(#131026) Message undeliverable",
    "Message failed to send because the recipient's phone number is not a WhatsApp user.")
NO_TEMPLATE = whatsapp_error(
    132001, "(#132001) Template name does not exist in the translation",
    "template name (kode_verifikasi) does not exist in id")


@pytest.fixture
def sender(agency_a, settings):
    """A connected WhatsApp number with a token, configured to send the codes."""
    account, _created = account_connect(agency=agency_a, platform=Platform.WHATSAPP,
                                        external_id=PHONE_NUMBER_ID, name="WA DPUPR",
                                        token=TOKEN)
    settings.PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID = PHONE_NUMBER_ID
    settings.PARTICIPATION_WHATSAPP_OTP_TEMPLATE = "kode_verifikasi"
    settings.PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE = ""
    return account


def _code_of(seen) -> str:
    return seen.json["template"]["components"][0]["parameters"][0]["text"]


def _ask(client: Client, number: str = TYPED, name: str = "Warga Kalikajar", back: str = "/"):
    return client.post(f"{CONFIRM}?next={back}", {"email": "", "phone": number,
                                                  "display_name": name})


# --- The code by WhatsApp -------------------------------------------------------------------


def test_the_code_goes_to_whatsapp_as_an_authentication_template(graph, sender):
    response = _ask(Client())

    assert response.status_code == 302
    [seen] = graph.requests
    assert seen.method == "POST"
    assert seen.path == f"/v23.0/{PHONE_NUMBER_ID}/messages"
    assert seen.headers["Authorization"] == f"Bearer {TOKEN}"
    assert seen.headers["Content-Type"] == "application/json"
    code = _code_of(seen)
    assert re.fullmatch(r"\d{6}", code)
    assert seen.json == {
        "messaging_product": "whatsapp", "to": "6281234567890", "type": "template",
        "template": {"name": "kode_verifikasi", "language": {"code": "id"}, "components": [
            {"type": "body", "parameters": [{"type": "text", "text": code}]},
            {"type": "button", "sub_type": "url", "index": "0",
             "parameters": [{"type": "text", "text": code}]},
        ]},
    }
    assert mail.outbox == []


@pytest.mark.parametrize("typed", ["0812 3456 7890", "+62 812-3456-7890", "6281234567890"])
def test_every_indonesian_spelling_reaches_the_same_number(graph, sender, typed):
    _ask(Client(), typed)

    assert graph.requests[0].json["to"] == "6281234567890"


def test_the_right_code_confirms_a_phone_participant_who_can_then_comment(graph, sender,
                                                                          agency_a):
    consultation = make_consultation(agency_a)
    back = consultation.get_absolute_url()
    client = Client()
    _ask(client, back=back)
    page = client.get(f"{CONFIRM}?next={back}").content.decode()
    assert "Kode dari WhatsApp" in page

    response = client.post(f"{CONFIRM}?next={back}", {"code": _code_of(graph.requests[0])})

    assert response.status_code == 302
    assert response["Location"] == back
    participant = Participant.objects.get()
    assert participant.contact_kind == Participant.ContactKind.PHONE
    assert participant.contact_hash == contact_hash(E164)
    assert participant.display_name == "Warga Kalikajar"
    # No answer template is configured: the number is not kept.
    assert participant.notify_address == ""
    client.post(reverse("participation:comment", args=[consultation.pk]),
                {"body": "Tarif usaha mikro terlalu tinggi."})
    assert Comment.objects.get().participant == participant


def test_the_same_number_typed_differently_is_the_same_participant(graph, sender):
    for typed, name in ((TYPED, "Warga"), ("+62 812 3456 7890", "Bu Sri")):
        cache.clear()  # a day later: no wait for the next code
        client = Client()
        assert _ask(client, typed, name=name).status_code == 302
        client.post(CONFIRM, {"code": _code_of(graph.requests[-1])})

    assert len(graph.requests) == 2
    participant = Participant.objects.get()
    assert participant.display_name == "Bu Sri"


def test_five_wrong_codes_void_the_code(graph, sender):
    client = Client()
    _ask(client)
    code = _code_of(graph.requests[0])
    wrong = "000000" if code != "000000" else "111111"

    for _try in range(5):
        response = client.post(CONFIRM, {"code": wrong})
        assert response.status_code == 400
    response = client.post(CONFIRM, {"code": code})

    assert response.status_code == 400
    assert not Participant.objects.exists()


def test_a_second_code_within_a_minute_is_refused(graph, sender):
    client = Client()
    _ask(client)
    client.post(CONFIRM, {"restart": "1"})

    response = _ask(client)

    assert response.status_code == 302
    assert len(graph.requests) == 1
    page = client.get(CONFIRM).content.decode()
    assert "Kode baru saja dikirim ke nomor ini" in page


@pytest.mark.parametrize("typed", ["(0286) 321234", "081234", "+1 650 253 0000", "nomor saya"])
def test_a_number_that_is_no_indonesian_mobile_gets_an_indonesian_form_error(graph, sender,
                                                                              typed):
    response = _ask(Client(), typed)

    assert response.status_code == 400
    assert "Ini bukan nomor HP Indonesia" in response.content.decode()
    assert graph.requests == []


def test_both_or_neither_contact_is_a_form_error(graph, sender):
    both = Client().post(CONFIRM, {"email": "warga@example.com", "phone": TYPED,
                                   "display_name": "Warga"})
    neither = Client().post(CONFIRM, {"email": "", "phone": "", "display_name": "Warga"})

    assert both.status_code == neither.status_code == 400
    assert "Isi alamat email atau nomor HP saja, tidak keduanya." in both.content.decode()
    assert "Isi alamat email atau nomor HP." in neither.content.decode()
    assert graph.requests == []
    assert mail.outbox == []


def test_email_still_works_beside_the_phone(graph, sender):
    client = Client()
    client.post(CONFIRM, {"email": "warga@example.com", "phone": "", "display_name": "Warga"})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)

    client.post(CONFIRM, {"code": code})

    assert Participant.objects.get().contact_kind == Participant.ContactKind.EMAIL
    assert graph.requests == []


# --- When WhatsApp fails ----------------------------------------------------------------------


@pytest.mark.parametrize(("status", "payload", "says"), [
    (400, NOT_DELIVERED, "WhatsApp tidak dapat mengirim kode ke nomor ini"),
    (500, UNKNOWN_ERROR, "WhatsApp sedang tidak dapat dihubungi"),
    (401, EXPIRED_TOKEN, "Kode lewat WhatsApp sedang tidak tersedia"),
    # A template missing on Meta's side is the sender's problem, not the citizen's number.
    (404, NO_TEMPLATE, "Kode lewat WhatsApp sedang tidak tersedia"),
])
def test_a_graph_error_gives_a_clear_message_and_keeps_what_was_typed(graph, sender, status,
                                                                       payload, says):
    graph.answer(status, payload)
    client = Client()

    response = _ask(client)

    assert response.status_code == 400
    page = response.content.decode()
    assert says in page
    assert 'value="0812-3456-7890"' in page
    assert 'value="Warga Kalikajar"' in page
    assert not Participant.objects.exists()
    # Nothing was kept of the failed code: asking again sends at once.
    assert _ask(client).status_code == 302
    assert len(graph.requests) == 2


def test_graph_out_of_reach_is_a_clear_message_not_a_500(sender, settings):
    settings.CONNECTORS_MODE = "live"
    settings.META_GRAPH_URL = "http://127.0.0.1:9/v23.0"  # discard port: nothing listens

    response = _ask(Client())

    assert response.status_code == 400
    assert "WhatsApp sedang tidak dapat dihubungi" in response.content.decode()


def test_neither_the_number_nor_the_code_is_logged(graph, sender, caplog):
    caplog.set_level(logging.DEBUG)
    graph.answer(400, NOT_DELIVERED)
    client = Client()
    _ask(client)
    _ask(client)
    code = _code_of(graph.requests[-1])
    client.post(CONFIRM, {"code": "000000" if code != "000000" else "111111"})
    client.post(CONFIRM, {"code": code})

    assert Participant.objects.exists()
    assert "Participation code not sent by WhatsApp" in caplog.text
    for spelling in (*NUMBER_SPELLINGS, code):
        assert spelling not in caplog.text


# --- When no sender is configured ---------------------------------------------------------------


def test_without_a_sender_the_form_offers_email_only(graph, settings):
    settings.PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID = ""

    page = Client().get(CONFIRM).content.decode()
    response = _ask(Client())

    assert 'name="phone"' not in page
    assert 'name="email"' in page
    assert "Konfirmasi alamat email Anda" in page
    assert response.status_code == 400  # the email address is required
    assert graph.requests == []


def test_a_sender_without_a_token_in_live_mode_is_no_sender(graph, sender):
    sender.token = ""
    sender.save()

    assert 'name="phone"' not in Client().get(CONFIRM).content.decode()


def test_a_deactivated_sender_is_no_sender(graph, sender):
    sender.is_active = False
    sender.save()

    assert 'name="phone"' not in Client().get(CONFIRM).content.decode()


def test_the_audience_names_the_phone_only_when_one_can_be_confirmed(agency_a, settings,
                                                                     sender):
    consultation = make_consultation(agency_a)
    with_phone = Client().get(consultation.get_absolute_url()).content.decode()
    cache.clear()  # the page is kept (core.public_cache); a new setting means a restart
    settings.PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID = ""
    without = Client().get(consultation.get_absolute_url()).content.decode()

    assert "mengonfirmasi alamat email atau nomor HP</dd>" in with_phone
    assert "mengonfirmasi alamat email</dd>" in without


# --- Outbox mode (the demo) ---------------------------------------------------------------------


def test_in_outbox_mode_the_code_is_written_to_a_file_not_sent(sender, settings, tmp_path):
    settings.CONNECTORS_MODE = "outbox"
    settings.PARTICIPATION_WHATSAPP_OUTBOX_DIR = tmp_path
    sender.token = ""
    sender.save()  # the demo's accounts have no token
    client = Client()

    assert 'name="phone"' in client.get(CONFIRM).content.decode()
    assert _ask(client).status_code == 302
    [written] = list(Path(tmp_path).iterdir())
    request = json.loads(written.read_text())
    assert request["url"].endswith(f"/{PHONE_NUMBER_ID}/messages")
    assert "Authorization" not in written.read_text()
    code = request["json"]["template"]["components"][0]["parameters"][0]["text"]
    client.post(CONFIRM, {"code": code})
    assert Participant.objects.get().contact_kind == Participant.ContactKind.PHONE


def test_the_demo_sends_codes_from_diskominfos_demo_whatsapp_number():
    from jembatan.connectors.demo import content, loader

    script = (Path(__file__).resolve().parents[3] / "scripts" / "demo-env.sh").read_text()
    configured = re.search(r"PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID:-(\d+)", script).group(1)
    number = [slug for slug, _name, _handle in content.ACCOUNTS].index("diskominfo") + 1

    assert configured == loader._account_ids(number)[Platform.WHATSAPP]


# --- The answer -------------------------------------------------------------------------------


def test_a_phone_participant_is_told_the_answer_by_the_utility_template(
        graph, sender, agency_a, officer_a, settings, django_capture_on_commit_callbacks):
    from jembatan.testing.fixtures import IMMEDIATE_TASKS

    settings.TASKS = IMMEDIATE_TASKS
    settings.PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE = "jawaban_masukan"
    participant = actions.participant_verify(contact=E164, display_name="Warga Kalikajar",
                                             kind=Participant.ContactKind.PHONE)
    assert decrypt(participant.notify_address) == E164
    consultation = make_consultation(agency_a, Consultation.Status.CLOSED)
    comment = comment_on(consultation, participant=participant)
    actions.comment_answer(comment=comment, actor=officer_a, answer_status="accepted",
                           answer="Kami turunkan tarifnya.")

    with django_capture_on_commit_callbacks(execute=True):
        actions.answer_publish(consultation=consultation, actor=officer_a,
                               summary="Terima kasih atas masukannya.")

    [seen] = graph.requests
    assert seen.path == f"/v23.0/{PHONE_NUMBER_ID}/messages"
    assert seen.json["to"] == "6281234567890"
    template = seen.json["template"]
    assert (template["name"], template["language"]) == ("jawaban_masukan", {"code": "id"})
    values = [p["text"] for p in template["components"][0]["parameters"]]
    assert values[:3] == ["Warga Kalikajar", agency_a.name, consultation.title]
    assert values[3].endswith(reverse("participation:answers", args=[consultation.pk]))
    assert mail.outbox == []  # never an email to a phone number
    participant.refresh_from_db()
    assert participant.notify_address == ""


def test_without_an_answer_template_a_phone_participant_gets_nothing_and_no_email(
        graph, sender, agency_a, officer_a, settings, django_capture_on_commit_callbacks):
    from jembatan.core.crypto import encrypt
    from jembatan.testing.fixtures import IMMEDIATE_TASKS

    settings.TASKS = IMMEDIATE_TASKS
    # Kept while a template was configured; the template has since been removed.
    participant = Participant.objects.create(
        contact_hash=contact_hash(E164), contact_kind=Participant.ContactKind.PHONE,
        display_name="Warga", notify_address=encrypt(E164))
    consultation = make_consultation(agency_a, Consultation.Status.CLOSED)
    comment = comment_on(consultation, participant=participant)
    actions.comment_answer(comment=comment, actor=officer_a, answer_status="accepted",
                           answer="Kami turunkan tarifnya.")

    with django_capture_on_commit_callbacks(execute=True):
        actions.answer_publish(consultation=consultation, actor=officer_a,
                               summary="Terima kasih atas masukannya.")

    assert graph.requests == []
    assert mail.outbox == []
    participant.refresh_from_db()
    assert participant.notify_address == ""
