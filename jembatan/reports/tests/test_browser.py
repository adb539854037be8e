"""The whole loop in a real Chromium: a citizen reports, the coordinator disposes, the agency
answers, the citizen rates and closes."""

import pytest

from jembatan.testing.browser import log_in, require_browser

require_browser()

from django.urls import reverse  # noqa: E402

from jembatan.reports.models import Report, Status  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_citizen_report_is_disposed_answered_rated_and_closed(
    live_server, new_page, console, core_demo
):
    # The citizen sends a report without an account.
    citizen = new_page()
    citizen.goto(live_server.url + reverse("reports:submit"))
    citizen.check("input[name=kind][value=pengaduan]")
    citizen.fill("#id_title", "Jalan berlubang di depan SD Garung 2")
    citizen.fill("#id_body", "Lubangnya dalam, sudah dua motor jatuh minggu ini. Mohon ditambal.")
    with citizen.expect_response(lambda r: "wilayah/desa" in r.url):
        citizen.select_option("#id_kecamatan", "33.07.12")
    citizen.select_option("#id_desa", "33.07.12.2004")
    citizen.fill("#id_reporter_name", "Sumarni")
    citizen.fill("#id_reporter_email", "sumarni@example.id")
    citizen.check("input[name=privacy][value=publik]")
    citizen.check("#id_consent")
    with citizen.expect_navigation():
        citizen.locator("form.report-form button[type=submit]").click()

    code = citizen.locator("#tracking-code").inner_text()
    assert citizen.locator("#access-key").inner_text()
    report = Report.objects.get(tracking_code=code)
    assert report.status == Status.BARU
    assert report.desa_id == "33.07.12.2004"

    # The coordinator verifies it and gives it to DPUPR.
    coordinator = new_page()
    log_in(coordinator, live_server, "koordinator")
    coordinator.goto(live_server.url + reverse("reports:inbox"))
    coordinator.click(f"text={report.title}")
    coordinator.click("#action-dispose summary")
    coordinator.select_option("#action-dispose select[name=agency]", "dpupr")
    with coordinator.expect_navigation():
        coordinator.locator("#action-dispose button[type=submit]").click()
    report.refresh_from_db()
    assert report.status == Status.DIDISPOSISIKAN
    assert report.lead_agency.slug == "dpupr"

    # The DPUPR officer starts handling it, writes to the reporter and answers.
    officer = new_page()
    log_in(officer, live_server, "petugas.dpupr")
    officer.goto(live_server.url + reverse("reports:inbox"))
    officer.click(f"text={report.title}")
    with officer.expect_navigation():
        officer.locator("form[action$='/aksi/acknowledge/'] button").click()
    officer.fill("#id_body", "Tim UPT Jalan akan survei lokasi besok pagi.")
    with officer.expect_navigation():
        officer.locator("form.reply-form button[type=submit]").click()
    officer.fill("#id_body", "Lubang sudah ditambal pada Selasa pagi oleh UPT Pemeliharaan Jalan.")
    officer.check("input[name=follow_up]")
    with officer.expect_navigation():
        officer.locator("form.reply-form button[type=submit]").click()
    report.refresh_from_db()
    assert report.status == Status.DITINDAKLANJUTI

    # The citizen reads the answer, rates the handling and closes the report.
    citizen.goto(live_server.url + report.get_absolute_url())
    assert "Lubang sudah ditambal" in citizen.locator("#conversation + ul").inner_text()
    citizen.check("input[name=score][value='5']")
    citizen.fill("textarea[name=comment]", "Cepat sekali, matur nuwun.")
    with citizen.expect_navigation():
        citizen.locator("form[action$='/nilai/'] button[type=submit]").click()
    with citizen.expect_navigation():
        citizen.locator("form[action$='/aksi/close/'] button[type=submit]").click()

    report.refresh_from_db()
    assert report.status == Status.SELESAI
    assert report.rating.score == 5
    assert report.get_status_display().lower() in citizen.locator("#report-status + p").inner_text().lower()
    assert [text for text in console if "Content Security Policy" in text] == []


def test_the_similar_reports_hint_posts_the_draft_and_shows_masked_titles(
    live_server, new_page, console, core_demo
):
    from jembatan.core.models import Agency, Region, User
    from jembatan.core.workflow import Actor
    from jembatan.reports import actions
    from jembatan.reports.models import Privacy

    report, _key, _created = actions.report_submit(
        kind="pengaduan", title="Jalan desa rusak parah, hubungi 0812 7777 8888",
        body="Jalan desa rusak parah dan berlubang sejak musim hujan.",
        privacy=Privacy.ANONIM, kecamatan=Region.objects.get(code="33.07.12"),
        reporter_name="Sulastri")
    actions.report_dispose(report=report, actor=Actor(user=User.objects.get(
        username="koordinator")), agency=Agency.objects.get(slug="dpupr"))

    citizen = new_page()
    requests = []
    citizen.on("request", lambda r: requests.append(r) if "/lapor/serupa/" in r.url else None)
    citizen.goto(live_server.url + reverse("reports:submit"))
    citizen.fill("#id_title", "Jalan desa rusak")
    with citizen.expect_response(lambda r: "/lapor/serupa/" in r.url) as hint:
        citizen.select_option("#id_kecamatan", "33.07.12")
    citizen.fill("#id_body", "Jalan desa rusak parah dan berlubang. NIK 3307012345670001")
    citizen.keyboard.press("End")
    citizen.locator("#similar-reports a").first.wait_for()

    assert hint.value.status == 200
    assert requests
    assert {r.method for r in requests} == {"POST"}
    assert all("?" not in r.url for r in requests)
    assert all("3307012345670001" not in r.url for r in requests)
    sent = requests[-1].post_data
    assert "title=" in sent
    assert "kecamatan=33.07.12" in sent
    assert "reporter" not in sent
    assert "csrfmiddlewaretoken" not in sent
    shown = citizen.locator("#similar-reports").inner_text()
    assert report.tracking_code in shown
    assert "0812 7777 8888" not in shown
    assert [text for text in console if "Content Security Policy" in text] == []
