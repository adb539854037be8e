"""The key public pages in a real Chromium: no serious or critical accessibility violation
(axe-core), light enough for a slow phone connection, and no sideways scrolling on a 390 px
wide phone."""

import pytest

from jembatan.testing.browser import require_browser

require_browser()

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from django.urls import reverse  # noqa: E402

from jembatan.catalogue.tests.helpers import make_service  # noqa: E402
from jembatan.content import actions as content_actions  # noqa: E402
from jembatan.opendata.publishing import export_all  # noqa: E402
from jembatan.participation import actions as participation_actions  # noqa: E402
from jembatan.participation.contributors import Contributor  # noqa: E402
from jembatan.participation.tests.conftest import comment_on, make_consultation  # noqa: E402
from jembatan.search.actions import index_rebuild  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# HTML, CSS and JavaScript a page loads, images left out.
MAX_PAGE_BYTES = 200 * 1024
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def consultation(agency_a, citizen):
    """An open consultation with a comment on a section and one set of answers."""
    consultation = make_consultation(agency_a)
    comment_on(consultation, author=citizen, section=consultation.sections.first(),
               body="Tarif untuk warung kecil sebaiknya dibedakan dari toko besar.")
    single, scale = consultation.questions.all()
    participation_actions.response_create(
        consultation=consultation, contributor=Contributor(user=citizen),
        answers=[{"question": single.pk, "options": [single.options.first().pk]},
                 {"question": scale.pk, "value": 4}])
    return consultation


@pytest.fixture
def public_pages(jurisdiction, agency_a, published, consultation, citizen, officer_a):
    make_service(agency_a, name="Pasang Baru Sambungan Air")
    post = published(image_url="https://wonosobokab.go.id/media/adminduk.jpg")
    # The article is checked with its comments: an official reply and a hidden comment.
    question = content_actions.news_comment_create(
        post=post, contributor=Contributor(user=citizen), body="Apakah berlaku di Kertek?")
    content_actions.news_comment_reply_official(comment=question, actor=officer_a,
                                                body="Ya, berlaku di seluruh kecamatan.")
    advert = content_actions.news_comment_create(
        post=post, contributor=Contributor(user=citizen), body="Jasa urus cepat.")
    content_actions.news_comment_hide(comment=advert, actor=officer_a, reason="Iklan.")
    index_rebuild()
    export_all()
    return {
        "home": reverse("portal:home"),
        "news": reverse("content:public_list"),
        "article": post.get_absolute_url(),
        "agency": agency_a.get_absolute_url(),
        "services": reverse("catalogue_public:services"),
        "report form": reverse("reports:submit"),
        "consultations": reverse("participation:list"),
        "consultation": consultation.get_absolute_url(),
        "consultation results": reverse("participation:results", args=[consultation.pk]),
        "search results": reverse("search:search") + "?q=retribusi",
        "scorecard": reverse("insights:scorecard"),
        "agency scorecard": reverse("insights:agency_scorecard", args=[agency_a.slug]),
        "open data": reverse("opendata:index"),
    }


@pytest.fixture
def phone_page(new_page):
    page = new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    # The tests run offline: pictures hosted elsewhere are answered empty, as a failed load.
    page.route("https://**/*", lambda route: route.abort())
    return page


def _blocking(violations: list[dict]) -> list[str]:
    return [f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(node["target"][0] for node in v["nodes"][:3])
            for v in violations if v.get("impact") in BLOCKING_IMPACTS]


def test_key_public_pages_have_no_serious_accessibility_violations(
        live_server, page, public_pages):
    page.route("https://**/*", lambda route: route.abort())
    axe = Axe()
    found = {}
    for name, path in public_pages.items():
        page.goto(live_server.url + path)
        results = axe.run(page)
        found[name] = _blocking(results.response["violations"])

    assert found == {name: [] for name in public_pages}


def test_key_public_pages_weigh_less_than_200_kb_before_images(
        live_server, phone_page, public_pages):
    for name, path in public_pages.items():
        loaded = []

        def record(response, loaded=loaded):
            loaded.append(response)

        phone_page.on("response", record)
        phone_page.goto(live_server.url + path)
        phone_page.wait_for_load_state("networkidle")
        phone_page.remove_listener("response", record)
        weight = sum(len(response.body()) for response in loaded
                     if response.request.resource_type in {"document", "stylesheet", "script"}
                     and response.ok)

        assert 0 < weight <= MAX_PAGE_BYTES, (name, weight)


def test_key_public_pages_do_not_scroll_sideways_on_a_phone(
        live_server, phone_page, public_pages):
    for name, path in public_pages.items():
        phone_page.goto(live_server.url + path)

        overflow = phone_page.evaluate(
            "document.scrollingElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (name, overflow)


def test_phone_menu_opens_without_javascript(live_server, new_page, public_pages):
    page = new_page(viewport={"width": 390, "height": 844}, locale=None,
                    java_script_enabled=False)
    page.goto(live_server.url + public_pages["home"])
    assert not page.locator("#site-nav").is_visible()

    page.locator(".nav-toggle").click()

    assert page.locator("#site-nav").is_visible()
    assert page.get_by_role("link", name="Berita").first.is_visible()
    assert page.get_by_role("link", name="Partisipasi").first.is_visible()
    assert page.get_by_role("link", name="Cari").first.is_visible()


def test_phone_menu_toggles_with_javascript(live_server, phone_page, public_pages):
    phone_page.goto(live_server.url + public_pages["home"])
    toggle = phone_page.locator(".nav-toggle")

    toggle.click()

    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone_page.locator("#site-nav").is_visible()
    toggle.click()
    assert not phone_page.locator("#site-nav").is_visible()
    toggle.focus()
    phone_page.keyboard.press("Space")
    assert phone_page.locator("#site-nav").is_visible()


def test_the_checked_search_page_shows_the_consultation_among_its_results(
        live_server, page, public_pages, consultation):
    page.goto(live_server.url + public_pages["search results"])

    assert page.locator(f'main a[href="{consultation.get_absolute_url()}"]').count() >= 1


def test_full_navigation_fits_just_above_the_phone_breakpoint(live_server, new_page,
                                                              public_pages):
    page = new_page(viewport={"width": 800, "height": 900})
    page.goto(live_server.url + public_pages["home"])

    assert page.get_by_role("link", name="Partisipasi").first.is_visible()
    assert page.get_by_role("link", name="Cari", exact=True).first.is_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth") <= 0
