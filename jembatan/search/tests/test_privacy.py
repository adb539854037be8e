"""Privacy is absolute: a rahasia report's content and any reporter's identity never enter the
index; a public report is indexed only as its public page shows it (personal data masked),
and only once it is on the public list."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jembatan.reports import actions
from jembatan.reports.models import Privacy, RejectionReason
from jembatan.reports.tests.factories import ReportFactory, dispose, staff
from jembatan.search.actions import index_rebuild
from jembatan.search.models import SearchDocument
from jembatan.search.selectors import search_public

pytestmark = pytest.mark.django_db

NIK = "3307012345670001"
PHONE = "0812 7777 8888"
EMAIL = "warga.kanari@contoh.id"
NAME = "Sulastri Kanarini"
IDENTITY = f"NIK {NIK}, HP {PHONE}, email {EMAIL}"
SECRET = "Kepala bidang meminta uang pelicin untuk izin tambang pasir"


def found(q: str) -> list[str]:
    return [r.document.title for r in search_public(q=q).results]


def index_text() -> str:
    return " ".join(" ".join((d.title, d.body, d.title_terms, d.body_terms, d.url))
                    for d in SearchDocument.objects.all())


def verified_report(privacy, coordinator, agency, **values):
    values = {"title": f"Jembatan gantung putus di Kalikajar, {IDENTITY}",
              "body": f"Jembatan gantung putus diterjang banjir. {IDENTITY}",
              "reporter_name": NAME, "reporter_email": EMAIL, "reporter_phone": PHONE,
              "privacy": privacy, **values}
    return dispose(ReportFactory(**values), coordinator, agency)


@pytest.mark.parametrize("privacy", [Privacy.PUBLIK, Privacy.ANONIM])
def test_a_public_report_is_found_by_its_matter_never_by_who_sent_it(privacy, coordinator,
                                                                     agency_a):
    report = verified_report(privacy, coordinator, agency_a)
    index_rebuild()

    (title,) = found("jembatan putus")
    assert title.startswith("Jembatan gantung putus di Kalikajar")
    assert NIK not in title
    assert SearchDocument.objects.get(kind="laporan").url == report.get_absolute_url()
    for q in (NAME, "Kanarini", "Sulastri", NIK, PHONE, "7777 8888", EMAIL, "warga.kanari"):
        assert found(q) == [], q
    stored = index_text()
    for canary in (NAME, "Kanarini", NIK, PHONE, "081277778888", EMAIL, "kanari"):
        assert canary.lower() not in stored.lower(), canary


def test_a_rahasia_report_never_enters_the_index(coordinator, agency_a, officer_a):
    report = verified_report(Privacy.RAHASIA, coordinator, agency_a, title=SECRET, body=SECRET)
    actions.report_acknowledge(report=report, actor=staff(officer_a))
    index_rebuild()

    assert found("uang pelicin") == []
    assert found("tambang pasir") == []
    assert not SearchDocument.objects.filter(kind="laporan").exists()
    assert "pelicin" not in index_text()


def test_a_rahasia_report_changed_through_actions_stays_out(
        coordinator, agency_a, officer_a, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        report = verified_report(Privacy.RAHASIA, coordinator, agency_a, title=SECRET,
                                 body=SECRET)
        actions.report_acknowledge(report=report, actor=staff(officer_a))
        actions.report_respond(report=report, actor=staff(officer_a), message="Ditindaklanjuti.")

    assert not SearchDocument.objects.filter(kind="laporan").exists()


def test_a_report_appears_once_verified_and_leaves_when_merged_or_rejected(
        coordinator, agency_a, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        unverified = ReportFactory(title="Lampu jalan padam di Sapuran")
        rejected = ReportFactory(title="Lampu taman padam di Kertek")
    assert found("lampu padam") == []

    with django_capture_on_commit_callbacks(execute=True):
        dispose(unverified, coordinator, agency_a)
        actions.report_reject(report=rejected, actor=staff(coordinator),
                              reason=RejectionReason.INCOMPLETE)
    assert found("lampu padam") == ["Lampu jalan padam di Sapuran"]


def test_the_search_page_shows_no_identity_of_an_anonim_reporter(client, coordinator,
                                                                 agency_a):
    verified_report(Privacy.ANONIM, coordinator, agency_a)
    verified_report(Privacy.RAHASIA, coordinator, agency_a, title=SECRET, body=SECRET)
    index_rebuild()

    page = client.get(reverse("search:search"), {"q": "jembatan gantung putus"}).content.decode()
    assert "<mark>Jembatan</mark>" in page
    for canary in (NAME, NIK, PHONE, EMAIL, "pelicin"):
        assert canary not in page
    page = client.get(reverse("search:search"), {"q": NAME}).content.decode()
    assert "Jembatan gantung" not in page
