"""In a real Chromium: an officer sees the new dispositions on the start page, follows the
count to the list, acknowledges one, and the count drops; the bell shows the disposition."""

import pytest

from jembatan.testing.browser import log_in, require_browser

require_browser()

from django.urls import reverse  # noqa: E402

from jembatan.core.models import Agency, User  # noqa: E402
from jembatan.core.workflow import Actor  # noqa: E402
from jembatan.reports import actions  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _disposed(title: str) -> str:
    report, _key, _created = actions.report_submit(
        kind="pengaduan", title=title, privacy="publik", reporter_name="Sumarni",
        body="Lubangnya dalam, sudah dua motor jatuh minggu ini. Mohon segera ditambal.")
    actions.report_dispose(report=report, actor=Actor(user=User.objects.get(
        username="koordinator")), agency=Agency.objects.get(slug="dpupr"))
    return report.tracking_code


def test_officer_follows_the_new_dispositions_count_and_it_drops(
        live_server, new_page, core_demo, immediate_tasks):
    first = _disposed("Jalan berlubang di depan SD Garung 2")
    _disposed("Jembatan Kalikajar retak di sisi timur")

    page = new_page()
    log_in(page, live_server, "petugas.dpupr")
    page.goto(live_server.url + reverse("core:start"))
    assert page.locator("#work-new .work-count").inner_text() == "2"

    with page.expect_navigation():
        page.locator("#work-new a.work-link").click()
    assert page.locator(".filter-chips .chip").count() == 1
    with page.expect_navigation():
        page.locator(f"a[href='/staf/laporan/{first}/']").first.click()
    with page.expect_navigation():
        page.locator("form[action$='/aksi/acknowledge/'] button").click()

    page.goto(live_server.url + reverse("core:start"))
    assert page.locator("#work-new .work-count").inner_text() == "1"

    page.goto(live_server.url + reverse("notifications:inbox"))
    assert first in page.locator("main").inner_text()
