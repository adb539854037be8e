"""The API docs page in a real Chromium: Swagger UI runs under our CSP without violations."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")

if not CHROMIUM.exists():
    reason = f"browser tests need Debian's Chromium at {CHROMIUM}, which is not installed"
    pytest.skip(reason, allow_module_level=True)
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    pytest.skip("browser tests need the playwright package", allow_module_level=True)

# Playwright's sync API runs an event loop in this thread; the live server is separate.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def browser():
    assert shutil.which(str(CHROMIUM))
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update"],
        )
        yield chromium
        chromium.close()


def test_swagger_ui_renders_without_csp_violations(live_server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
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
    context.close()
    assert problems == []
    assert not outside
