"""The public site and the login in a real Chromium (Playwright, sync API)."""

import pytest

from jembatan.testing.browser import log_in, require_browser

require_browser()

from django.urls import reverse  # noqa: E402

from jembatan.core.models import Agency  # noqa: E402
from jembatan.core.tests.factories import JurisdictionFactory  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def wonosobo(transactional_db):
    return JurisdictionFactory()


def test_home_page_shows_the_jurisdiction_name(live_server, page, wonosobo):
    page.goto(live_server.url + reverse("portal:home"))

    assert page.locator("h1").inner_text() == "Pemerintah Kabupaten Wonosobo"
    assert "Kab. Wonosobo" in page.title()


def test_demo_officer_logs_in_and_lands_on_the_start_page_of_their_agency(
    live_server, page, core_demo
):
    dpupr = Agency.objects.get(slug="dpupr")

    log_in(page, live_server, "petugas.dpupr")

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
    assert page.locator("#news-title").inner_text() == "Latest news"
    assert page.url == live_server.url + reverse("portal:home")
