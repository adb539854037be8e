"""lapor_export: LAPOR!-shaped records with status and public follow-ups, never internal notes,
never an anonim reporter's identity nor a rahasia report's content; what went back is logged
and shown on the staff page of a report from LAPOR!."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from jembatan.core.workflow import Actor
from jembatan.lapor.models import SendBack
from jembatan.reports.actions import message_post, report_dispose, report_respond, report_submit
from jembatan.reports.models import Message, Privacy

pytestmark = pytest.mark.django_db

CANARY_NAME = "Kanari Rahmawati"
CANARY_PHONE = "081277778888"
STORED_PHONE = "+6281277778888"  # how report_submit keeps it
CANARY_EMAIL = "warga.kanari@contoh.id"
CANARY_SECRET = "Kepala gudang menerima suap kanari"
CANARY_NOTE = "Catatan internal kanari"
CANARY_ANSWER = "Jawaban kanari atas laporan rahasia"


def _submit(*, privacy: str, title: str, body: str):
    report, _key, _created = report_submit(
        kind="pengaduan", title=title, body=body, privacy=privacy, reporter_name=CANARY_NAME,
        reporter_phone=CANARY_PHONE, reporter_email=CANARY_EMAIL)
    return report


def _export(*args) -> str:
    out = io.StringIO()
    call_command("lapor_export", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def answered(coordinator, officer_a, agency_a):
    report = _submit(privacy=Privacy.PUBLIK, title="Lampu jalan mati",
                     body="Lampu jalan di Jl. Sabuk Alu mati sejak seminggu.")
    report = report_dispose(report=report, actor=Actor(user=coordinator), agency=agency_a,
                            note=CANARY_NOTE)
    message_post(report=report, actor=Actor(user=officer_a), body=CANARY_NOTE + " 2",
                 visibility=Message.Visibility.INTERNAL)
    report_respond(report=report, actor=Actor(user=officer_a), message="Lampu sudah diganti.")
    return report


def test_export_carries_status_and_public_answers_never_internal_notes(answered):
    output = _export()

    row = json.loads(output)["laporan"][0]
    assert row["status"] == "Ditindaklanjuti"
    assert row["nomor_laporan"] == answered.tracking_code
    assert [item["isi"] for item in row["tindak_lanjut"]] == ["Lampu sudah diganti."]
    assert CANARY_NOTE not in output


@pytest.mark.parametrize("form", ["json", "csv"])
def test_anonim_identity_and_rahasia_content_never_leave(db, form):
    _submit(privacy=Privacy.ANONIM, title="Pungutan di kantor desa", body="Diminta uang.")
    secret = _submit(privacy=Privacy.RAHASIA, title="Laporan gudang", body=CANARY_SECRET)
    Message.objects.create(report=secret, visibility=Message.Visibility.PUBLIC,
                           body=CANARY_ANSWER, created_at=secret.created_at)

    output = _export("--format", form)

    for canary in (CANARY_NAME, STORED_PHONE, CANARY_EMAIL, CANARY_SECRET, "Laporan gudang",
                   CANARY_ANSWER):
        assert canary not in output
    if form == "csv":
        rows = list(csv.DictReader(io.StringIO(output)))
        assert {(row["anonim"], row["rahasia"]) for row in rows} == {("ya", "tidak"),
                                                                   ("tidak", "ya")}


def test_a_public_reporter_is_named_for_lapor(db):
    _submit(privacy=Privacy.PUBLIK, title="Sampah menumpuk", body="Di pasar Kertek.")

    output = _export()
    assert CANARY_NAME in output
    assert STORED_PHONE in output


def test_export_since_leaves_older_reports_out(answered):
    assert json.loads(_export("--since", "2999-01-01"))["laporan"] == []


def test_a_bad_since_is_refused_with_exit_code_2(db):
    with pytest.raises(CommandError) as error:
        _export("--since", "besok")
    assert error.value.returncode == 2
    assert "bukan tanggal" in str(error.value)


def test_sending_back_a_lapor_report_is_logged_and_shown_on_its_staff_page(
        tmp_path, client, coordinator):
    path = tmp_path / "lapor.json"
    path.write_text(json.dumps([{
        "nomor_laporan": "LPR-55", "jenis": "Pengaduan", "judul": "Banjir di Selomerto",
        "isi": "Saluran tersumbat.", "status": "Belum Terverifikasi",
        "tanggal_laporan": "2026-03-02T09:00:00+07:00"}]), encoding="utf-8")
    call_command("lapor_import", str(path), stdout=io.StringIO())
    _submit(privacy=Privacy.PUBLIK, title="Bukan dari LAPOR!", body="Lewat web.")

    output = _export()

    assert "LPR-55" in output
    entry = SendBack.objects.get()
    assert entry.report.lapor_link.tracking_number == "LPR-55"
    assert entry.detail == "Belum Terverifikasi"
    client.force_login(coordinator)
    page = client.get(reverse("reports:staff_detail", args=[entry.report.tracking_code]))
    text = page.content.decode()
    assert "Nomor SP4N-LAPOR! LPR-55" in text
    assert "Dikirim kembali ke SP4N-LAPOR!" in text
    assert "ditulis ke berkas ekspor" in text
