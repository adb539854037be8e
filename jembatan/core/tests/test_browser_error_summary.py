"""In a real Chromium: a form sent with errors puts the focus on its error summary, and each
link of the summary puts the focus in its field."""

import pytest

from jembatan.testing.browser import require_browser

require_browser()

from django.urls import reverse  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_summary_takes_the_focus_and_its_links_move_it_to_the_field(live_server, page):
    page.goto(live_server.url + reverse("reports:submit"))
    page.fill("#id_body", "Lampu jalan di depan pasar mati sejak seminggu.")
    with page.expect_navigation():
        page.locator("form.report-form button[type=submit]").click()

    summary = page.locator("[data-error-summary]")
    assert "Ada yang perlu diperbaiki" in summary.inner_text()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")

    summary.locator("a[href='#id_title']").click()
    assert page.evaluate("document.activeElement.id") == "id_title"

    summary.locator("a[href='#id_consent']").click()
    assert page.evaluate("document.activeElement.id") == "id_consent"
