"""The daily export and the public URLs that serve it: the command, the scheduled task, stable
addresses with conditional GET, 404 before the first export, spreadsheet formulas defused, and
the Indonesian page."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from jembatan.content import actions as content_actions
from jembatan.core import scheduler
from jembatan.core.workflow import Actor
from jembatan.opendata.datasets import DATASETS
from jembatan.opendata.publishing import MANIFEST, export_all, read_manifest
from jembatan.opendata.tests.conftest import body_of, csv_rows, download, json_rows
from jembatan.reports.tests.factories import disposed_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(agency_a, officer_a, admin_a):
    def make(title: str):
        post = content_actions.post_create(
            lead_agency=agency_a, title=title, actor=officer_a, co_authors=[],
            body="Pelayanan adminduk keliling di Balai Desa Kalikajar Sabtu pukul 08.00 WIB.",
            versions={}, topic="adminduk")
        content_actions.post_submit(post=post, actor=Actor(user=officer_a))
        content_actions.post_approve(post=post, actor=Actor(user=admin_a))
        content_actions.post_publish(post=post, actor=Actor(user=admin_a))
        post.refresh_from_db()
        return post

    return make


@pytest.mark.parametrize("dataset", [d.slug for d in DATASETS])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_before_the_first_export_every_file_is_404(client, dataset, fmt):
    assert download(client, dataset, fmt).status_code == 404


def test_unknown_dataset_or_format_is_404(client):
    export_all()

    assert download(client, "laporan-rahasia", "csv").status_code == 404
    assert download(client, "laporan-harian", "xlsx").status_code == 404
    assert client.get(reverse("opendata:dictionary",
                              kwargs={"slug": "tidak-ada"})).status_code == 404


def test_command_writes_every_dataset_and_the_manifest(client, coordinator, agency_a, kecamatan):
    for _ in range(5):
        disposed_report(coordinator, agency_a, kecamatan=kecamatan)

    call_command("opendata_export")

    manifest = read_manifest(cached=False)
    assert set(manifest["datasets"]) == {d.slug for d in DATASETS}
    assert default_storage.exists(MANIFEST)
    for entry in manifest["datasets"].values():
        for stored in entry["files"].values():
            assert default_storage.exists(stored["path"])
    [row] = csv_rows(client, "laporan-harian")
    assert row["jumlah_laporan"] == "5"
    assert row["nama_kecamatan"] == kecamatan.name
    assert manifest["datasets"]["laporan-harian"]["rows"] == 1


def test_files_keep_their_address_and_answer_conditional_requests(client):
    export_all()
    response = download(client, "berita", "csv")
    body_of(response)

    assert response["Content-Type"].startswith("text/csv")
    assert response["Access-Control-Allow-Origin"] == "*"
    etag, modified = response["ETag"], response["Last-Modified"]
    again = client.get(reverse("opendata:download", kwargs={"slug": "berita", "fmt": "csv"}),
                       HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert client.get(reverse("opendata:download", kwargs={"slug": "berita", "fmt": "csv"}),
                      HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    stale = client.get(reverse("opendata:download", kwargs={"slug": "berita", "fmt": "csv"}),
                       HTTP_IF_NONE_MATCH='"another"',
                       HTTP_IF_MODIFIED_SINCE=http_date(0))
    assert stale.status_code == 200


def test_a_new_run_replaces_the_files_and_keeps_only_the_previous_run(client, published):
    start = timezone.now()
    export_all(now=start - dt.timedelta(days=2))
    export_all(now=start - dt.timedelta(days=1))
    published("Vaksinasi gratis di Puskesmas Kertek")
    third = export_all()

    [row] = json_rows(client, "berita")
    assert row["judul"] == "Vaksinasi gratis di Puskesmas Kertek"
    _folders, names = default_storage.listdir("opendata")
    runs = {name.split("-", 1)[0] for name in names if name != "manifest.json"}
    assert len(runs) == 2
    assert third["run"] in runs


def test_formulas_in_text_are_defused_in_csv_and_kept_in_json(client, published):
    published("=HYPERLINK(\"http://contoh.id\",\"Klik\")")
    export_all()

    [row] = csv_rows(client, "berita")
    [as_json] = json_rows(client, "berita")

    assert row["judul"].startswith("'=")
    assert as_json["judul"].startswith("=")  # JSON is not opened by spreadsheets
    assert row["tautan"].endswith(reverse("content:public_detail",
                                          kwargs={"key": as_json["tautan"].rsplit("/", 2)[-2]}))


def test_utf8_and_json_document_shape(client, published):
    published("Sosialisasi Perda tentang Ketertiban Umum — Wonosobo")
    export_all()

    response = download(client, "berita", "json")
    document = json.loads(body_of(response))

    assert document["lisensi"] == "https://creativecommons.org/licenses/by/4.0/"
    assert document["kolom"][0] == "id"
    assert document["data"][0]["judul"].endswith("— Wonosobo")
    raw = body_of(download(client, "berita", "csv"))
    assert not raw.startswith(b"\xef\xbb\xbf")  # plain UTF-8 for programs
    assert "— Wonosobo".encode() in raw


def test_consultations_and_their_official_answers(client, agency_a, citizen):
    from jembatan.participation.models import AnswerStatus, Consultation, Theme
    from jembatan.participation.tests.conftest import comment_on, make_consultation

    consultation = make_consultation(agency_a, Consultation.Status.ANSWERED)
    consultation.answered_at = timezone.now()
    consultation.answer_summary = "Tarif usaha kecil diturunkan."
    consultation.save()
    theme = Theme.objects.create(consultation=consultation, title="Tarif usaha kecil",
                                 answer_status=AnswerStatus.PARTLY,
                                 answer="Tarif diturunkan menjadi Rp10.000.")
    comment = comment_on(consultation, author=citizen, body="Tarif terlalu mahal, hubungi 0812 7777 8888.")
    comment.theme, comment.answer_status = theme, AnswerStatus.ACCEPTED
    comment.answer = "Terima kasih, usulan diterima."
    comment.save()
    make_consultation(agency_a, Consultation.Status.DRAFT, title="Rancangan belum terbit")
    export_all()

    consultations = json_rows(client, "konsultasi-publik")
    answers = json_rows(client, "jawaban-konsultasi")

    assert [c["judul"] for c in consultations] == [consultation.title]
    assert consultations[0]["status"] == "dijawab"
    assert consultations[0]["jenis"] == "kebijakan"
    assert [(a["jenis_jawaban"], a["keputusan"]) for a in answers] == [
        ("tema", "diterima_sebagian"), ("komentar", "diterima")]
    assert answers[1]["nomor_komentar"] == comment.pk
    assert "0812 7777 8888" not in json.dumps(answers)
    assert citizen.full_name not in json.dumps(answers)


def test_the_daily_job_is_scheduled_and_writes_the_files(immediate_tasks):
    from jembatan.opendata.tasks import export_open_data

    assert "opendata.export" in scheduler.JOBS
    assert scheduler.JOBS["opendata.export"].task == "jembatan.opendata.tasks.export_open_data"

    result = export_open_data.enqueue()

    assert result.return_value == read_manifest(cached=False)["run"]


def test_page_in_indonesian_lists_datasets_dictionary_licence_and_citation(client):
    before = client.get(reverse("opendata:index"))
    assert before.status_code == 200
    assert "Berkas belum dibuat" in before.content.decode()

    export_all()
    page = client.get(reverse("opendata:index")).content.decode()

    assert "<h1>Data terbuka</h1>" in page
    assert "Laporan warga per hari, instansi, jenis dan kecamatan" in page
    assert "Kamus data" in page
    assert "jumlah_laporan" in page
    assert "CC BY 4.0" in page
    assert "Cara mengutip" in page
    assert reverse("opendata:download", kwargs={"slug": "laporan-harian", "fmt": "csv"}) in page
    assert 'lang="id"' in page


def test_public_footer_links_to_the_open_data(client):
    page = client.get(reverse("portal:home")).content.decode()

    assert f'href="{reverse("opendata:index")}"' in page


@pytest.mark.parametrize(("language", "rule", "meaning"), [
    ("id", "baris itu ditandai pada kolom disamarkan",
     "Menandai baris yang sebagian nilainya disamarkan"),
    ("en", "the row is marked in its disamarkan column",
     "Whether some values of the row are suppressed"),
])
def test_the_small_cell_rule_and_its_column_read_as_sentences_not_as_true(client, language,
                                                                          rule, meaning):
    client.post(reverse("set_language"), {"language": language, "next": "/"})
    export_all()

    page = client.get(reverse("opendata:index")).content.decode()

    assert rule in page
    assert meaning in page
    assert "bernilai true" not in page.lower()
    assert "column is true" not in page
    assert "true when" not in page.lower()
