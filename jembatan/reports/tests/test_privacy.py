"""Privacy on every surface.

Anonim: the report is public but the reporter's name, email and phone are seen only by the
coordinators (and the reporter): never on public pages, in search, on the agency's staff page,
in emails to agency staff or in the logs. Rahasia: the whole report is seen only by the
reporter, the coordinators and the handling agencies; everyone else gets 404, as if it did not
exist.
"""

import logging
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from jembatan.core.uploads import clean_upload
from jembatan.core.workflow import Actor
from jembatan.reports import actions, notifications
from jembatan.reports.models import Kind, Message, Privacy, Report
from jembatan.reports.tests.factories import (
    REPORTER_EMAIL,
    REPORTER_NAME,
    REPORTER_PHONE,
    REPORTER_PHONE_E164,
    answered_report,
    disposed_report,
    in_progress_report,
    report_form_data,
    staff,
)
from jembatan.testing.documents import minimal_pdf

pytestmark = pytest.mark.django_db

LIST = reverse("reports:list")
SECRETS = (REPORTER_NAME, "Wulandari", REPORTER_EMAIL, "sumarni.wulandari", REPORTER_PHONE,
           REPORTER_PHONE_E164, "81234567890", "812 3456")
CONFIDENTIAL_BODY = "Kepala seksi meminta uang pelicin Rp 2 juta untuk izin usaha saya."
PDF = minimal_pdf()


def detail_url(report):
    return reverse("reports:detail", kwargs={"code": report.tracking_code})


def staff_url(report):
    return reverse("reports:staff_detail", kwargs={"code": report.tracking_code})


def assert_no_identity(text, where):
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} shown in {where}"


def as_reporter(report) -> Client:
    client = Client()
    response = client.post(reverse("reports:track"), {"tracking_code": report.tracking_code,
                                                      "access_key": report.access_key})
    assert response.status_code == 302
    return client


@pytest.fixture
def anonim(coordinator, officer_a, agency_a, agency_b):
    """An anonim complaint, answered by agency A with agency B supporting, with a reporter
    message, so every part of the pages is filled."""
    report = answered_report(coordinator, officer_a, agency_a, privacy=Privacy.ANONIM,
                             supporting=[agency_b],
                             title="Pungutan liar di loket pasar",
                             body="Petugas loket meminta Rp 5.000 tiap pagi tanpa karcis.")
    actions.message_post(report=report, actor=Actor(is_reporter=True),
                         body="Tadi pagi terjadi lagi.", visibility="public")
    return report


@pytest.fixture
def rahasia(coordinator, officer_a, agency_a, media_root):
    letter = clean_upload(SimpleUploadedFile("bukti.pdf", PDF))
    report, key, _created = actions.report_submit(
        kind=Kind.PENGADUAN, title="Dugaan pungli izin usaha", body=CONFIDENTIAL_BODY,
        privacy=Privacy.RAHASIA, reporter_name=REPORTER_NAME, reporter_email=REPORTER_EMAIL,
        attachments=[letter],
    )
    report = actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)
    report.access_key = key
    return report


# --- anonim -----------------------------------------------------------------------------------


def test_anonim_reporter_is_hidden_on_the_public_page(client, anonim):
    response = client.get(detail_url(anonim))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Petugas loket meminta" in content
    assert_no_identity(content, "the public page")


def test_anonim_reporter_is_hidden_in_the_public_list(client, anonim):
    response = client.get(LIST)

    assert anonim.tracking_code in response.content.decode()
    assert_no_identity(response.content.decode(), "the public list")


@pytest.mark.parametrize("query", [REPORTER_NAME, "Wulandari", REPORTER_EMAIL, "0812"])
def test_searching_for_the_anonim_reporter_finds_nothing(client, anonim, query):
    response = client.get(LIST, {"q": query})

    assert list(response.context["page"].items) == []
    assert anonim.tracking_code not in response.content.decode()


@pytest.mark.parametrize("who", ["officer_a", "admin_a", "officer_b"])
def test_anonim_reporter_is_hidden_on_the_staff_page_of_the_handling_agencies(
    request, login, anonim, who
):
    response = login(request.getfixturevalue(who)).get(staff_url(anonim))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Petugas loket meminta" in content
    assert_no_identity(content, f"the staff page seen by {who}")


def test_anonim_reporter_is_hidden_from_agency_staff_on_the_public_page_too(
    login, officer_a, anonim
):
    content = login(officer_a).get(detail_url(anonim)).content.decode()

    assert_no_identity(content, "the public page seen by the agency")


def test_anonim_reporter_is_hidden_in_the_agency_inbox(login, officer_a, anonim):
    # Every report, finished ones too (the inbox opens on open work only).
    response = login(officer_a).get(reverse("reports:inbox"), {"view": "all"})

    assert anonim.tracking_code in response.content.decode()
    assert_no_identity(response.content.decode(), "the agency inbox")


def test_the_coordinator_sees_the_anonim_reporter(login, coordinator, anonim):
    content = login(coordinator).get(staff_url(anonim)).content.decode()

    assert REPORTER_NAME in content
    assert REPORTER_EMAIL in content
    assert REPORTER_PHONE_E164 in content


def test_the_agency_sees_the_reporter_of_a_public_report(login, coordinator, officer_a,
                                                         agency_a):
    report = disposed_report(coordinator, agency_a, privacy=Privacy.PUBLIK)

    content = login(officer_a).get(staff_url(report)).content.decode()

    assert REPORTER_NAME in content
    assert REPORTER_EMAIL in content


def test_the_reporter_sees_their_own_identity(anonim):
    content = as_reporter(anonim).get(detail_url(anonim)).content.decode()

    assert REPORTER_NAME in content


def test_emails_to_agency_staff_never_name_the_anonim_reporter(
    anonim, agency_a, agency_b, officer_a, admin_a, officer_b, mailoutbox
):
    for kind in ("report_disposed", "reporter_message", "report_reopened", "deadline_reminder"):
        notifications.notify(kind, anonim, agency_ids=[agency_a.pk, agency_b.pk])

    to_staff = [mail for mail in mailoutbox if mail.to != [REPORTER_EMAIL]]
    assert {address for mail in to_staff for address in mail.to} == {
        officer_a.email, admin_a.email, officer_b.email}
    for mail in to_staff:
        assert len(mail.to) == 1
        assert anonim.tracking_code in mail.body
        assert_no_identity(mail.subject + mail.body, f"the email to {mail.to[0]}")


def test_emails_to_coordinators_do_not_name_the_reporter_either(anonim, coordinator,
                                                                mailoutbox):
    notifications.notify("deadline_missed", anonim, agency_ids=[])

    assert [mail.to for mail in mailoutbox] == [[coordinator.email]]
    assert_no_identity(mailoutbox[0].body, "the coordinators' email")


def test_submitting_and_notifying_logs_no_identity(client, caplog, officer_a, agency_a,
                                                   coordinator, mailoutbox):
    caplog.set_level(logging.DEBUG)

    response = client.post(reverse("reports:submit"),
                           report_form_data(privacy=Privacy.ANONIM))
    report = Report.objects.get()
    report = actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)
    for kind in ("report_received", "report_disposed", "reporter_message"):
        notifications.notify(kind, report, agency_ids=[agency_a.pk])

    assert response.status_code == 302
    assert len(mailoutbox) >= 3
    assert report.tracking_code in caplog.text
    assert_no_identity(caplog.text, "the log")


def test_an_anonim_reporter_who_was_logged_in_is_not_named_to_the_agency(
    login, citizen, coordinator, officer_a, agency_a
):
    citizen.email = "suparno@contoh.id"
    citizen.save()
    client = login(citizen)
    client.post(reverse("reports:submit"),
                report_form_data(privacy=Privacy.ANONIM, reporter_name="Suparno",
                                 reporter_email="suparno@contoh.id", reporter_phone=None))
    report = Report.objects.get()
    report = actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a)
    client.post(reverse("reports:reporter_message", kwargs={"code": report.tracking_code}),
                {"body": "Masih terjadi."})

    content = login(officer_a).get(staff_url(report)).content.decode()

    assert "Masih terjadi." in content
    assert "Suparno" not in content
    assert "suparno@contoh.id" not in content


# --- rahasia ----------------------------------------------------------------------------------


def test_rahasia_report_is_404_to_the_public(client, rahasia):
    assert client.get(detail_url(rahasia)).status_code == 404


@pytest.mark.parametrize("who", ["officer_b", "citizen"])
def test_rahasia_report_is_404_to_people_outside_its_handling(request, login, rahasia, who):
    visitor = login(request.getfixturevalue(who))

    assert visitor.get(detail_url(rahasia)).status_code == 404
    assert visitor.get(staff_url(rahasia)).status_code == 404


@pytest.mark.parametrize("who", ["officer_a", "coordinator"])
def test_rahasia_report_is_open_to_the_handling_agency_and_coordinators(
    request, login, rahasia, who
):
    response = login(request.getfixturevalue(who)).get(detail_url(rahasia))

    assert response.status_code == 200
    assert CONFIDENTIAL_BODY in response.content.decode()


def test_rahasia_report_is_absent_from_the_public_list_and_search(client, rahasia):
    for query in ({}, {"q": "pungli"}, {"q": rahasia.tracking_code}, {"agency": "dpupr"}):
        response = client.get(LIST, query)

        assert list(response.context["page"].items) == []
        assert rahasia.title not in response.content.decode()
        assert detail_url(rahasia) not in response.content.decode()


def test_attachments_of_a_rahasia_report_are_404_to_the_public(client, rahasia):
    attachment = rahasia.attachments.get()
    url = reverse("reports:attachment", kwargs={"code": rahasia.tracking_code,
                                                "pk": attachment.pk})

    assert client.get(url).status_code == 404
    response = as_reporter(rahasia).get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == attachment.file.read()


def test_emails_to_agency_staff_do_not_contain_a_rahasia_body(
    rahasia, agency_a, officer_a, mailoutbox
):
    notifications.notify("report_disposed", rahasia, agency_ids=[agency_a.pk])

    to_staff = [mail for mail in mailoutbox if mail.to == [officer_a.email]]
    assert len(to_staff) == 1
    assert rahasia.tracking_code in to_staff[0].body
    assert CONFIDENTIAL_BODY not in to_staff[0].body
    assert "uang pelicin" not in to_staff[0].body


def test_the_reporter_sees_their_rahasia_report_after_tracking_it(rahasia):
    response = as_reporter(rahasia).get(detail_url(rahasia))

    assert response.status_code == 200
    assert CONFIDENTIAL_BODY in response.content.decode()


def test_a_wrong_access_key_does_not_open_a_rahasia_report(rahasia):
    client = Client()
    response = client.post(reverse("reports:track"), {"tracking_code": rahasia.tracking_code,
                                                      "access_key": "ABCD-EFGH-JKLM"})

    assert response.status_code == 400
    assert client.get(detail_url(rahasia)).status_code == 404


def test_the_key_of_one_report_does_not_open_another(rahasia, coordinator, agency_a):
    other = disposed_report(coordinator, agency_a, privacy=Privacy.RAHASIA)
    client = as_reporter(rahasia)

    assert client.get(detail_url(other)).status_code == 404


def test_reporter_actions_on_a_hidden_report_are_404_not_403(client, rahasia):
    url = reverse("reports:reporter_message", kwargs={"code": rahasia.tracking_code})

    assert client.post(url, {"body": "Halo"}).status_code == 404


# --- what only staff see ------------------------------------------------------------------------


@pytest.fixture
def with_internal_note(coordinator, officer_a, agency_a, media_root):
    report = in_progress_report(coordinator, officer_a, agency_a)
    note = actions.message_post(
        report=report, actor=staff(officer_a), body="Kontraktor lama masuk daftar hitam.",
        visibility="internal", attachments=[clean_upload(SimpleUploadedFile("memo.pdf", PDF))],
    )
    actions.message_post(report=report, actor=staff(officer_a), body="Kami cek besok pagi.",
                         visibility="public")
    return report, note


def test_internal_notes_are_invisible_to_the_public_and_the_reporter(with_internal_note):
    report, note = with_internal_note
    attachment = note.attachments.get()
    file_url = reverse("reports:attachment", kwargs={"code": report.tracking_code,
                                                     "pk": attachment.pk})
    for visitor in (Client(), as_reporter(report)):
        content = visitor.get(detail_url(report)).content.decode()

        assert "Kami cek besok pagi." in content
        assert "daftar hitam" not in content
        assert "memo.pdf" not in content
        assert visitor.get(file_url).status_code == 404


def test_internal_notes_are_shown_to_the_handling_staff(login, officer_a, with_internal_note):
    report, note = with_internal_note

    content = login(officer_a).get(staff_url(report)).content.decode()

    assert "Kontraktor lama masuk daftar hitam." in content
    assert "memo.pdf" in content
    file_url = reverse("reports:attachment", kwargs={"code": report.tracking_code,
                                                     "pk": note.attachments.get().pk})
    assert login(officer_a).get(file_url).status_code == 200


def test_staff_only_timeline_events_are_hidden_from_the_public(
    client, login, coordinator, officer_a, agency_a, agency_b
):
    report = in_progress_report(coordinator, officer_a, agency_a)
    report = actions.report_return(report=report, actor=staff(officer_a),
                                   reason="Saluran milik PDAM, bukan kami.")
    report = actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_b,
                                    note="Tolong cek meteran di lokasi.")

    public = client.get(detail_url(report)).content.decode()
    staff_page = login(coordinator).get(staff_url(report)).content.decode()

    for private in ("Saluran milik PDAM", "Tolong cek meteran"):
        assert private not in public
        assert private in staff_page


def test_the_public_never_sees_who_on_the_staff_took_a_step(client, coordinator, officer_a,
                                                            agency_a):
    report = answered_report(coordinator, officer_a, agency_a)

    content = client.get(detail_url(report)).content.decode()

    assert "Eko Prasetyo" not in content
    assert "Sri Wahyuningsih" not in content
    assert "DPUPR" in content


def test_message_from_the_reporter_is_labelled_without_a_name_for_the_agency(
    login, officer_a, anonim
):
    assert Message.objects.filter(report=anonim, from_reporter=True).exists()

    content = login(officer_a).get(staff_url(anonim)).content.decode()

    assert "Tadi pagi terjadi lagi." in content
    assert_no_identity(content, "the reporter's message on the staff page")


# --- the CSV export and the Atom feed -------------------------------------------------------------


def export(client, **query):
    response = client.get(reverse("reports:export"), query)
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_the_csv_export_names_an_anonim_reporter_to_coordinators_only(
    login, coordinator, officer_a, anonim
):
    for_officer = export(login(officer_a))
    for_coordinator = export(login(coordinator))

    assert anonim.tracking_code in for_officer
    assert_no_identity(for_officer, "the agency's CSV export")
    assert REPORTER_NAME in for_coordinator


def test_the_csv_export_of_another_agency_leaves_out_reports_it_does_not_handle(
    login, officer_b, rahasia
):
    content = export(login(officer_b))

    assert rahasia.tracking_code not in content
    assert rahasia.title not in content


def test_the_csv_export_is_403_for_a_citizen(login, citizen):
    assert login(citizen).get(reverse("reports:export")).status_code == 403


def test_the_csv_export_defuses_spreadsheet_formulas(login, coordinator, agency_a):
    disposed_report(coordinator, agency_a, title='=HYPERLINK("http://contoh.id","klik")')

    content = export(login(coordinator))

    assert "'=HYPERLINK" in content
    assert ',=HYPERLINK' not in content


def test_the_feed_shows_public_reports_without_the_reporter_or_confidential_ones(
    client, anonim, rahasia
):
    response = client.get(reverse("reports:feed"))

    assert response.status_code == 200
    content = response.content.decode()
    assert anonim.title in content
    assert rahasia.title not in content
    assert CONFIDENTIAL_BODY not in content
    assert_no_identity(content, "the feed")


# --- the privacy canary: personal data typed anywhere never reaches a public surface ------------

CANARY_NIK = "3307012345670001"
CANARY_PHONE = "0812 7777 8888"
CANARY_EMAIL = "warga.kanari@contoh.id"
CANARY_STREET = "Jl. Kanari No. 7"
CANARY_NAME = "Sulastri Kanarini"
CANARY_TEXT = (f"NIK {CANARY_NIK}, HP {CANARY_PHONE}, email {CANARY_EMAIL}, "
               f"rumah {CANARY_STREET}")
CANARIES = (CANARY_NIK, "3307 0123 4567 0001", CANARY_PHONE, "081277778888", "6281277778888",
            CANARY_EMAIL, "warga.kanari", CANARY_STREET, CANARY_NAME, "Kanarini")
CANARY_QUERIES = (CANARY_NIK, CANARY_PHONE, "7777 8888", CANARY_EMAIL, CANARY_NAME)
ANSWER = "Permohonan sudah kami jawab; salinan dokumen terlampir."


def assert_no_canary(text, where):
    for canary in CANARIES:
        assert canary not in text, f"{canary!r} shown in {where}"


def canary_report(privacy, *, kecamatan, desa, coordinator, officer, agency, full=True):
    """A report with the canaries in every field a citizen types: title, text, address, file
    name, contact, replies, the reasons to reopen, close and object, and the rating comment."""
    report, key, _created = actions.report_submit(
        kind=Kind.INFORMASI, title=f"Jalan desa rusak parah, {CANARY_TEXT}",
        body=f"Jalan desa rusak parah dan berlubang sejak musim hujan. {CANARY_TEXT}",
        privacy=privacy, kecamatan=kecamatan, desa=desa, address=CANARY_TEXT,
        reporter_name=CANARY_NAME, reporter_email=CANARY_EMAIL, reporter_phone=CANARY_PHONE,
        attachments=[clean_upload(SimpleUploadedFile(f"KTP {CANARY_NIK}.pdf", PDF))],
    )
    report = actions.report_dispose(report=report, actor=staff(coordinator), agency=agency)
    report.access_key = key
    if not full:
        return report
    reporter = Actor(is_reporter=True)
    report = actions.report_acknowledge(report=report, actor=staff(officer))
    actions.message_post(report=report, actor=reporter, body=f"Tambahan: {CANARY_TEXT}",
                         visibility="public")
    report = actions.report_respond(report=report, actor=staff(officer), message=ANSWER)
    report = actions.report_reopen(report=report, actor=reporter,
                                   reason=f"Belum lengkap. {CANARY_TEXT}")
    report = actions.report_respond(report=report, actor=staff(officer), message=ANSWER)
    actions.report_rate(report=report, actor=reporter, score=2,
                        comment=f"Lambat. {CANARY_TEXT}")
    report = actions.report_close(report=report, actor=reporter, note=f"Cukup. {CANARY_TEXT}")
    report = actions.report_object(report=report, actor=reporter,
                                   reason=f"Dokumen kurang. {CANARY_TEXT}")
    report.access_key = key
    return report


def _text(response):
    if hasattr(response, "streaming_content"):
        # A file's bytes (a cleaned PDF) are binary; the canaries are ASCII either way.
        return b"".join(response.streaming_content).decode("latin-1")
    return response.content.decode()


def _detail_page(report, client, **_):
    return client.get(detail_url(report))


def _public_list(report, client, **_):
    return client.get(LIST)


def _feed(report, client, **_):
    return client.get(reverse("reports:feed"))


def _api_report(report, client, **_):
    return client.get(f"/api/v1/reports/{report.tracking_code}")


def _api_posts(report, client, **_):
    return client.get("/api/v1/posts")


def _file_download(report, client, **_):
    attachment = report.attachments.get()
    return client.get(reverse("reports:attachment", kwargs={"code": report.tracking_code,
                                                            "pk": attachment.pk}))


def _similar_hint(report, client, *, kecamatan, desa, coordinator, officer, agency):
    # The hint lists open reports only; an open sibling with the same canaries is what a
    # second citizen typing about the same road would be shown.
    canary_report(report.privacy, kecamatan=kecamatan, desa=desa, coordinator=coordinator,
                  officer=officer, agency=agency, full=False)
    return client.post(reverse("reports:similar"), {
        "title": "Jalan desa rusak", "body": "Jalan desa rusak parah dan berlubang",
        "kecamatan": kecamatan.code, "desa": desa.code})


# A confidential report has no page of its own to open: those surfaces answer 404, the lists 200.
HIDDEN_WHEN_RAHASIA = {"report page", "API report", "attachment download"}
PUBLIC_SURFACES = {
    "report page": _detail_page,
    "reports list": _public_list,
    "Atom feed": _feed,
    "API report": _api_report,
    "API posts": _api_posts,
    "attachment download": _file_download,
    "similar reports hint": _similar_hint,
}


@pytest.mark.parametrize("visitor", ["anonymous", "citizen", "officer_b"])
@pytest.mark.parametrize("surface", list(PUBLIC_SURFACES))
@pytest.mark.parametrize("privacy", [Privacy.ANONIM, Privacy.RAHASIA])
def test_no_typed_personal_data_reaches_a_public_surface(
    request, login, media_root, kecamatan, desa, coordinator, officer_a, agency_a, privacy,
    surface, visitor
):
    report = canary_report(privacy, kecamatan=kecamatan, desa=desa, coordinator=coordinator,
                           officer=officer_a, agency=agency_a)
    client = Client() if visitor == "anonymous" else login(request.getfixturevalue(visitor))

    response = PUBLIC_SURFACES[surface](report, client, kecamatan=kecamatan, desa=desa,
                                        coordinator=coordinator, officer=officer_a,
                                        agency=agency_a)

    hidden = privacy == Privacy.RAHASIA and surface in HIDDEN_WHEN_RAHASIA
    assert response.status_code == (404 if hidden else 200)
    assert_no_canary(_text(response) + str(response.headers), f"the {surface} ({visitor})")


def test_the_canary_report_is_really_public_where_anonim(client, media_root, kecamatan, desa,
                                                         coordinator, officer_a, agency_a):
    """The canary test above is only worth something if the anonim report is on those
    surfaces, masked, rather than absent."""
    report = canary_report(Privacy.ANONIM, kecamatan=kecamatan, desa=desa,
                           coordinator=coordinator, officer=officer_a, agency=agency_a)

    page = client.get(detail_url(report)).content.decode()
    api = client.get(f"/api/v1/reports/{report.tracking_code}").json()

    assert "Jalan desa rusak parah" in page
    assert "Jl. Kanari No. [" in page  # the street stays, as the location of the matter
    for reply in ("Tambahan:", "Belum lengkap.", "Cukup.", "Lambat.", "Dokumen kurang."):
        assert reply in page
    assert ANSWER in page
    assert report.tracking_code in client.get(LIST).content.decode()
    assert report.tracking_code in client.get(reverse("reports:feed")).content.decode()
    assert api["rating"]["comment"].startswith("Lambat. NIK [")
    assert "address" not in api
    assert any(note.startswith("Belum lengkap.") for note in
               (event["note"] for event in api["timeline"]))


@pytest.mark.parametrize("query", CANARY_QUERIES)
@pytest.mark.parametrize("privacy", [Privacy.ANONIM, Privacy.RAHASIA])
def test_searching_the_public_list_for_typed_personal_data_finds_nothing(
    client, media_root, kecamatan, desa, coordinator, officer_a, agency_a, privacy, query
):
    report = canary_report(privacy, kecamatan=kecamatan, desa=desa, coordinator=coordinator,
                           officer=officer_a, agency=agency_a)

    response = client.get(LIST, {"q": query})

    assert response.status_code == 200
    assert list(response.context["page"].items) == []
    assert report.tracking_code not in response.content.decode()


@pytest.mark.parametrize("privacy", [Privacy.ANONIM, Privacy.RAHASIA])
def test_emails_to_agency_staff_carry_no_typed_personal_data(
    media_root, kecamatan, desa, coordinator, officer_a, admin_a, agency_a, privacy, mailoutbox
):
    report = canary_report(privacy, kecamatan=kecamatan, desa=desa, coordinator=coordinator,
                           officer=officer_a, agency=agency_a)
    for kind in ("report_disposed", "reporter_message", "report_reopened", "report_objection",
                 "deadline_reminder", "report_urgent"):
        notifications.notify(kind, report, agency_ids=[agency_a.pk])

    to_staff = [mail for mail in mailoutbox if mail.to != [CANARY_EMAIL]]
    assert {mail.to[0] for mail in to_staff} >= {officer_a.email, admin_a.email,
                                                 coordinator.email}
    for mail in to_staff:
        assert report.tracking_code in mail.subject + mail.body
        assert_no_canary(mail.subject + mail.body, f"the email to {mail.to[0]}")


@pytest.mark.parametrize("who", ["reporter", "officer_a", "coordinator"])
def test_the_reporter_and_the_handling_staff_still_read_everything_typed(
    request, login, media_root, kecamatan, desa, coordinator, officer_a, agency_a, who
):
    report = canary_report(Privacy.RAHASIA, kecamatan=kecamatan, desa=desa,
                           coordinator=coordinator, officer=officer_a, agency=agency_a)
    client = as_reporter(report) if who == "reporter" else login(request.getfixturevalue(who))

    page = client.get(detail_url(report)).content.decode()

    assert page.count(CANARY_NIK) >= 6  # title, text, address, message, reopen, close, rating…
    assert CANARY_STREET in page
    assert f"Lambat. {CANARY_TEXT}" in page


# --- the rules behind the canary, one by one ------------------------------------------------------


@pytest.fixture
def rated(client, media_root, kecamatan, desa, coordinator, officer_a, agency_a):
    return canary_report(Privacy.ANONIM, kecamatan=kecamatan, desa=desa,
                         coordinator=coordinator, officer=officer_a, agency=agency_a)


def test_the_rating_comment_is_masked_on_the_public_page_and_api(client, rated):
    page = client.get(detail_url(rated)).content.decode()
    api = client.get(f"/api/v1/reports/{rated.tracking_code}").json()

    assert "Lambat. NIK [" in page
    assert CANARY_NIK not in page
    assert api["rating"]["score"] == 2
    assert CANARY_NIK not in api["rating"]["comment"]
    assert CANARY_PHONE not in api["rating"]["comment"]


def test_the_reporter_reads_their_own_rating_comment_unmasked(rated):
    page = as_reporter(rated).get(detail_url(rated)).content.decode()
    api = Client().get(f"/api/v1/reports/{rated.tracking_code}",
                       headers={"X-Access-Key": rated.access_key}).json()

    assert f"Lambat. {CANARY_TEXT}" in page
    assert api["rating"]["comment"] == f"Lambat. {CANARY_TEXT}"


@pytest.mark.parametrize(("who", "sees"), [("public", False), ("citizen", False),
                                           ("officer_b", False), ("reporter", True),
                                           ("officer_a", True), ("coordinator", True)])
def test_the_typed_address_is_for_the_reporter_and_the_handling_staff_only(
    request, login, rated, who, sees
):
    if who == "public":
        client = Client()
    elif who == "reporter":
        client = as_reporter(rated)
    else:
        client = login(request.getfixturevalue(who))

    page = client.get(detail_url(rated)).content.decode()

    assert (f"· {CANARY_TEXT}" in page) is sees
    assert "Garung" in page  # the kecamatan is public: it says where the matter is


def test_the_api_gives_the_address_with_the_access_key_only(client, rated):
    public = client.get(f"/api/v1/reports/{rated.tracking_code}").json()
    reporter = client.get(f"/api/v1/reports/{rated.tracking_code}",
                          headers={"X-Access-Key": rated.access_key}).json()

    assert "address" not in public
    assert reporter["address"] == CANARY_TEXT


def test_an_agency_answer_keeps_its_own_contact_and_masks_the_citizens(
    client, coordinator, officer_a, agency_a
):
    agency_a.phone = "(0286) 321234"
    agency_a.save()
    report = answered_report(
        coordinator, officer_a, agency_a, privacy=Privacy.ANONIM,
        answer=f"Kami sudah menelepon Bapak di {CANARY_PHONE}. Info lanjut: 0286-321234.")

    page = client.get(detail_url(report)).content.decode()
    listing = client.get(LIST).content.decode()
    api = client.get(f"/api/v1/reports/{report.tracking_code}").json()

    for text in (page, listing, str(api["messages"])):
        assert CANARY_PHONE not in text
        assert "0286-321234" in text


def test_a_tracking_code_that_looks_like_a_number_is_still_found(client, coordinator,
                                                                  officer_a, agency_a):
    report = answered_report(coordinator, officer_a, agency_a)
    Report.objects.filter(pk=report.pk).update(tracking_code="WSB-2345-67")

    response = client.get(LIST, {"q": "wsb-2345-67"})

    assert [r.tracking_code for r in response.context["page"].items] == ["WSB-2345-67"]


# --- the duplicate check while typing -------------------------------------------------------------

SIMILAR = reverse("reports:similar")
DRAFT = {"title": "Jalan desa rusak", "body": f"Jalan desa rusak parah dan berlubang. "
                                              f"{CANARY_TEXT}"}


@pytest.fixture
def open_canary(media_root, kecamatan, desa, coordinator, officer_a, agency_a):
    return canary_report(Privacy.ANONIM, kecamatan=kecamatan, desa=desa,
                         coordinator=coordinator, officer=officer_a, agency=agency_a,
                         full=False)


def test_the_similar_hint_masks_the_titles_it_shows(client, open_canary, kecamatan):
    response = client.post(SIMILAR, {**DRAFT, "kecamatan": kecamatan.code})

    content = response.content.decode()
    assert response.status_code == 200
    assert open_canary.tracking_code in content
    assert "Jalan desa rusak parah" in content
    assert_no_canary(content, "the similar reports hint")


def test_the_similar_hint_refuses_a_draft_in_the_query_string(client, open_canary, kecamatan):
    response = client.get(SIMILAR, {**DRAFT, "kecamatan": kecamatan.code})

    assert response.status_code == 405
    assert open_canary.tracking_code not in response.content.decode()
    assert CANARY_NIK not in response.content.decode()


def test_the_similar_hint_needs_the_forms_csrf_token(open_canary, kecamatan):
    browser = Client(enforce_csrf_checks=True)
    form = browser.get(reverse("reports:submit")).content.decode()
    # The token the page carries (a kept page gets the visitor's own put in as it is served).
    token = re.search(r'"X-CSRFToken": "([^"]+)"', form.replace("&quot;", '"')).group(1)
    data = {**DRAFT, "kecamatan": kecamatan.code}

    assert browser.post(SIMILAR, data).status_code == 403
    response = browser.post(SIMILAR, data, headers={"X-CSRFToken": str(token)})
    assert response.status_code == 200
    assert open_canary.tracking_code in response.content.decode()


def test_the_report_form_posts_the_draft_for_the_similar_hint(client):
    content = client.get(reverse("reports:submit")).content.decode()

    assert f'hx-post="{SIMILAR}"' in content
    assert f'hx-get="{SIMILAR}"' not in content
    assert "X-CSRFToken" in content
    # Only what the check needs leaves the page: not the contact, not the files.
    assert 'hx-params="title,body,kecamatan,desa"' in content


def test_the_similar_hint_is_rate_limited(client, kecamatan):
    data = {"title": "Jalan rusak", "body": "x", "kecamatan": kecamatan.code}
    statuses = [client.post(SIMILAR, data).status_code for _ in range(61)]

    assert statuses[:60] == [200] * 60
    assert statuses[60] == 429
