"""The daily work on the staff side: disposition in one step from the routing suggestion, the
report's one composer (reply, internal note or the follow-up answer), the agency inbox that
opens on open work, and the urgent box with its one-click correction."""

import pytest
from django.urls import reverse

from jembatan.core.models import Agency, AuditEntry
from jembatan.core.tests.factories import AgencyFactory
from jembatan.reports.models import Message, Report, Status
from jembatan.reports.templatetags.reports_tags import percent
from jembatan.reports.tests.factories import (
    ReportFactory,
    answered_report,
    disposed_report,
)

pytestmark = pytest.mark.django_db

INBOX = reverse("reports:inbox")


def staff_url(report):
    return reverse("reports:staff_detail", kwargs={"code": report.tracking_code})


def composer_url(report):
    return reverse("reports:staff_message", kwargs={"code": report.tracking_code})


def suggest(report, *rows, reasons=("jalan berlubang", "jembatan")):
    """Store a routing reading as triage would: [(agency, probability), …]."""
    Report.objects.filter(pk=report.pk).update(
        suggested_agency=rows[0][0], suggestion_confidence=rows[0][1],
        suggestion_reasons=list(reasons),
        suggestions=[{"agency": a.slug, "probability": p} for a, p in rows])
    report.refresh_from_db()
    return report


# --- disposition in one step --------------------------------------------------------------------


def test_the_suggestion_is_preselected_with_its_reason_and_confidence(
    login, coordinator, agency_a, agency_b
):
    report = suggest(ReportFactory(), (agency_a, 0.85), (agency_b, 0.1))

    response = login(coordinator).get(staff_url(report))

    page = response.content.decode()
    assert "Saran: DPUPR, 85% — kata kunci: jalan berlubang, jembatan" in page
    forms = {item[0]: item[2] for item in response.context["action_forms"]}
    assert forms["dispose"].initial["agency"] == "dpupr"
    # One button per suggestion, the first one the suggested agency.
    assert 'name="agency" value="dpupr"' in page
    assert 'name="agency" value="perumda-tirta-aji"' in page


def test_one_click_on_the_suggestion_disposes_the_report(login, coordinator, agency_a):
    report = suggest(ReportFactory(), (agency_a, 0.85))

    response = login(coordinator).post(
        reverse("reports:staff_action", kwargs={"code": report.tracking_code,
                                                "action": "dispose"}),
        {"agency": "dpupr", "kind": report.kind, "privacy": report.privacy})

    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.lead_agency) == (Status.DIDISPOSISIKAN, agency_a)


def test_supporting_agencies_are_a_checkbox_list_with_a_filter_box(
    login, coordinator, agency_a
):
    report = ReportFactory()

    page = login(coordinator).get(staff_url(report)).content.decode()

    assert 'type="checkbox" name="supporting"' in page
    assert "checklist-filter" in page
    assert "<select multiple" not in page
    assert "select name=\"supporting\"" not in page


def test_a_kecamatan_office_is_suggested_only_for_a_report_of_its_area(
    login, coordinator, agency_a, kecamatan, other_kecamatan
):
    garung = AgencyFactory(name="Kecamatan Garung", short_name="Kec. Garung",
                           slug="kecamatan-garung", kind=Agency.Kind.KECAMATAN,
                           region=kecamatan)
    # The text names no place: only the report's own kecamatan decides.
    title = "Jalan berlubang di depan SD 2"
    here = suggest(ReportFactory(kecamatan=kecamatan, title=title), (garung, 0.6),
                   (agency_a, 0.3), reasons=())
    elsewhere = suggest(ReportFactory(kecamatan=other_kecamatan, title=title), (garung, 0.6),
                        (agency_a, 0.3), reasons=())
    client = login(coordinator)

    assert [a.slug for a, _p in client.get(staff_url(here)).context["suggested"]] == [
        "kecamatan-garung", "dpupr"]
    assert [a.slug for a, _p in client.get(staff_url(elsewhere)).context["suggested"]] == [
        "dpupr"]


@pytest.mark.parametrize(("score", "shown"), [(1.1, 100), (0.853, 85), (0, 0), (-0.2, 0),
                                              (None, 0)])
def test_a_similarity_is_shown_as_a_percentage_of_at_most_100(score, shown):
    assert percent(score) == shown


# --- the one composer ---------------------------------------------------------------------------


def test_the_officer_answers_and_marks_the_follow_up_in_one_step(
    client, login, coordinator, officer_a, agency_a
):
    report = disposed_report(coordinator, agency_a)
    page = login(officer_a).get(staff_url(report)).content.decode()
    assert 'name="follow_up"' in page
    assert "action-respond" not in page

    response = login(officer_a).post(composer_url(report), {
        "body": "Lubang sudah ditambal oleh UPT Jalan.", "visibility": "public",
        "follow_up": "on"})

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.DITINDAKLANJUTI
    answer = Message.objects.get(report=report)
    assert (answer.visibility, answer.author_agency) == ("public", agency_a)
    assert AuditEntry.objects.filter(object_id=str(report.pk), action="report_respond").count() == 1


def test_a_follow_up_cannot_be_an_internal_note(login, coordinator, officer_a, agency_a):
    report = disposed_report(coordinator, agency_a)

    login(officer_a).post(composer_url(report), {
        "body": "Sudah beres.", "visibility": "internal", "follow_up": "on"})

    report.refresh_from_db()
    assert report.status == Status.DIDISPOSISIKAN
    assert not Message.objects.filter(report=report).exists()


def test_without_the_box_the_composer_only_sends_a_reply(login, coordinator, officer_a, agency_a):
    report = disposed_report(coordinator, agency_a)

    login(officer_a).post(composer_url(report), {"body": "Kami survei besok.",
                                                 "visibility": "public"})

    report.refresh_from_db()
    assert report.status == Status.DIDISPOSISIKAN
    assert Message.objects.get(report=report).visibility == "public"


def test_the_coordinator_gets_no_follow_up_box_and_cannot_mark_one(
    login, coordinator, agency_a
):
    report = disposed_report(coordinator, agency_a)
    client = login(coordinator)
    assert 'name="follow_up"' not in client.get(staff_url(report)).content.decode()

    response = client.post(composer_url(report), {"body": "Sudah.", "visibility": "public",
                                                  "follow_up": "on"})

    assert response.status_code == 403
    report.refresh_from_db()
    assert report.status == Status.DIDISPOSISIKAN


# --- the agency inbox ---------------------------------------------------------------------------


def codes_of(response):
    return {r.tracking_code for r in response.context["page"].items}


def test_the_agency_inbox_opens_on_open_work_and_finished_is_one_click_away(
    login, coordinator, officer_a, agency_a
):
    open_report = disposed_report(coordinator, agency_a)
    finished = answered_report(coordinator, officer_a, agency_a)
    client = login(officer_a)

    assert codes_of(client.get(INBOX)) == {open_report.tracking_code}
    assert codes_of(client.get(INBOX, {"view": "done"})) == {finished.tracking_code}
    assert codes_of(client.get(INBOX, {"view": "all"})) == {open_report.tracking_code,
                                                            finished.tracking_code}
    # A status chosen in the filters is shown whatever the tab.
    assert codes_of(client.get(INBOX, {"status": "ditindaklanjuti"})) == {
        finished.tracking_code}


def test_reports_the_agency_only_supports_are_marked(
    login, coordinator, officer_b, agency_a, agency_b
):
    disposed_report(coordinator, agency_a, supporting=[agency_b])
    own = disposed_report(coordinator, agency_b)

    response = login(officer_b).get(INBOX)

    marks = {r.tracking_code: r.only_supporting for r in response.context["page"].items}
    assert marks[own.tracking_code] is False
    assert list(marks.values()).count(True) == 1
    assert "Instansi Anda sebagai pendukung" in response.content.decode()


# --- the urgent box -----------------------------------------------------------------------------


def make_urgent(report, words=("kebakaran",)):
    Report.objects.filter(pk=report.pk).update(
        is_urgent=True, urgency_signals=list(words),
        urgency_reason={"words": list(words), "categories": ["fire"]})
    report.refresh_from_db()
    return report


def test_the_urgent_box_shows_the_reason_and_only_reports_still_needing_action(
    login, coordinator, officer_a, agency_a
):
    waiting = make_urgent(disposed_report(coordinator, agency_a))
    make_urgent(answered_report(coordinator, officer_a, agency_a))

    response = login(officer_a).get(INBOX)

    assert [r.tracking_code for r in response.context["urgent"]] == [waiting.tracking_code]
    page = response.content.decode()
    assert "kebakaran" in page
    assert "Bukan darurat" in page


def test_not_an_emergency_is_one_audited_click_back_to_the_inbox(
    login, coordinator, officer_a, agency_a
):
    report = make_urgent(disposed_report(coordinator, agency_a))

    response = login(officer_a).post(
        reverse("reports:staff_urgency", kwargs={"code": report.tracking_code}),
        {"urgent": "0", "next": "inbox"})

    assert response.status_code == 302
    assert response["Location"] == INBOX
    report.refresh_from_db()
    assert not report.is_urgent
    assert report.urgency_corrected_at is not None
    assert AuditEntry.objects.filter(object_id=str(report.pk),
                                     action="report_urgency_correct").exists()


def test_an_officer_of_another_agency_gets_no_correction_button(
    login, coordinator, officer_b, agency_a, agency_b
):
    make_urgent(disposed_report(coordinator, agency_a, supporting=[agency_b]))

    response = login(officer_b).get(INBOX)

    assert [r.may_correct for r in response.context["urgent"]] == [False]
    assert "Bukan darurat" not in response.content.decode()


def test_the_inbox_query_count_does_not_grow_with_urgent_reports(
    login, coordinator, agency_a, django_assert_max_num_queries
):
    client = login(coordinator)
    for _ in range(2):
        make_urgent(disposed_report(coordinator, agency_a))
    with django_assert_max_num_queries(40) as few:
        client.get(INBOX)
    for _ in range(5):
        make_urgent(disposed_report(coordinator, agency_a))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(INBOX)


# --- the staff header ---------------------------------------------------------------------------


def test_reports_in_the_staff_navigation_opens_the_inbox_the_public_list_stays_public(
    client, login, officer_a
):
    staff_page = login(officer_a).get(INBOX).content.decode()
    public_page = client.get(reverse("reports:list")).content.decode()

    assert f'href="{INBOX}"' in staff_page
    assert f'href="{reverse("reports:list")}"' in public_page
    assert f'href="{INBOX}"' not in public_page
