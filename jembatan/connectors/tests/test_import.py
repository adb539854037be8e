"""Importing export files: CSV and Graph-API-shaped JSON, idempotent re-imports, history that
does not wait, row errors with line numbers, bad files refused, and the progress page."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from jembatan.connectors import actions, imports
from jembatan.connectors.models import Conversation, ConversationMessage, ImportJob

pytestmark = pytest.mark.django_db


def _recent(hours: int) -> str:
    return (timezone.localtime() - dt.timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M")


def _csv() -> bytes:
    return (
        "channel,author,text,created_at,thread,post\n"
        f"instagram,wulan_wsb,Min kapan jalan Kertek diaspal?,{_recent(2)},c-1,"
        "https://www.instagram.com/p/ABC/\n"
        f"instagram,wulan_wsb,Sudah rusak parah min,{_recent(1)},c-1,\n"
        "facebook,Joko Susilo,Lampu PJU mati sejak Januari,2024-01-15 19:20,c-2,Info PJU\n"
        f"facebook,,Tanpa nama,{_recent(1)},c-3,\n"
        "facebook,Sri,Tanggal aneh,kemarin sore,c-4,\n"
        "telegram,Andi,Saluran salah,2024-01-15 19:20,c-5,\n"
    ).encode()


def _upload(content: bytes, name: str = "komentar.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


def _run(job: ImportJob) -> ImportJob:
    imports.run_import(job.pk)
    job.refresh_from_db()
    return job


def test_csv_import_stores_items_and_reports_row_errors(officer_a, agency_a):
    job = _run(actions.import_job_create(agency=agency_a, platform="facebook",
                                         upload=_upload(_csv()), actor=officer_a))
    assert job.status == "done"
    assert job.total == 6
    assert job.processed == 6
    assert job.created == 3
    assert [e["line"] for e in job.errors] == [5, 6, 7]
    texts = [imports.error_text(e) for e in job.errors]
    assert "5" in texts[0]
    assert "kemarin sore" in texts[1]
    thread = Conversation.objects.get(thread_key="c-1")
    assert thread.channel == "instagram"
    assert thread.messages.count() == 2
    assert thread.post_url == "https://www.instagram.com/p/ABC/"
    assert ConversationMessage.objects.filter(data__imported=True).count() == 3


def test_reimporting_the_same_file_creates_nothing(officer_a, agency_a):
    _run(actions.import_job_create(agency=agency_a, platform="facebook", upload=_upload(_csv()),
                                   actor=officer_a))
    again = _run(actions.import_job_create(agency=agency_a, platform="facebook",
                                           upload=_upload(_csv()), actor=officer_a))
    assert again.created == 0
    assert again.skipped == 3
    assert ConversationMessage.objects.count() == 3


def test_old_history_does_not_wait_for_an_answer(officer_a, agency_a):
    _run(actions.import_job_create(agency=agency_a, platform="facebook", upload=_upload(_csv()),
                                   actor=officer_a))
    old = Conversation.objects.get(thread_key="c-2")
    recent = Conversation.objects.get(thread_key="c-1")
    assert old.waiting_since is None
    assert recent.waiting_since is not None


def test_graph_api_json_with_replies(officer_a, agency_a):
    document = {
        "post": {"id": "1789_1", "caption": "Perbaikan jalan Wonosobo–Dieng",
                 "permalink": "https://www.instagram.com/p/XYZ/"},
        "data": [
            {"id": "17900001", "text": "Kapan selesai min?", "username": "dieng_lovers",
             "from": {"id": "501", "username": "dieng_lovers"},
             "timestamp": "2024-03-01T08:00:00+0000",
             "replies": {"data": [
                 {"id": "17900002", "text": "Saya juga mau tanya",
                  "from": {"id": "502", "username": "sikunang"},
                  "timestamp": "2024-03-01T09:00:00+0000"},
             ]}},
            {"id": "17900003", "text": "", "from": {"id": "503"},
             "timestamp": "2024-03-01T10:00:00+0000"},
            "not an object",
        ],
    }
    upload = SimpleUploadedFile("comments.json", json.dumps(document).encode(),
                                content_type="application/json")
    job = _run(actions.import_job_create(agency=agency_a, platform="instagram", upload=upload,
                                         actor=officer_a))
    assert job.created == 2
    assert [e["code"] for e in job.errors] == ["no_text", "bad_item"]
    conversation = Conversation.objects.get(thread_key="17900001")
    assert conversation.messages.count() == 2
    assert conversation.post_text == "Perbaikan jalan Wonosobo–Dieng"
    assert conversation.post_url == "https://www.instagram.com/p/XYZ/"


@pytest.mark.parametrize(("content", "name"), [
    (b"author,text\nJoko,Halo\n", "komentar.csv"),
    (b"\xff\xfe\x00b\x00a\x00d", "komentar.csv"),
    (b"{not json", "komentar.json"),
    (b'{"data": "nope"}', "komentar.json"),
    (b"", "komentar.csv"),
    (b"author,text,created_at,thread\n,,,\n", "komentar.csv"),
    (b"hello", "komentar.pdf"),
])
def test_bad_files_are_refused_and_nothing_is_stored(login, officer_a, agency_a, content, name):
    response = login(officer_a).post(reverse("connectors:import"), {
        "agency": agency_a.pk, "platform": "facebook",
        "file": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert 'class="message message-error"' in response.content.decode()
    assert not ImportJob.objects.exists()
    assert not ConversationMessage.objects.exists()


def test_upload_page_then_progress_page(login, officer_a, agency_a):
    client = login(officer_a)
    assert client.get(reverse("connectors:import")).status_code == 200
    response = client.post(reverse("connectors:import"), {
        "agency": agency_a.pk, "platform": "facebook", "file": _upload(_csv())})
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("connectors:import_job", args=[job.pk])
    page = client.get(response["Location"]).content.decode()
    assert "<progress" in page
    assert 'hx-trigger="every 2s"' in page
    _run(job)
    partial = client.get(response["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial
    assert 'value="100"' in partial
    assert "hx-trigger" not in partial  # finished: polling stops


def test_officer_may_not_import_for_or_watch_another_agency(login, officer_a, officer_b,
                                                            agency_a):
    response = login(officer_b).post(reverse("connectors:import"), {
        "agency": agency_a.pk, "platform": "facebook", "file": _upload(_csv())})
    assert response.status_code == 400
    assert not ImportJob.objects.exists()
    job = actions.import_job_create(agency=agency_a, platform="facebook",
                                    upload=_upload(_csv()), actor=officer_a)
    url = reverse("connectors:import_job", args=[job.pk])
    assert login(officer_b).get(url).status_code == 404


def test_citizen_may_not_open_the_import_page(login, citizen):
    assert login(citizen).get(reverse("connectors:import")).status_code == 403
