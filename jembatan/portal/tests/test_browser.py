"""The public site and the login in a real Chromium (Playwright, sync API)."""

import io
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")

if not CHROMIUM.exists():
    reason = f"browser tests need Debian's Chromium at {CHROMIUM}, which is not installed"
    print(reason)
    pytest.skip(reason, allow_module_level=True)
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    reason = "browser tests need the playwright package (pip install playwright)"
    print(reason)
    pytest.skip(reason, allow_module_level=True)

from django.core.management import call_command  # noqa: E402
from django.urls import reverse  # noqa: E402

from jembatan.core.demo.loader import DEMO_PASSWORD  # noqa: E402
from jembatan.core.models import Agency  # noqa: E402
from jembatan.core.tests.factories import JurisdictionFactory  # noqa: E402

# Playwright's sync API runs an event loop in this thread; Django refuses database access from
# a thread with a running loop unless told it is fine (the test and live server are separate).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    assert shutil.which(str(CHROMIUM))
    with sync_playwright() as playwright:
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
def page(browser, console):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.on("console", lambda message: console.append(message.text))
    page.on("pageerror", lambda error: console.append(str(error)))
    yield page
    context.close()


@pytest.fixture
def wonosobo(transactional_db):
    return JurisdictionFactory()


def test_home_page_shows_the_jurisdiction_name(live_server, page, wonosobo):
    page.goto(live_server.url + reverse("portal:home"))

    assert page.locator("h1").inner_text() == "Pemerintah Kabupaten Wonosobo"
    assert "Kab. Wonosobo" in page.title()


def test_demo_officer_logs_in_and_lands_on_the_start_page_of_their_agency(
    live_server, page, transactional_db
):
    call_command("load_demo", stdout=io.StringIO())
    dpupr = Agency.objects.get(slug="dpupr")

    page.goto(live_server.url + reverse("login"))
    page.fill("#id_username", "petugas.dpupr")
    page.fill("#id_password", DEMO_PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()

    assert page.url == live_server.url + reverse("core:start")
    assert page.locator(f"#agency-{dpupr.slug}").inner_text() == dpupr.name
    assert "Eko" in page.locator("h1").inner_text()


def test_skip_link_becomes_visible_when_focused_with_the_keyboard(live_server, page, wonosobo):
    page.goto(live_server.url + reverse("portal:home"))
    skip_link = page.locator("a.skip-link")
    hidden_box = skip_link.bounding_box()

    page.keyboard.press("Tab")

    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    box = skip_link.bounding_box()
    assert hidden_box["x"] + hidden_box["width"] <= 0
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= page.viewport_size["width"]
    outline = skip_link.evaluate(
        "el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth]; }"
    )
    assert outline[0] != "none"
    assert outline[1] != "0px"


@pytest.mark.parametrize("url_name", ["portal:home", "login"])
def test_no_content_security_policy_violation_is_reported(
    live_server, page, console, wonosobo, url_name
):
    page.add_init_script(
        "window.cspViolations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )

    page.goto(live_server.url + reverse(url_name))
    page.wait_for_load_state("networkidle")

    assert page.evaluate("window.cspViolations") == []
    csp_messages = [text for text in console if "Content Security Policy" in text]
    assert csp_messages == []
    # The page did load its own script and stylesheet under the policy.
    assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).position") == (
        "absolute"
    )
    assert page.locator("form.language-switcher button[type=submit]").is_hidden()


def test_language_switcher_changes_the_page_to_english(live_server, page, wonosobo):
    page.goto(live_server.url + reverse("portal:home"))
    assert page.locator("html").get_attribute("lang") == "id"

    with page.expect_navigation():
        page.select_option("#language-select", "en")

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#what-title").inner_text() == "What you can do here"
    assert page.url == live_server.url + reverse("portal:home")
