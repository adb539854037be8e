"""In a real Chromium: a coordinator sees why a report was marked urgent and corrects the flag
in one click."""

import pytest

from jembatan.testing.browser import log_in, require_browser

require_browser()

from django.urls import reverse  # noqa: E402

from jembatan.core.models import AuditEntry  # noqa: E402
from jembatan.reports import routing  # noqa: E402
from jembatan.reports.models import Report  # noqa: E402
from jembatan.reports.tests.factories import ReportFactory  # noqa: E402
from jembatan.triage import registry  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_sees_why_a_report_is_urgent_and_corrects_it(
    live_server, page, console, core_demo
):
    registry.cache_clear()
    # A fire reported now: the reading raises the flag; the coordinator knows better.
    report = ReportFactory(
        title="Asap di pasar Kertek",
        body="Sekarang ada kobaran api dan asap tebal di pasar Kertek, warga panik.",
    )
    routing.report_triage(report_id=report.pk, notify=False)
    report.refresh_from_db()
    assert report.is_urgent

    log_in(page, live_server, "koordinator")
    page.goto(live_server.url + reverse("reports:staff_detail", args=[report.tracking_code]))

    reading = page.locator("#urgency-reading").inner_text()
    assert "kebakaran" in reading.lower()
    assert "kobaran api" in page.locator("#urgency-words").inner_text()

    with page.expect_navigation():
        page.locator("#urgency form button[type=submit]").click()

    report.refresh_from_db()
    assert not report.is_urgent
    assert report.urgency_corrected_at is not None
    assert AuditEntry.objects.filter(action="report_urgency_correct").count() == 1
    # The page now says staff decided, and offers the way back in one click.
    assert page.locator("#urgency form button[type=submit]").is_visible()
    assert Report.objects.filter(pk=report.pk, is_urgent=False).exists()
    assert [text for text in console if "Content Security Policy" in text] == []


def test_coordinator_reads_why_in_the_inbox_urgent_box_and_clears_a_false_alarm_there(
    live_server, page, console, core_demo
):
    registry.cache_clear()
    # Smoke from a fire drill, written as if it were a fire: the reading raises the flag.
    report = ReportFactory(
        title="Asap di gudang Sapuran",
        body="Sekarang ada kobaran api dan asap tebal di gudang Sapuran, warga panik.",
    )
    routing.report_triage(report_id=report.pk, notify=False)
    report.refresh_from_db()
    assert report.is_urgent

    log_in(page, live_server, "koordinator")
    page.goto(live_server.url + reverse("reports:inbox"))

    item = page.locator(".urgent-box .urgent-item").filter(has_text=report.tracking_code)
    reason = item.locator(".urgent-reason").inner_text()
    assert "kebakaran" in reason.lower()
    assert "kobaran api" in reason

    with page.expect_navigation():
        item.get_by_role("button", name=f"Bukan darurat: {report.tracking_code}").click()

    report.refresh_from_db()
    assert not report.is_urgent
    assert report.urgency_corrected_at is not None
    assert AuditEntry.objects.filter(action="report_urgency_correct").count() == 1
    # Back on the inbox, the report has left the urgent box; its page says staff decided.
    assert page.url.endswith(reverse("reports:inbox"))
    assert page.locator(".urgent-box .urgent-item").filter(
        has_text=report.tracking_code).count() == 0
    page.goto(live_server.url + reverse("reports:staff_detail", args=[report.tracking_code]))
    assert "Petugas menandai laporan ini bukan darurat" in page.locator(
        "#urgency-reading").inner_text()
    assert [text for text in console if "Content Security Policy" in text] == []
