"""Privacy on every surface.

Anonim: the report is public but the reporter's name, email and phone are seen only by the
coordinators (and the reporter): never on public pages, in search, on the agency's staff page,
in emails to agency staff or in the logs. Rahasia: the whole report is seen only by the
reporter, the coordinators and the handling agencies; everyone else gets 404, as if it did not
exist.
"""

import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

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
from jembatan.reports.uploads import clean_upload
from jembatan.testing.documents import minimal_pdf

pytestmark = pytest.mark.django_db

LIST = reverse("reports:list")
SECRETS = (REPORTER_NAME, "Wulandari", REPORTER_EMAIL, "sumarni.wulandari", REPORTER_PHONE,
           REPORTER_PHONE_E164, "81234567890", "812 3456")
CONFIDENTIAL_BODY = "Kepala seksi meminta uang pelicin Rp 2 juta untuk izin usaha saya."
PDF = minimal_pdf()


@pytest.fixture(autouse=True)
def _jurisdiction(jurisdiction):
    return jurisdiction


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
    actions.message_post(report=report, actor=actions.Actor(is_reporter=True),
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
    response = login(officer_a).get(reverse("reports:inbox"))

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
