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
