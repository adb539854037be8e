"""The staff side: inboxes and their filters, the report page with its actions, entering reports
received offline, bulk disposition, canned responses and saved filters."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from jembatan.core.models import AuditEntry
from jembatan.reports import actions, codes
from jembatan.reports.models import (
    CannedResponse,
    Category,
    Channel,
    Kind,
    Message,
    Privacy,
    Report,
    SavedFilter,
    Status,
)
from jembatan.reports.tests.factories import (
    REPORTER_NAME,
    ReportFactory,
    answered_report,
    disposed_report,
    held_report,
    in_progress_report,
    staff,
    wib,
)

pytestmark = pytest.mark.django_db

INBOX = reverse("reports:inbox")
ENTER = reverse("reports:enter")


def staff_url(report):
    return reverse("reports:staff_detail", kwargs={"code": report.tracking_code})


def action_url(report, action):
    return reverse("reports:staff_action", kwargs={"code": report.tracking_code,
                                                   "action": action})


def inbox_codes(response):
    return {report.tracking_code for report in response.context["page"].items}


def login_url(next_url):
    return f"{reverse('login')}?next={next_url}"


# --- who may open the inbox -------------------------------------------------------------------


@pytest.mark.parametrize("who", ["coordinator", "officer_a", "admin_a", "officer_b"])
def test_the_inbox_opens_for_coordinators_and_agency_staff(request, login, who):
    assert login(request.getfixturevalue(who)).get(INBOX).status_code == 200


def test_the_inbox_is_403_for_a_citizen(login, citizen):
    assert login(citizen).get(INBOX).status_code == 403


def test_the_inbox_sends_visitors_to_the_login_page(client):
    response = client.get(INBOX)

    assert response.status_code == 302
    assert response["Location"] == login_url(INBOX)


def test_the_coordinator_sees_every_report_an_agency_only_its_own(
    login, coordinator, officer_a, officer_b, agency_a, agency_b
):
    new = ReportFactory()
    for_a = disposed_report(coordinator, agency_a)
    for_b = disposed_report(coordinator, agency_b)
    supported_by_b = disposed_report(coordinator, agency_a, supporting=[agency_b])

    everything = login(coordinator).get(INBOX)
    of_a = login(officer_a).get(INBOX)
    of_b = login(officer_b).get(INBOX)

    assert inbox_codes(everything) == {r.tracking_code for r in (new, for_a, for_b,
                                                                 supported_by_b)}
    assert inbox_codes(of_a) == {for_a.tracking_code, supported_by_b.tracking_code}
    assert inbox_codes(of_b) == {for_b.tracking_code, supported_by_b.tracking_code}
    assert for_a.title not in of_b.content.decode()


def test_an_officer_of_another_agency_gets_404_on_the_staff_page(
    login, coordinator, officer_b, agency_a
):
    report = disposed_report(coordinator, agency_a)

    assert login(officer_b).get(staff_url(report)).status_code == 404


@pytest.mark.parametrize("who", ["coordinator", "officer_a", "admin_a"])
def test_the_staff_page_opens_for_the_coordinator_and_the_lead_agency(
    request, login, coordinator, agency_a, who
):
    report = disposed_report(coordinator, agency_a)

    response = login(request.getfixturevalue(who)).get(staff_url(report))

    assert response.status_code == 200
    assert report.title in response.content.decode()


def test_the_staff_page_is_404_for_a_citizen_and_sends_visitors_to_log_in(
    client, login, citizen, coordinator, agency_a
):
    report = disposed_report(coordinator, agency_a)

    assert login(citizen).get(staff_url(report)).status_code == 404
    assert client.get(staff_url(report))["Location"] == login_url(staff_url(report))


def test_the_staff_page_of_an_unknown_code_is_404(login, coordinator):
    assert login(coordinator).get(
        reverse("reports:staff_detail", kwargs={"code": "WSB-2222-22"})).status_code == 404


# --- inbox filters ----------------------------------------------------------------------------


@pytest.fixture
def inbox_reports(coordinator, officer_a, admin_a, agency_a, agency_b, kecamatan,
                  other_kecamatan):
    road = disposed_report(coordinator, agency_a, kecamatan=kecamatan,
                           title="Jalan amblas di Garung", at=wib(2026, 8, 4, 23, 30))
    water = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                               kecamatan=other_kecamatan, title="Data debit mata air",
                               at=wib(2026, 8, 5, 6))
    pipe = disposed_report(coordinator, agency_b, kind=Kind.ASPIRASI, title="Pipa baru",
                           at=wib(2026, 8, 10))
    phoned, _key, _created = actions.report_submit(
        kind=Kind.PERTANYAAN, title="Jadwal pengambilan sampah", body="Lewat telepon.",
        channel=Channel.PHONE, entered_by=officer_a, at=wib(2026, 8, 12),
    )
    returned = in_progress_report(coordinator, admin_a, agency_a, title="Lampu taman",
                                  at=wib(2026, 8, 3))
    actions.report_return(report=returned, actor=staff(admin_a), reason="Urusan desa.",
                          at=wib(2026, 8, 3))
    return {"road": road, "water": water, "pipe": pipe, "phoned": phoned,
            "returned": returned}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "diproses"}, {"water"}),
        ({"status": "baru"}, {"phoned", "returned"}),
        ({"kind": "informasi"}, {"water"}),
        ({"agency": "perumda-tirta-aji"}, {"pipe"}),
        ({"kecamatan": "33.07.12"}, {"road"}),
        ({"channel": "telepon"}, {"phoned"}),
        ({"returned": "on"}, {"returned"}),
        ({"q": "amblas"}, {"road"}),
        ({"q": "debit MATA"}, {"water"}),
        ({"date_from": "2026-08-05", "date_to": "2026-08-10"}, {"water", "pipe"}),
        ({"date_to": "2026-08-04"}, {"road", "returned"}),
        ({"status": "didisposisikan", "agency": "dpupr"}, {"road"}),
    ],
)
def test_the_coordinators_inbox_filters(login, coordinator, inbox_reports, query, expected):
    response = login(coordinator).get(INBOX, query)

    names = {r.tracking_code: name for name, r in inbox_reports.items()}
    assert {names[code] for code in inbox_codes(response)} == expected


def test_the_inbox_finds_a_report_by_its_tracking_code(login, coordinator, inbox_reports):
    code = inbox_reports["pipe"].tracking_code

    response = login(coordinator).get(INBOX, {"q": code.lower()})

    assert inbox_codes(response) == {code}


def test_overdue_shows_the_reports_whose_deadline_has_passed(login, coordinator, officer_a,
                                                            agency_a):
    # Relative to the moment the test runs: the filter compares with the present.
    now = timezone.now()
    late = disposed_report(coordinator, agency_a, at=now - dt.timedelta(days=40))
    disposed_report(coordinator, agency_a, at=now)
    answered_report(coordinator, officer_a, agency_a, at=now - dt.timedelta(days=40))

    response = login(coordinator).get(INBOX, {"overdue": "on"})

    assert inbox_codes(response) == {late.tracking_code}


def test_mine_shows_the_reports_assigned_to_me(login, officer_a, inbox_reports):
    response = login(officer_a).get(INBOX, {"mine": "on"})

    assert inbox_codes(response) == {inbox_reports["water"].tracking_code}


def test_the_inbox_costs_the_same_queries_for_5_or_40_reports(
    login, coordinator, officer_a, agency_a, kecamatan, desa, django_assert_max_num_queries
):
    category = Category.objects.create(name="Jalan dan jembatan", default_agency=agency_a)

    def add(count):
        for n in range(count):
            if n % 3 == 0:
                ReportFactory(category=category, kecamatan=kecamatan, desa=desa)
            elif n % 3 == 1:
                in_progress_report(coordinator, officer_a, agency_a, kecamatan=kecamatan)
            else:
                disposed_report(coordinator, agency_a, category=category)

    client = login(coordinator)
    add(5)
    client.get(INBOX)
    with CaptureQueriesContext(connection) as few:
        assert len(client.get(INBOX).context["page"].items) == 5
    few_queries = len(few.captured_queries)
    add(35)
    client.get(INBOX)  # the tab counts, kept until a report changes, counted again

    with django_assert_max_num_queries(few_queries):
        assert len(client.get(INBOX).context["page"].items) == 25


def test_the_coordinator_sees_the_usual_agency_of_the_category_as_a_suggestion(
    login, coordinator, agency_b
):
    category = Category.objects.create(name="Air bersih", default_agency=agency_b)
    ReportFactory(category=category)

    content = login(coordinator).get(INBOX).content.decode()

    assert "Tirta Aji" in content


# --- bulk disposition -------------------------------------------------------------------------


def test_the_coordinator_disposes_several_new_reports_at_once(login, coordinator, agency_a,
                                                             agency_b):
    new = [ReportFactory(), ReportFactory()]
    already = disposed_report(coordinator, agency_a)

    response = login(coordinator).post(reverse("reports:bulk_dispose"), {
        "codes": [r.tracking_code for r in (*new, already)], "agency": "perumda-tirta-aji"})

    assert response.status_code == 302
    for report in new:
        report.refresh_from_db()
        assert (report.status, report.lead_agency.slug) == (Status.DIDISPOSISIKAN,
                                                            "perumda-tirta-aji")
    already.refresh_from_db()
    assert already.lead_agency == agency_a


def test_bulk_disposition_is_403_for_an_officer(login, officer_a, agency_a):
    report = ReportFactory()

    response = login(officer_a).post(reverse("reports:bulk_dispose"),
                                     {"codes": [report.tracking_code], "agency": "dpupr"})

    assert response.status_code == 403
    report.refresh_from_db()
    assert report.status == Status.BARU


# --- entering a report received offline ----------------------------------------------------------


def officer_entry(**overrides):
    data = {"channel": "telepon", "received_at": "2025-11-03T09:15", "kind": "pengaduan",
            "title": "Air PDAM keruh", "body": "Ibu Warsini menelepon: air keruh sejak Senin.",
            "reporter_name": "Warsini", "reporter_phone": "0813 2765 4321", "privacy": "publik"}
    data.update(overrides)
    return data


@pytest.mark.parametrize("channel", ["telepon", "datang", "surat", "sms"])
def test_an_officer_enters_a_report_received_offline_and_sees_both_codes(
    login, officer_a, channel
):
    response = login(officer_a).post(ENTER, officer_entry(channel=channel))

    assert response.status_code == 200
    report = Report.objects.get()
    assert report.channel == channel
    assert report.entered_by == officer_a
    assert report.created_at == wib(2025, 11, 3, 9, 15)
    assert report.reporter_phone == "+6281327654321"
    content = response.content.decode()
    key = response.context["access_key"]
    assert report.tracking_code in content
    assert key in content
    assert codes.access_key_matches(key, report.access_key_hash)


def test_the_entry_form_offers_only_offline_channels(login, officer_a):
    choices = dict(login(officer_a).get(ENTER).context["form"].fields["channel"].choices)

    assert set(choices) == {"telepon", "datang", "surat", "sms"}


def test_the_entry_form_refuses_the_web_channel_and_a_future_receipt(login, officer_a):
    client = login(officer_a)

    web = client.post(ENTER, officer_entry(channel="web"))
    future = client.post(ENTER, officer_entry(received_at="2099-01-01T10:00"))

    assert (web.status_code, future.status_code) == (400, 400)
    assert not Report.objects.exists()


def test_the_entry_form_is_403_for_a_citizen(login, citizen):
    assert login(citizen).get(ENTER).status_code == 403
    assert login(citizen).post(ENTER, officer_entry()).status_code == 403
    assert not Report.objects.exists()


# --- staff actions through the page -----------------------------------------------------------


def test_the_coordinator_disposes_through_the_page(login, coordinator, agency_a, agency_b):
    report = ReportFactory()

    response = login(coordinator).post(action_url(report, "dispose"), {
        "agency": "dpupr", "supporting": ["perumda-tirta-aji"], "kind": "pengaduan",
        "privacy": "anonim", "note": "Cek juga saluran air."})

    assert response.status_code == 302
    assert response["Location"] == staff_url(report)
    report.refresh_from_db()
    assert (report.status, report.lead_agency, report.privacy) == (
        Status.DIDISPOSISIKAN, agency_a, Privacy.ANONIM)
    assert list(report.supporting_agencies.all()) == [agency_b]


def test_the_lead_agency_acknowledges_answers_and_the_coordinator_closes(
    login, coordinator, officer_a, agency_a
):
    report = disposed_report(coordinator, agency_a)
    officer = login(officer_a)

    assert officer.post(action_url(report, "acknowledge")).status_code == 302
    assert officer.post(action_url(report, "respond"),
                        {"message": "Sudah kami tambal."}).status_code == 302
    assert login(coordinator).post(action_url(report, "close"), {"note": ""}).status_code == 302

    report.refresh_from_db()
    assert report.status == Status.SELESAI
    assert Message.objects.get(report=report).body == "Sudah kami tambal."


@pytest.mark.parametrize(
    ("action", "data"),
    [
        ("dispose", {"agency": "dpupr", "kind": "pengaduan", "privacy": "publik"}),
        ("reject", {"reason": "incomplete"}),
        ("forward", {"agency": "perumda-tirta-aji"}),
        ("close", {"note": "Selesai."}),
    ],
)
def test_an_officer_taking_a_coordinator_action_gets_403(
    login, coordinator, officer_a, agency_a, agency_b, action, data
):
    # The role is checked before the state: even "dispose" answers 403, not 409.
    report = disposed_report(coordinator, agency_a)
    status = report.status

    response = login(officer_a).post(action_url(report, action), data)

    assert response.status_code == 403
    report.refresh_from_db()
    assert report.status == status


def test_the_coordinator_taking_an_agency_action_gets_403(login, coordinator, agency_a):
    report = disposed_report(coordinator, agency_a)

    response = login(coordinator).post(action_url(report, "respond"), {"message": "Jawaban."})

    assert response.status_code == 403
    assert not Message.objects.exists()


@pytest.mark.parametrize("who", ["officer_b", "citizen"])
def test_staff_actions_are_404_for_people_who_do_not_handle_the_report(
    request, login, coordinator, agency_a, who
):
    report = disposed_report(coordinator, agency_a)

    response = login(request.getfixturevalue(who)).post(action_url(report, "acknowledge"))

    assert response.status_code == 404
    report.refresh_from_db()
    assert report.status == Status.DIDISPOSISIKAN


def test_staff_actions_send_visitors_to_log_in(client, coordinator, agency_a):
    report = disposed_report(coordinator, agency_a)

    response = client.post(action_url(report, "acknowledge"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_an_action_from_the_wrong_state_shows_the_409_page(login, coordinator, officer_a,
                                                         agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)

    response = login(officer_a).post(action_url(report, "acknowledge"))

    assert response.status_code == 409
    assert "reports/conflict.html" in [t.name for t in response.templates]
    assert response.context["message"]


def test_extending_twice_or_extending_a_complaint_is_409(login, coordinator, officer_a,
                                                       agency_a):
    request = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI)
    complaint = in_progress_report(coordinator, officer_a, agency_a, kind=Kind.PENGADUAN)
    client = login(officer_a)

    first = client.post(action_url(request, "extend"), {"reason": "Arsip di gudang."})
    second = client.post(action_url(request, "extend"), {"reason": "Masih dicari."})
    on_complaint = client.post(action_url(complaint, "extend"), {"reason": "Butuh waktu."})

    assert (first.status_code, second.status_code, on_complaint.status_code) == (302, 409, 409)


@pytest.mark.parametrize("action", ["reopen", "object", "rate", "message_post", "terbang"])
def test_reporter_and_unknown_actions_are_404_on_the_staff_side(login, coordinator, agency_a,
                                                                action):
    report = disposed_report(coordinator, agency_a)

    assert login(coordinator).post(action_url(report, action), {}).status_code == 404


def test_an_invalid_form_changes_nothing_and_says_why(login, coordinator, officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)

    response = login(officer_a).post(action_url(report, "hold"), {"reason": ""}, follow=True)

    report.refresh_from_db()
    assert report.status == Status.DIPROSES
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_returning_a_report_sends_the_officer_back_to_the_inbox(login, coordinator, officer_a,
                                                                agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)

    response = login(officer_a).post(action_url(report, "return"), {"reason": "Urusan desa."})

    assert response["Location"] == INBOX
    report.refresh_from_db()
    assert (report.status, report.is_returned) == (Status.BARU, True)


def test_hold_resume_and_assign_through_the_page(login, coordinator, officer_a, admin_a,
                                                 agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)
    client = login(admin_a)

    client.post(action_url(report, "hold"), {"reason": "Menunggu alat berat."})
    report.refresh_from_db()
    assert (report.status, report.deadline) == (Status.DITUNDA, None)
    client.post(action_url(report, "resume"), {})
    client.post(action_url(report, "assign"), {"officer": admin_a.pk})

    report.refresh_from_db()
    assert report.status == Status.DIPROSES
    assert report.deadline is not None
    assert report.assigned_to == admin_a


def test_merge_through_the_page_needs_a_known_code(login, coordinator, agency_a):
    original = disposed_report(coordinator, agency_a)
    duplicate = ReportFactory()
    client = login(coordinator)

    client.post(action_url(duplicate, "merge"), {"into": "WSB-2222-22"})
    duplicate.refresh_from_db()
    assert duplicate.status == Status.BARU

    client.post(action_url(duplicate, "merge"), {"into": original.tracking_code.lower()})
    duplicate.refresh_from_db()
    assert (duplicate.status, duplicate.merged_into) == (Status.DIGABUNG, original)


def test_the_staff_page_offers_only_the_actions_this_person_may_take_now(
    login, coordinator, officer_a, agency_a
):
    new = ReportFactory()
    disposed = disposed_report(coordinator, agency_a, kind=Kind.INFORMASI)

    def offered(user, report):
        response = login(user).get(staff_url(report))
        return {item[0] for item in response.context["action_forms"]}

    assert offered(coordinator, new) == {"dispose", "reject", "merge"}
    assert offered(officer_a, disposed) == {"acknowledge", "return", "hold",
                                            "extend", "assign"}
    assert offered(coordinator, disposed) == {"forward", "merge", "hold", "extend", "assign"}


# --- messages and internal notes ----------------------------------------------------------------


def test_staff_write_internal_notes_that_the_public_does_not_see(
    client, login, coordinator, officer_a, agency_a
):
    report = disposed_report(coordinator, agency_a)
    url = reverse("reports:staff_message", kwargs={"code": report.tracking_code})

    response = login(officer_a).post(url, {"body": "Anggaran habis.", "visibility": "internal"})

    assert response.status_code == 302
    note = Message.objects.get(report=report)
    assert (note.visibility, note.author, note.author_agency) == ("internal", officer_a,
                                                                 agency_a)
    public = client.get(reverse("reports:detail", kwargs={"code": report.tracking_code}))
    assert "Anggaran habis." not in public.content.decode()
    assert "Anggaran habis." in login(coordinator).get(staff_url(report)).content.decode()


def test_staff_messages_are_404_for_other_agencies(login, coordinator, officer_b, agency_a):
    report = disposed_report(coordinator, agency_a)
    url = reverse("reports:staff_message", kwargs={"code": report.tracking_code})

    response = login(officer_b).post(url, {"body": "Salah alamat.", "visibility": "public"})

    assert response.status_code == 404
    assert not Message.objects.exists()


# --- canned responses -------------------------------------------------------------------------


@pytest.fixture
def canned(db):
    return CannedResponse.objects.create(
        title="Tindak lanjut",
        body="Yth. {nama}, laporan {kode} kami tindak lanjuti paling lambat {tenggat}.",
    )


def fill(client, report, canned_response):
    url = reverse("reports:canned_fill", kwargs={"code": report.tracking_code,
                                                 "pk": canned_response.pk})
    return client.get(url)


def indonesian_date(moment):
    with translation.override("id"):
        return date_format(timezone.localtime(moment), "j F Y")


def test_a_canned_response_is_filled_with_name_code_and_deadline(
    login, coordinator, officer_a, agency_a, canned
):
    report = disposed_report(coordinator, agency_a, at=wib(2026, 12, 22),
                             disposed_at=wib(2026, 12, 23))

    response = fill(login(officer_a), report, canned)

    assert response.status_code == 200
    text = response.context["text"]
    assert indonesian_date(report.deadline) == "4 Januari 2027"
    assert text == (f"Yth. {REPORTER_NAME}, laporan {report.tracking_code} kami tindak lanjuti "
                    "paling lambat 4 Januari 2027.")


def test_for_an_anonim_report_the_agency_gets_no_name_in_the_canned_response(
    login, coordinator, officer_a, agency_a, canned
):
    report = disposed_report(coordinator, agency_a, privacy=Privacy.ANONIM)

    for_officer = fill(login(officer_a), report, canned).context["text"]
    for_coordinator = fill(login(coordinator), report, canned).context["text"]

    assert REPORTER_NAME not in for_officer
    assert for_officer.startswith("Yth. Bapak/Ibu, laporan")
    assert REPORTER_NAME in for_coordinator


def test_a_canned_response_without_a_running_clock_says_no_deadline(
    login, coordinator, officer_a, agency_a, canned
):
    report = held_report(coordinator, officer_a, agency_a)

    assert fill(login(officer_a), report, canned).context["text"].endswith("paling lambat -.")


def test_another_agencys_canned_response_is_404(login, coordinator, officer_a, agency_a,
                                                agency_b):
    report = disposed_report(coordinator, agency_a)
    theirs = CannedResponse.objects.create(agency=agency_b, title="Air", body="{kode}")
    ours = CannedResponse.objects.create(agency=agency_a, title="Jalan", body="{kode}")

    assert fill(login(officer_a), report, theirs).status_code == 404
    assert fill(login(officer_a), report, ours).context["text"] == report.tracking_code


def test_canned_responses_are_404_for_staff_who_do_not_handle_the_report(
    login, coordinator, officer_b, agency_a, canned
):
    report = disposed_report(coordinator, agency_a)

    assert fill(login(officer_b), report, canned).status_code == 404


# --- saved filters ----------------------------------------------------------------------------


def test_a_saved_filter_is_listed_in_the_inbox_of_its_owner_only(login, officer_a, admin_a):
    client = login(officer_a)

    response = client.post(reverse("reports:save_filter"),
                           {"name": "Terlambat", "query": "overdue=on&kind=pengaduan"})

    assert response.status_code == 302
    assert response["Location"] == f"{INBOX}?overdue=on&kind=pengaduan"
    saved = SavedFilter.objects.get()
    assert (saved.user, saved.name, saved.query) == (officer_a, "Terlambat",
                                                     "overdue=on&kind=pengaduan")
    assert "?overdue=on&amp;kind=pengaduan" in client.get(INBOX).content.decode()
    assert "Terlambat" not in [f.name for f in login(admin_a).get(INBOX).context[
        "saved_filters"]]


def test_saving_a_filter_under_the_same_name_replaces_it(login, officer_a):
    client = login(officer_a)

    client.post(reverse("reports:save_filter"), {"name": "Milik saya", "query": "mine=on"})
    client.post(reverse("reports:save_filter"),
                {"name": "Milik saya", "query": "mine=on&status=diproses"})

    assert list(SavedFilter.objects.values_list("name", "query")) == [
        ("Milik saya", "mine=on&status=diproses")]
    assert list(AuditEntry.objects.filter(action="saved_filter_save")
                .order_by("pk").values_list("changes", flat=True)) == [
        {"query": [None, "mine=on"]}, {"query": ["mine=on", "mine=on&status=diproses"]}]


def test_saving_a_filter_is_403_for_a_citizen(login, citizen):
    response = login(citizen).post(reverse("reports:save_filter"),
                                   {"name": "X", "query": "mine=on"})

    assert response.status_code == 403
    assert not SavedFilter.objects.exists()


def test_an_answered_report_shows_its_answer_on_the_staff_page(login, coordinator, officer_a,
                                                             agency_a):
    report = answered_report(coordinator, officer_a, agency_a, answer="Sudah beres.")

    assert "Sudah beres." in login(coordinator).get(staff_url(report)).content.decode()
