"""lapor_import: LAPOR! reports enter through the same submission as every channel, keep their
LAPOR! number, take LAPOR!'s dates for the clocks, and are never created twice."""

import datetime as dt
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from jembatan.core.models import AuditEntry
from jembatan.core.workdays import add_working_days
from jembatan.lapor.models import LaporLink
from jembatan.reports.models import Channel, Event, Message, Privacy, Report, Stage, Status

pytestmark = pytest.mark.django_db

RECEIVED = "2026-03-02T09:00:00+07:00"  # a Monday
DISPOSED = "2026-03-03T10:00:00+07:00"


def _record(**changes) -> dict:
    record = {
        "nomor_laporan": "LPR-7781234",
        "jenis": "Pengaduan",
        "judul": "Jalan berlubang di Kalikajar",
        "isi": "Lubang besar di depan SD Kalikajar 2 membahayakan pengendara motor.",
        "kategori": "",
        "instansi": "",
        "status": "Belum Terverifikasi",
        "anonim": False,
        "rahasia": False,
        "tanggal_laporan": RECEIVED,
        "lokasi": "Depan SD Kalikajar 2",
        "nama_pelapor": "Siti Aminah",
        "email_pelapor": "siti@contoh.id",
        "telepon_pelapor": "081234567890",
        "tindak_lanjut": [],
    }
    record.update(changes)
    return record


def _import(tmp_path, records, name="lapor.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps({"laporan": records}), encoding="utf-8")
    out = io.StringIO()
    call_command("lapor_import", str(path), stdout=out)
    return out.getvalue()


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_a_new_lapor_report_enters_like_any_channel_with_its_number_and_lapor_dates(tmp_path):
    output = _import(tmp_path, [_record()])

    report = Report.objects.get()
    assert report.channel == Channel.LAPOR
    assert report.lapor_link.tracking_number == "LPR-7781234"
    assert report.tracking_code in output
    assert "LPR-7781234" in output
    assert report.created_at == _moment(RECEIVED)
    # The 3-working-day verification clock counts from LAPOR!'s date, not from the import.
    assert report.deadline_stage == Stage.VERIFICATION
    assert report.deadline == add_working_days(start=_moment(RECEIVED), days=3).due
    assert report.status == Status.BARU
    assert report.reporter_name == "Siti Aminah"
    assert Event.objects.filter(report=report, action="submit").exists()


def test_a_disposed_lapor_report_goes_to_the_named_agency_with_the_5_day_clock(tmp_path,
                                                                              agency_a):
    _import(tmp_path, [_record(status="Didisposisi", instansi=agency_a.name,
                               tanggal_disposisi=DISPOSED)])

    report = Report.objects.get()
    assert report.status == Status.DIDISPOSISIKAN
    assert report.lead_agency == agency_a
    assert report.deadline_stage == Stage.FOLLOW_UP
    assert report.deadline == add_working_days(start=_moment(DISPOSED), days=5).due


def test_reimporting_updates_the_report_never_duplicates_it_and_says_what_changed(tmp_path,
                                                                                  agency_a):
    _import(tmp_path, [_record()])
    again = _import(tmp_path, [_record()])
    assert Report.objects.count() == 1
    assert "0 baru, 0 diperbarui, 1 tidak berubah" in again

    answer = {"tanggal": "2026-03-05T14:00:00+07:00", "isi": "Lubang sudah ditambal.",
              "instansi": agency_a.name}
    later = _import(tmp_path, [_record(status="Ditindaklanjuti", instansi=agency_a.name,
                                       tanggal_disposisi=DISPOSED, tindak_lanjut=[answer])])
    report = Report.objects.get()
    assert report.status == Status.DITINDAKLANJUTI
    assert report.lead_agency == agency_a
    assert "status baru → ditindaklanjuti" in later
    reply = Message.objects.get(report=report)
    assert reply.visibility == Message.Visibility.PUBLIC
    assert reply.author_agency == agency_a
    assert report.auto_close_at == add_working_days(start=_moment(answer["tanggal"]),
                                                    days=10).due
    assert AuditEntry.objects.filter(action="report_lapor_sync",
                                     object_id=str(report.pk)).exists()

    _import(tmp_path, [_record(status="Ditindaklanjuti", instansi=agency_a.name,
                               tindak_lanjut=[answer])])
    assert Message.objects.filter(report=report).count() == 1
    assert LaporLink.objects.count() == 1


def test_anonim_and_rahasia_from_lapor_become_jembatan_privacy(tmp_path):
    _import(tmp_path, [_record(nomor_laporan="LPR-1", anonim=True),
                       _record(nomor_laporan="LPR-2", rahasia=True, judul="", isi="")])

    anonymous = Report.objects.get(lapor_link__tracking_number="LPR-1")
    confidential = Report.objects.get(lapor_link__tracking_number="LPR-2")
    assert anonymous.privacy == Privacy.ANONIM
    assert confidential.privacy == Privacy.RAHASIA
    assert "SP4N-LAPOR!" in confidential.body


def test_csv_reads_like_json(tmp_path):
    path = tmp_path / "lapor.csv"
    path.write_text(
        "nomor_laporan,jenis,judul,isi,status,anonim,rahasia,tanggal_laporan,tindak_lanjut\n"
        "LPR-9,Aspirasi,Taman kota,Mohon ditambah lampu taman,Belum Terverifikasi,ya,tidak,"
        "2026-03-02,[]\n", encoding="utf-8")
    call_command("lapor_import", str(path), stdout=io.StringIO())

    report = Report.objects.get()
    assert report.kind == "aspirasi"
    assert report.privacy == Privacy.ANONIM
    assert timezone.localtime(report.created_at).date() == dt.date(2026, 3, 2)


@pytest.mark.parametrize(("content", "name", "message"), [
    ("{not json", "lapor.json", "JSON tidak valid"),
    ('{"laporan": 5}', "lapor.json", "daftar laporan"),
    (json.dumps([_record(status="Sedang Dibaca")]), "lapor.json", "status tidak dikenal"),
    (json.dumps([_record(jenis="Keluhan")]), "lapor.json", "jenis laporan tidak dikenal"),
    (json.dumps([_record(tanggal_laporan="kemarin")]), "lapor.json", "bukan tanggal"),
    (json.dumps([_record(nomor_laporan="")]), "lapor.json", "“nomor_laporan” kosong"),
    (json.dumps([_record(), _record()]), "lapor.json", "nomor pelacakan yang sama dua kali"),
    (json.dumps([_record(telepon_pelapor="12")]), "lapor.json", "nomor telepon"),
    ("judul,isi\na,b\n", "lapor.csv", "tidak punya kolom"),
    ("[]", "lapor.txt", ".json atau .csv"),
])
def test_a_malformed_file_stops_with_a_clear_indonesian_message_and_exit_code_2(
        tmp_path, content, name, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError) as error:
        call_command("lapor_import", str(path), stdout=io.StringIO())

    assert error.value.returncode == 2
    assert message in str(error.value)
    assert not Report.objects.exists()


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("lapor_import", str(tmp_path / "tidak-ada.json"), stdout=io.StringIO())
    assert error.value.returncode == 2
    assert "tidak ditemukan" in str(error.value)


def test_a_merged_report_reads_back_as_rejected_since_its_original_may_be_missing(tmp_path):
    _import(tmp_path, [_record(status="Diarsipkan", status_jembatan="digabung")])

    assert Report.objects.get().status == Status.DITOLAK


def test_jembatans_finer_status_is_taken_when_it_agrees_with_lapors(tmp_path, agency_a):
    _import(tmp_path, [_record(nomor_laporan="LPR-1", status="Didisposisi",
                               status_jembatan="diproses", instansi=agency_a.short_name),
                       _record(nomor_laporan="LPR-2", status="Didisposisi",
                               status_jembatan="selesai", instansi=agency_a.short_name)])

    assert Report.objects.get(lapor_link__tracking_number="LPR-1").status == Status.DIPROSES
    assert Report.objects.get(lapor_link__tracking_number="LPR-2").status == Status.DIDISPOSISIKAN


@pytest.mark.parametrize("status", ["Selesai", "Ditunda"])
def test_a_report_lapor_closed_or_held_before_jembatan_saw_it_keeps_its_agency(
        tmp_path, agency_a, status):
    _import(tmp_path, [_record(status=status, instansi=agency_a.short_name,
                               tanggal_disposisi=DISPOSED, tanggal_selesai="2026-03-06")])

    report = Report.objects.get()
    assert report.lead_agency == agency_a
    assert report.disposed_at == _moment(DISPOSED)
