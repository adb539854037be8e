"""Shared pieces of the browser tests: Debian's Chromium driven by Playwright (sync API).

Test modules call `require_browser()` at import, which skips the module with a printed reason
when Chromium or Playwright is missing, then import the fixtures from here.
"""

import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_browser() -> None:
    if not CHROMIUM.exists():
        reason = f"browser tests need Debian's Chromium at {CHROMIUM}, which is not installed"
        print(reason)
        pytest.skip(reason, allow_module_level=True)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the environment
        reason = "browser tests need the playwright package (pip install playwright)"
        print(reason)
        pytest.skip(reason, allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert shutil.which(str(CHROMIUM))
    # Playwright's sync API runs an event loop in the test thread; Django refuses database
    # access from such a thread unless told it is fine (the live server runs separately).
    # Only while the browser is open, so every other test keeps Django's guard.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def console():
    """Every console message and page error of the test's page, as text."""
    return []


@pytest.fixture
def new_page(browser, console):
    """Opens pages in separate browser contexts: one per person in a test."""
    contexts = []

    def make():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("console", lambda message: console.append(message.text))
        page.on("pageerror", lambda error: console.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def core_demo(transactional_db):
    """The demo's jurisdiction, agencies and accounts (`load_demo --core-only`), to sign in as
    the demo's people."""
    import io

    from django.core.management import call_command

    call_command("load_demo", "--core-only", stdout=io.StringIO())


def log_in(page, live_server, username: str) -> None:
    """Sign in through the login page as one of the demo's accounts."""
    from django.urls import reverse

    from jembatan.core.demo.loader import DEMO_PASSWORD

    page.goto(live_server.url + reverse("login"))
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()
