"""The citizen's side: sending a report, following it with the code and the key, answering,
rating, closing, reopening and objecting, and the public list of reports."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from jembatan.core import public_cache
from jembatan.reports import codes
from jembatan.reports.models import Kind, Message, Objection, Privacy, Rating, Report, Status
from jembatan.reports.tests.factories import (
    REPORTER_EMAIL,
    ReportFactory,
    answered_report,
    closed_report,
    disposed_report,
    held_report,
    in_progress_report,
    merged_report,
    rejected_report,
    report_form_data,
)

pytestmark = pytest.mark.django_db

SUBMIT = reverse("reports:submit")
TRACK = reverse("reports:track")
LIST = reverse("reports:list")
PHONE_ERROR = "Enter a valid phone number, for example 0812 3456 7890."


def in_indonesian(message: str) -> str:
    """What the page shows for `message` in the default language (with or without catalogue)."""
    with translation.override("id"):
        return gettext(message)


def detail_url(report):
    return reverse("reports:detail", kwargs={"code": report.tracking_code})


def reporter_url(name, report, **kwargs):
    return reverse(f"reports:{name}", kwargs={"code": report.tracking_code, **kwargs})


def track(client, report, key=None):
    return client.post(TRACK, {"tracking_code": report.tracking_code,
                               "access_key": report.access_key if key is None else key})


def as_reporter(client, report):
    response = track(client, report)
    assert response.status_code == 302
    return client


def listed_codes(response):
    return [report.tracking_code for report in response.context["page"].items]


# --- the report form --------------------------------------------------------------------------


def test_the_report_form_opens_without_an_account(client):
    response = client.get(SUBMIT)

    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="idempotency_key"' in content
    for kind in Kind.values:
        assert f'value="{kind}"' in content


def test_a_logged_in_citizen_finds_the_form_filled_with_their_contact(login, citizen):
    response = login(citizen).get(SUBMIT)

    assert response.context["form"].initial["reporter_name"] == "Suparno"


def test_sending_a_report_shows_the_tracking_code_and_the_access_key_once(client):
    response = client.post(SUBMIT, report_form_data())

    report = Report.objects.get()
    confirmation = reverse("reports:submitted", kwargs={"code": report.tracking_code})
    assert response.status_code == 302
    assert response["Location"] == confirmation
    first = client.get(confirmation)
    assert first.status_code == 200
    content = first.content.decode()
    assert report.tracking_code in content
    key = first.context["access_key"]
    assert 'id="access-key"' in content
    assert key in content
    assert codes.access_key_matches(key, report.access_key_hash)

    second = client.get(confirmation)

    assert second.status_code == 200
    assert report.tracking_code in second.content.decode()
    assert 'id="access-key"' not in second.content.decode()
    assert key not in second.content.decode()


def test_the_confirmation_page_of_someone_elses_report_is_404(client):
    client.post(SUBMIT, report_form_data())
    report = Report.objects.get()

    response = Client().get(reverse("reports:submitted", kwargs={"code": report.tracking_code}))

    assert response.status_code == 404


def test_sending_the_same_form_twice_creates_one_report(client):
    data = report_form_data()

    first = client.post(SUBMIT, data)
    second = client.post(SUBMIT, data)

    assert Report.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_the_stored_report_has_what_the_citizen_sent(client, kecamatan, desa):
    client.post(SUBMIT, report_form_data(kind=Kind.ASPIRASI, privacy=Privacy.ANONIM,
                                         kecamatan=kecamatan.code, desa=desa.code,
                                         latitude="-7.360100", longitude="109.901200"))

    report = Report.objects.get()
    assert (report.kind, report.privacy, report.status) == ("aspirasi", "anonim", "baru")
    assert (report.kecamatan, report.desa) == (kecamatan, desa)
    assert str(report.latitude) == "-7.360100"
    assert report.reporter_email == REPORTER_EMAIL
    assert report.reporter_phone == "+6281234567890"
    assert report.reporter is None


def test_an_invalid_phone_number_answers_400_with_the_message(client):
    response = client.post(SUBMIT, report_form_data(reporter_phone="0812"))

    assert response.status_code == 400
    assert response.context["form"].errors["reporter_phone"] == [in_indonesian(PHONE_ERROR)]
    assert in_indonesian(PHONE_ERROR) in response.content.decode()
    assert not Report.objects.exists()


def test_the_phone_error_is_in_indonesian(client):
    response = client.post(SUBMIT, report_form_data(reporter_phone="0812"))

    assert response.status_code == 400
    assert PHONE_ERROR not in response.content.decode()


def test_a_desa_outside_the_chosen_kecamatan_is_an_error(client, kecamatan, other_desa):
    response = client.post(SUBMIT, report_form_data(kecamatan=kecamatan.code,
                                                     desa=other_desa.code))

    assert response.status_code == 400
    assert response.context["form"].errors["desa"]
    assert not Report.objects.exists()


def test_the_report_form_needs_consent_title_and_text(client):
    response = client.post(SUBMIT, report_form_data(consent=None, title="", body=""))

    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"consent", "title", "body"}


def test_desa_options_lists_the_villages_of_one_kecamatan(client, desa, other_desa):
    response = client.get(reverse("reports:desa_options"), {"kecamatan": desa.parent.code})

    assert response.status_code == 200
    content = response.content.decode()
    assert f'value="{desa.code}"' in content
    assert "Tlogo" in content
    assert other_desa.code not in content


def test_desa_options_without_a_kecamatan_offers_only_the_empty_choice(client, desa):
    response = client.get(reverse("reports:desa_options"))

    assert response.status_code == 200
    assert response.content.decode().count("<option") == 1


# --- following a report with its code and key --------------------------------------------------


def test_track_with_the_right_key_opens_the_report_as_its_reporter(client):
    report = ReportFactory(privacy=Privacy.RAHASIA)

    response = track(client, report)

    assert response.status_code == 302
    assert response["Location"] == detail_url(report)
    page = client.get(detail_url(report))
    assert page.status_code == 200
    assert page.context["view"].actor.is_reporter


def test_track_accepts_what_people_type(client):
    report = ReportFactory()

    response = client.post(TRACK, {"tracking_code": report.tracking_code.lower(),
                                   "access_key": report.access_key.lower().replace("-", " ")})

    assert response.status_code == 302


def test_track_with_a_wrong_key_answers_400_and_opens_nothing(client):
    report = ReportFactory(privacy=Privacy.RAHASIA)

    response = track(client, report, key="AAAA-BBBB-CCCC")

    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert client.get(detail_url(report)).status_code == 404


def test_the_report_just_tracked_is_remembered_even_after_fifty_others(client):
    report = ReportFactory(privacy=Privacy.RAHASIA)
    session = client.session
    session["reporter_reports"] = [f"ZZZ-{n:04d}-ZZ" for n in range(50)]
    session.save()

    assert track(client, report).status_code == 302

    assert client.get(detail_url(report)).status_code == 200


def test_track_with_an_unknown_code_answers_400(client):
    response = client.post(TRACK, {"tracking_code": "WSB-2222-22", "access_key": "AAAA"})

    assert response.status_code == 400


# --- the reporter's actions ---------------------------------------------------------------------


def test_the_reporter_adds_information_to_the_report(client, coordinator, officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)
    as_reporter(client, report)

    response = client.post(reporter_url("reporter_message", report),
                           {"body": "Lubangnya sekarang sebesar ban truk."})

    assert response.status_code == 302
    message = Message.objects.get(report=report)
    assert message.from_reporter
    assert message.visibility == "public"


def test_the_reporter_rates_once(client, coordinator, officer_a, agency_a):
    report = answered_report(coordinator, officer_a, agency_a)
    as_reporter(client, report)

    first = client.post(reporter_url("rate", report), {"score": "5", "comment": "Cepat."})
    second = client.post(reporter_url("rate", report), {"score": "1"})

    assert first.status_code == 302
    assert second.status_code == 409
    assert Rating.objects.get(report=report).score == 5


def test_the_reporter_closes_an_answered_report(client, coordinator, officer_a, agency_a):
    report = answered_report(coordinator, officer_a, agency_a)
    as_reporter(client, report)

    response = client.post(reporter_url("reporter_action", report, action="close"))

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.SELESAI


def test_the_reporter_reopens_with_a_reason(client, coordinator, officer_a, agency_a):
    report = answered_report(coordinator, officer_a, agency_a)
    as_reporter(client, report)

    without = client.post(reporter_url("reporter_action", report, action="reopen"))
    report.refresh_from_db()
    assert without.status_code == 302
    assert report.status == Status.DITINDAKLANJUTI

    response = client.post(reporter_url("reporter_action", report, action="reopen"),
                           {"reason": "Lubangnya muncul lagi setelah hujan."})

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.DIPROSES


def test_the_reporter_objects_to_the_answer_to_an_information_request(
    client, coordinator, officer_a, agency_a
):
    report = answered_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI)
    as_reporter(client, report)
    assert client.get(detail_url(report)).context["can_object"]

    response = client.post(reporter_url("reporter_action", report, action="object"),
                           {"reason": "Salinan anggaran tidak dilampirkan."})

    assert response.status_code == 302
    assert Objection.objects.get(report=report).reason == "Salinan anggaran tidak dilampirkan."


def test_objecting_to_a_complaint_is_a_conflict(client, coordinator, officer_a, agency_a):
    report = answered_report(coordinator, officer_a, agency_a, kind=Kind.PENGADUAN)
    as_reporter(client, report)

    response = client.post(reporter_url("reporter_action", report, action="object"),
                           {"reason": "Tidak puas."})

    assert response.status_code == 409
    assert not Objection.objects.exists()


def test_closing_a_report_still_in_progress_is_a_conflict(
    client, coordinator, officer_a, agency_a
):
    report = in_progress_report(coordinator, officer_a, agency_a)
    as_reporter(client, report)

    response = client.post(reporter_url("reporter_action", report, action="close"))

    assert response.status_code == 409
    assert "reports/conflict.html" in [t.name for t in response.templates]


def test_an_unknown_reporter_action_is_404(client):
    report = ReportFactory()
    as_reporter(client, report)

    response = client.post(reporter_url("reporter_action", report, action="dispose"))

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("name", "kwargs", "data"),
    [
        ("reporter_message", {}, {"body": "Bukan pelapor."}),
        ("rate", {}, {"score": "1"}),
        ("reporter_action", {"action": "close"}, {}),
        ("reporter_action", {"action": "reopen"}, {"reason": "Iseng."}),
        ("reporter_action", {"action": "object"}, {"reason": "Iseng."}),
    ],
)
@pytest.mark.parametrize("who", ["visitor", "officer_a", "citizen"])
def test_reporter_actions_are_403_for_everyone_else(
    request, client, login, coordinator, officer_a, agency_a, who, name, kwargs, data
):
    report = answered_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI)
    visitor = client if who == "visitor" else login(request.getfixturevalue(who))

    response = visitor.post(reporter_url(name, report, **kwargs), data)

    assert response.status_code == 403
    report.refresh_from_db()
    assert report.status == Status.DITINDAKLANJUTI
    assert not Rating.objects.exists()
    assert not Objection.objects.exists()
    assert not Message.objects.filter(report=report, from_reporter=True).exists()


def test_a_logged_in_citizen_closes_their_own_report_without_the_key(
    login, citizen, coordinator, officer_a, agency_a
):
    from jembatan.core.workflow import Actor
    from jembatan.reports import actions

    report, _key, _created = actions.report_submit(kind=Kind.PENGADUAN, title="Sampah",
                                                   body="Menumpuk.", reporter=citizen)
    report = actions.report_dispose(report=report, actor=Actor(user=coordinator),
                                    agency=agency_a)
    actions.report_respond(report=report, actor=Actor(user=officer_a), message="Sudah.")

    response = login(citizen).post(reporter_url("reporter_action", report, action="close"))

    assert response.status_code == 302


def test_the_reporters_tools_show_only_to_the_reporter(client, coordinator, officer_a, agency_a):
    report = answered_report(coordinator, officer_a, agency_a)

    visitor = client.get(detail_url(report))
    as_reporter(client, report)
    reporter = client.get(detail_url(report))

    rate_url = reporter_url("rate", report)
    assert rate_url not in visitor.content.decode()
    assert rate_url in reporter.content.decode()
    assert reporter.context["can_close"]
    assert reporter.context["can_reopen"]


def test_a_merged_report_sends_the_public_to_the_original_but_not_its_reporter(
    client, coordinator, agency_a
):
    original = disposed_report(coordinator, agency_a)
    duplicate = merged_report(coordinator, original)

    visitor = Client().get(detail_url(duplicate))
    as_reporter(client, duplicate)
    reporter = client.get(detail_url(duplicate))

    assert visitor.status_code == 302
    assert visitor["Location"] == detail_url(original)
    assert reporter.status_code == 200
    assert original.tracking_code in reporter.content.decode()


# --- the public list ----------------------------------------------------------------------------


def test_the_public_list_shows_only_verified_reports_that_are_not_confidential(
    client, coordinator, officer_a, agency_a
):
    people = (coordinator, officer_a, agency_a)
    shown = [
        disposed_report(coordinator, agency_a),
        in_progress_report(*people, privacy=Privacy.ANONIM),
        answered_report(*people),
        closed_report(*people),
        held_report(*people),
    ]
    hidden = [
        ReportFactory(),
        rejected_report(coordinator),
        merged_report(coordinator, shown[0]),
        disposed_report(coordinator, agency_a, privacy=Privacy.RAHASIA),
        answered_report(*people, privacy=Privacy.RAHASIA),
    ]

    response = client.get(LIST)

    assert response.status_code == 200
    assert sorted(listed_codes(response)) == sorted(r.tracking_code for r in shown)
    content = response.content.decode()
    for report in hidden:
        assert report.tracking_code not in content
        assert report.title not in content


def test_the_public_list_shows_the_agencys_latest_answer(client, coordinator, officer_a,
                                                         agency_a):
    answered_report(coordinator, officer_a, agency_a, answer="Sudah ditambal hari Senin.")

    assert "Sudah ditambal hari Senin." in client.get(LIST).content.decode()


@pytest.fixture
def varied_reports(coordinator, officer_a, agency_a, agency_b, kecamatan, other_kecamatan):
    return {
        "road": disposed_report(coordinator, agency_a, kecamatan=kecamatan,
                                title="Jalan amblas di Garung"),
        "water": answered_report(coordinator, officer_a, agency_a, kind=Kind.INFORMASI,
                                 kecamatan=other_kecamatan, title="Data debit mata air"),
        "pipe": disposed_report(coordinator, agency_b, kind=Kind.ASPIRASI,
                                kecamatan=other_kecamatan, title="Pipa baru untuk dusun"),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "informasi"}, ["water"]),
        ({"kind": "aspirasi"}, ["pipe"]),
        ({"agency": "dpupr"}, ["road", "water"]),
        ({"agency": "perumda-tirta-aji"}, ["pipe"]),
        ({"kecamatan": "33.07.01"}, ["pipe", "water"]),
        ({"kecamatan": "33.07.12"}, ["road"]),
        ({"status": "ditindaklanjuti"}, ["water"]),
        ({"status": "didisposisikan"}, ["pipe", "road"]),
        ({"q": "amblas"}, ["road"]),
        ({"q": "mata air"}, ["water"]),
        ({"kind": "aspirasi", "agency": "dpupr"}, []),
    ],
)
def test_the_public_list_filters(client, varied_reports, query, expected):
    response = client.get(LIST, query)

    codes_by_name = {r.tracking_code: name for name, r in varied_reports.items()}
    assert sorted(codes_by_name[code] for code in listed_codes(response)) == expected


def test_the_public_list_finds_a_report_by_its_tracking_code(client, varied_reports):
    code = varied_reports["pipe"].tracking_code

    response = client.get(LIST, {"q": code.lower()})

    assert listed_codes(response) == [code]


def test_the_public_list_pages_by_keyset(client, coordinator, agency_a):
    reports = [disposed_report(coordinator, agency_a) for _ in range(27)]
    newest_first = [r.tracking_code for r in sorted(reports, key=lambda r: (r.created_at, r.pk),
                                                    reverse=True)]

    first = client.get(LIST, {"agency": "dpupr"})
    cursor = first.context["page"].next_cursor
    second = client.get(LIST, {"agency": "dpupr", "cursor": cursor})

    assert listed_codes(first) == newest_first[:25]
    assert f"cursor={cursor}" in first.content.decode()
    assert "agency=dpupr" in first.context["query"]
    assert listed_codes(second) == newest_first[25:]
    assert second.context["page"].next_cursor is None


def test_a_broken_cursor_shows_the_first_page(client, coordinator, agency_a):
    disposed_report(coordinator, agency_a)

    response = client.get(LIST, {"cursor": "bukan-kursor"})

    assert response.status_code == 200
    assert len(listed_codes(response)) == 1


def test_the_public_list_costs_the_same_queries_for_3_or_30_reports(
    client, coordinator, officer_a, agency_a, kecamatan, desa, django_assert_max_num_queries
):
    def add(count):
        for n in range(count):
            if n % 2:
                answered_report(coordinator, officer_a, agency_a, kecamatan=kecamatan, desa=desa)
            else:
                disposed_report(coordinator, agency_a, supporting=[], kecamatan=kecamatan)

    add(3)
    client.get(LIST)  # warm the caches (jurisdiction, content types)
    public_cache.bump(public_cache.REPORTS)  # the render itself, not the kept copy
    with CaptureQueriesContext(connection) as few:
        assert len(listed_codes(client.get(LIST))) == 3
    add(27)

    public_cache.bump(public_cache.REPORTS)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(listed_codes(client.get(LIST))) == 25


# --- Similar reports hint on the form ---------------------------------------------------------


def test_the_similar_reports_hint_keeps_its_address():
    assert reverse("reports:similar") == "/lapor/serupa/"


def test_similar_reports_endpoint_answers_anonymous_visitors(client):
    response = client.post(reverse("reports:similar"), {"title": "Jalan rusak", "body": "x",
                                                        "kecamatan": "33.07.12"})

    assert response.status_code == 200


def test_similar_reports_with_a_nul_character_in_the_draft_answer_normally(client):
    response = client.post(reverse("reports:similar"), {
        "title": "Jalan\x00 rusak", "body": "lubang\x00", "kecamatan": "33.07\x00.12",
        "desa": "\x00"})

    assert response.status_code == 200
