"""The push: what LAPOR! must know about its reports goes back over HTTP after each change, to
a real server on loopback answering like docs/lapor.md; retried when LAPOR! is away, given up
on a refusal, never sent twice, and never with an anonim reporter's identity."""

import datetime as dt

import pytest
from django.template.loader import render_to_string
from django.utils import timezone, translation

from jembatan.core.workflow import Actor
from jembatan.lapor.models import SendBack
from jembatan.lapor.push import lapor_push, lapor_push_retry_due
from jembatan.lapor.templatetags.lapor_tags import lapor_panel
from jembatan.lapor.tests.conftest import TOKEN
from jembatan.reports import actions
from jembatan.reports.models import Message, RejectionReason

pytestmark = pytest.mark.django_db

ANSWER = "Lubang sudah ditambal oleh tim DPUPR."


@pytest.fixture
def live(immediate_tasks, django_capture_on_commit_callbacks):
    """Run an action as a web request would: its events fire after commit, tasks at once."""

    def run(action, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(**kwargs)

    return run


def test_disposing_a_lapor_report_sends_the_status_with_the_agency_and_the_token(
        lapor_api, import_lapor, live, coordinator, agency_a):
    report = import_lapor()

    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)

    [sent] = lapor_api.received
    assert sent.path == "/api/laporan/LPR-7781234/status"
    assert sent.authorization == f"Bearer {TOKEN}"
    assert sent.body["status"] == "Didisposisi"
    assert sent.body["instansi"] == agency_a.name
    assert sent.key.startswith("status:")
    entry = SendBack.objects.get(report=report)
    assert (entry.what, entry.result, entry.http_status, entry.detail) == (
        SendBack.What.STATUS, SendBack.Result.SENT, 200, "Didisposisi")
    report.lapor_link.refresh_from_db()
    assert report.lapor_link.lapor_status == "Didisposisi"


def test_the_answer_goes_before_its_status_and_closing_sends_selesai(
        lapor_api, import_lapor, live, coordinator, officer_a, agency_a):
    report = import_lapor()
    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)
    # Acknowledging is "Didisposisi" in LAPOR!'s words too: nothing to send.
    live(actions.report_acknowledge, report=report, actor=Actor(user=officer_a))
    assert len(lapor_api.received) == 1

    live(actions.report_respond, report=report, actor=Actor(user=officer_a), message=ANSWER)
    live(actions.report_close, report=report, actor=Actor(user=coordinator))

    paths = [item.path.rsplit("/", 1)[-1] for item in lapor_api.received]
    assert paths == ["status", "tindak-lanjut", "status", "status"]
    [follow_up] = lapor_api.bodies("tindak-lanjut")
    assert follow_up["isi"] == ANSWER
    assert follow_up["instansi"] == agency_a.name
    assert [body["status"] for body in lapor_api.bodies("status")] == [
        "Didisposisi", "Ditindaklanjuti", "Selesai"]
    assert lapor_api.bodies("status")[-1]["tanggal_selesai"]
    # The staff page names the answer by its local time, as the report's messages show it.
    answer = report.messages.get(body=ANSWER)
    sent = SendBack.objects.get(report=report, what=SendBack.What.FOLLOW_UP)
    assert sent.detail == timezone.localtime(answer.created_at).strftime("%d-%m-%Y %H:%M")


def test_a_second_public_answer_is_sent_but_internal_notes_and_the_reporters_words_never(
        lapor_api, import_lapor, live, coordinator, officer_a, agency_a):
    report = import_lapor()
    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)
    report = live(actions.report_respond, report=report, actor=Actor(user=officer_a),
                  message=ANSWER)

    live(actions.message_post, report=report, actor=Actor(user=officer_a),
         body="Catatan internal: anggaran dari pos darurat.", visibility="internal")
    Message.objects.create(report=report, visibility=Message.Visibility.PUBLIC,
                           from_reporter=True, body="Terima kasih, sudah saya cek.",
                           created_at=timezone.now())
    live(actions.message_post, report=report, actor=Actor(user=officer_a),
         body="Pengaspalan ulang dijadwalkan bulan depan.", visibility="public")

    texts = [body["isi"] for body in lapor_api.bodies("tindak-lanjut")]
    assert texts == [ANSWER, "Pengaspalan ulang dijadwalkan bulan depan."]


def test_rejecting_sends_diarsipkan_with_the_reason(lapor_api, import_lapor, live,
                                                     coordinator):
    report = import_lapor()

    live(actions.report_reject, report=report, actor=Actor(user=coordinator),
         reason=RejectionReason.OUTSIDE_REMIT)

    [body] = lapor_api.bodies("status")
    assert body["status"] == "Diarsipkan"
    assert body["alasan"]
    assert body["tanggal_selesai"]


def test_nothing_is_sent_twice_and_rerunning_is_safe(lapor_api, import_lapor, live,
                                                     coordinator, officer_a, agency_a):
    report = import_lapor()
    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)
    live(actions.report_respond, report=report, actor=Actor(user=officer_a), message=ANSWER)
    received = len(lapor_api.received)

    assert lapor_push(report_id=report.pk) == {"sent": 0, "retry": 0, "failed": 0}
    lapor_push(report_id=report.pk)

    assert len(lapor_api.received) == received
    keys = [item.key for item in lapor_api.received]
    assert len(keys) == len(set(keys))


def test_follow_ups_that_came_from_lapor_are_not_sent_back(lapor_api, import_lapor, agency_a):
    report = import_lapor(status="Ditindaklanjuti", instansi=agency_a.name,
                          tanggal_disposisi="2026-03-03T10:00:00+07:00",
                          tindak_lanjut=[{"tanggal": "2026-03-05T14:00:00+07:00",
                                          "isi": ANSWER, "instansi": agency_a.name}])

    lapor_push(report_id=report.pk)

    assert lapor_api.received == []
    assert SendBack.objects.get(report=report).result == SendBack.Result.RECEIVED


def test_a_503_is_tried_again_later_and_then_accepted(lapor_api, import_lapor, live,
                                                      immediate_tasks, coordinator, agency_a):
    lapor_api.script["status"] = [503]
    report = import_lapor()

    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)

    first = SendBack.objects.get(report=report)
    assert (first.result, first.http_status, first.attempt) == (SendBack.Result.RETRY, 503, 1)
    assert first.retry_at is not None
    # Not due yet: nothing happens.
    assert lapor_push_retry_due() == 0

    assert lapor_push_retry_due(now=timezone.now() + dt.timedelta(minutes=2)) == 1

    second = SendBack.objects.filter(report=report).order_by("id").last()
    assert (second.result, second.http_status, second.attempt) == (SendBack.Result.SENT, 200, 2)
    assert [item.key for item in lapor_api.received] == [first.key, first.key]
    # The retry was enqueued once: a later run of the job finds nothing due.
    assert lapor_push_retry_due(now=timezone.now() + dt.timedelta(hours=1)) == 0


def test_a_server_that_is_down_is_tried_again(settings, import_lapor, live, coordinator,
                                              agency_a):
    settings.LAPOR_API_URL = "http://127.0.0.1:9/api"
    report = import_lapor()

    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)

    entry = SendBack.objects.get(report=report)
    assert (entry.result, entry.http_status) == (SendBack.Result.RETRY, None)


def test_a_refusal_is_given_up_logged_and_shown_on_the_staff_panel(
        lapor_api, import_lapor, live, coordinator, officer_a, agency_a):
    lapor_api.script["tindak-lanjut"] = [422]
    report = import_lapor()
    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)

    live(actions.report_respond, report=report, actor=Actor(user=officer_a), message=ANSWER)
    lapor_push(report_id=report.pk)

    refused = SendBack.objects.get(report=report, what=SendBack.What.FOLLOW_UP)
    assert (refused.result, refused.http_status) == (SendBack.Result.FAILED, 422)
    # Given up is given up: the rerun did not send it again; the status still went.
    assert len(lapor_api.bodies("tindak-lanjut")) == 1
    assert lapor_api.bodies("status")[-1]["status"] == "Ditindaklanjuti"
    with translation.override("en"):
        panel = render_to_string("lapor/_panel.html", lapor_panel({}, report))
    assert "refused or not reachable" in panel
    assert "HTTP 422" in panel


def test_an_anonim_reporter_is_never_named_and_a_rahasia_answer_travels_without_the_report(
        lapor_api, import_lapor, live, coordinator, officer_a, agency_a):
    anonymous = import_lapor(nomor_laporan="LPR-A", anonim=True)
    confidential = import_lapor(nomor_laporan="LPR-R", rahasia=True)
    for report in (anonymous, confidential):
        live(actions.report_dispose, report=report, actor=Actor(user=coordinator),
             agency=agency_a)
        live(actions.report_respond, report=report, actor=Actor(user=officer_a),
             message=ANSWER)

    sent = " ".join(str(item.body) for item in lapor_api.received)
    for secret in ("Siti", "siti@contoh.id", "081234567890", "Kalikajar", "Lubang besar"):
        assert secret not in sent
    # Decision 0051: the agency's answer to a rahasia report goes over the authenticated
    # connection, so the reporter reads it in LAPOR!.
    assert [body["isi"] for body in lapor_api.bodies("tindak-lanjut")] == [ANSWER, ANSWER]


def test_nothing_is_pushed_without_the_setting_or_for_reports_not_from_lapor(
        lapor_api, settings, import_lapor, live, coordinator, agency_a):
    from jembatan.reports.tests.factories import ReportFactory

    settings.LAPOR_API_URL = ""
    report = import_lapor()
    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)
    assert lapor_api.received == []

    settings.LAPOR_API_URL = f"{lapor_api.base}/api"
    own = ReportFactory.create()
    live(actions.report_dispose, report=own, actor=Actor(user=coordinator), agency=agency_a)
    assert lapor_api.received == []


def _given_up_answer(lapor_api, import_lapor, live, coordinator, officer_a, agency_a):
    """A LAPOR! report whose follow-up answer SP4N-LAPOR! refused (422), given up."""
    lapor_api.script["tindak-lanjut"] = [422]
    report = import_lapor()
    live(actions.report_dispose, report=report, actor=Actor(user=coordinator), agency=agency_a)
    live(actions.report_respond, report=report, actor=Actor(user=officer_a), message=ANSWER)
    assert SendBack.objects.get(report=report, what=SendBack.What.FOLLOW_UP).result == (
        SendBack.Result.FAILED)
    return report


def test_staff_send_a_given_up_answer_again_once_lapor_takes_it(
        lapor_api, import_lapor, live, coordinator, officer_a, agency_a, login, immediate_tasks,
        django_capture_on_commit_callbacks):
    from django.urls import reverse

    from jembatan.core.models import AuditEntry

    report = _given_up_answer(lapor_api, import_lapor, live, coordinator, officer_a, agency_a)
    client = login(officer_a)
    page = client.get(reverse("reports:staff_detail", args=[report.tracking_code]))
    assert "Kirim lagi ke SP4N-LAPOR!" in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("lapor:push_again", args=[report.tracking_code]),
                               follow=True)

    assert "1 kiriman akan dikirim lagi ke SP4N-LAPOR! sebentar lagi." in (
        response.content.decode())
    # Sent once more under the same key, and taken this time.
    answers = [item for item in lapor_api.received if item.path.endswith("tindak-lanjut")]
    assert len(answers) == 2
    assert answers[0].key == answers[1].key
    rows = list(SendBack.objects.filter(report=report, what=SendBack.What.FOLLOW_UP)
                .order_by("attempt"))
    assert [(row.attempt, row.result) for row in rows] == [
        (1, SendBack.Result.SENT_AGAIN), (2, SendBack.Result.SENT)]
    assert AuditEntry.objects.filter(action="report_lapor_push_again",
                                     actor=officer_a).count() == 1
    # Nothing is given up any more: the button is gone, and asking again says why.
    assert "Kirim lagi ke SP4N-LAPOR!" not in client.get(
        reverse("reports:staff_detail", args=[report.tracking_code])).content.decode()
    again = client.post(reverse("lapor:push_again", args=[report.tracking_code]), follow=True)
    assert "Tidak ada kiriman gagal yang menunggu untuk dikirim lagi." in again.content.decode()


def test_only_who_answers_the_report_may_send_it_again(
        lapor_api, import_lapor, live, coordinator, officer_a, officer_b, agency_a, login,
        citizen):
    from django.urls import reverse

    report = _given_up_answer(lapor_api, import_lapor, live, coordinator, officer_a, agency_a)
    url = reverse("lapor:push_again", args=[report.tracking_code])

    assert login(officer_b).post(url).status_code == 404  # another agency's report
    assert login(citizen).post(url).status_code == 404
    assert login(officer_a).get(url).status_code == 405
    assert SendBack.objects.get(report=report, what=SendBack.What.FOLLOW_UP).result == (
        SendBack.Result.FAILED)


def test_without_the_connection_nothing_is_sent_again_and_staff_are_told(
        lapor_api, import_lapor, live, coordinator, officer_a, agency_a, login, settings):
    from django.urls import reverse

    report = _given_up_answer(lapor_api, import_lapor, live, coordinator, officer_a, agency_a)
    settings.LAPOR_API_URL = ""

    response = login(coordinator).post(
        reverse("lapor:push_again", args=[report.tracking_code]), follow=True)

    assert "Sambungan ke SP4N-LAPOR! belum diatur" in response.content.decode()
    assert SendBack.objects.get(report=report, what=SendBack.What.FOLLOW_UP).result == (
        SendBack.Result.FAILED)

