"""Issue 14's acceptance in a real Chromium: the coordinator disposes a new report to its
suggested agency with one click, the officer of that agency answers it from the report's one
composer (marked as the follow-up), and the reporter's tracking page shows the answer."""

import pytest

from jembatan.testing.browser import log_in, require_browser

require_browser()

from django.urls import reverse  # noqa: E402

from jembatan.reports.models import Report, Status  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ANSWER = "Lubang sudah ditambal pada Selasa pagi oleh UPT Pemeliharaan Jalan."


def test_one_click_disposition_and_an_answer_from_the_single_composer(
    live_server, new_page, console, core_demo
):
    from jembatan.core.models import Region
    from jembatan.reports import actions
    from jembatan.reports.routing import report_triage

    report, access_key, _created = actions.report_submit(
        kind="pengaduan", title="Jalan berlubang di depan SD Garung 2",
        body="Jalan kabupaten berlubang dalam di depan SD, sudah dua motor jatuh minggu ini. "
             "Mohon aspal jalan segera ditambal.",
        privacy="publik", kecamatan=Region.objects.get(code="33.07.12"),
        reporter_name="Sumarni", reporter_email="sumarni@example.id")
    # What the background reading does when a report arrives.
    report_triage(report_id=report.pk, notify=False)
    report.refresh_from_db()
    assert report.status == Status.BARU
    assert report.suggested_agency is not None
    assert report.suggested_agency.slug == "dpupr"

    # The coordinator opens the report: the suggestion is there with its reason; one click.
    coordinator = new_page()
    log_in(coordinator, live_server, "koordinator")
    coordinator.goto(live_server.url + reverse("reports:staff_detail",
                                               kwargs={"code": report.tracking_code}))
    assert "DPUPR" in coordinator.locator("#suggestion-reason").inner_text()
    with coordinator.expect_navigation():
        coordinator.locator("#dispose-quick button.dispose-suggested").click()
    report.refresh_from_db()
    assert report.status == Status.DIDISPOSISIKAN
    assert report.lead_agency.slug == "dpupr"

    # The DPUPR officer finds it in the inbox (open work) and answers from the one composer.
    officer = new_page()
    log_in(officer, live_server, "petugas.dpupr")
    officer.goto(live_server.url + reverse("reports:inbox"))
    officer.click(f"text={report.title}")
    officer.fill("#id_body", ANSWER)
    officer.check("input[name=follow_up]")
    assert officer.locator("input[name=visibility][value=public]").is_checked()
    with officer.expect_navigation():
        officer.locator("form.reply-form button[type=submit]").click()
    report.refresh_from_db()
    assert report.status == Status.DITINDAKLANJUTI
    assert report.messages.filter(visibility="public", body=ANSWER).count() == 1

    # The reporter follows the report with the tracking code and the access key.
    citizen = new_page()
    citizen.goto(live_server.url + reverse("reports:track"))
    citizen.fill("#id_tracking_code", report.tracking_code)
    citizen.fill("#id_access_key", access_key)
    with citizen.expect_navigation():
        citizen.locator("main form button[type=submit]").click()
    assert ANSWER in citizen.locator("#conversation + ul").inner_text()
    assert Report.objects.get(pk=report.pk).status == Status.DITINDAKLANJUTI
    assert [text for text in console if "Content Security Policy" in text] == []


def test_the_supporting_agencies_filter_box_narrows_the_checkbox_list(
    live_server, new_page, console, core_demo
):
    from jembatan.reports import actions

    report, _key, _created = actions.report_submit(
        kind="pengaduan", title="Lampu jalan padam", body="Lampu jalan di tikungan padam.",
        privacy="publik")
    coordinator = new_page()
    log_in(coordinator, live_server, "koordinator")
    coordinator.goto(live_server.url + reverse("reports:staff_detail",
                                               kwargs={"code": report.tracking_code}))
    coordinator.click("#action-dispose summary")
    items = coordinator.locator("#action-dispose .checklist-items li")
    total = items.count()
    coordinator.fill("#dispose-supporting-filter", "PLN")
    visible = coordinator.locator("#action-dispose .checklist-items li:visible")
    assert 0 < visible.count() < total
    assert [text for text in console if "Content Security Policy" in text] == []
