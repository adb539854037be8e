"""The API docs page in a real Chromium: Swagger UI runs under our CSP without violations."""

import pytest

from jembatan.testing.browser import require_browser

require_browser()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_swagger_ui_renders_without_csp_violations(live_server, new_page):
    page = new_page(locale="en-US")
    problems = []
    page.on("console", lambda message: problems.append(message.text)
            if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    outside = []
    page.on("request", lambda request: outside.append(request.url)
            if not request.url.startswith(live_server.url) and not request.url.startswith("data:")
            else None)

    page.goto(f"{live_server.url}/api/v1/docs")

    page.locator("#swagger-ui .opblock").first.wait_for()
    assert page.locator("#swagger-ui .opblock").count() >= 8
    assert page.locator(".api-docs-endpoints tbody tr").count() >= 8
    assert problems == []
    assert not outside
