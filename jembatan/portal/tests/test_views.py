"""The public site: home, agency directory, health endpoints, security headers, language."""

import json
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.db import connection
from django.db.utils import OperationalError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from jembatan.core.models import Agency
from jembatan.core.tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db

HOME = reverse("portal:home")
AGENCIES = reverse("portal:agencies")
INDONESIAN_CATALOGUE = (
    Path(settings.BASE_DIR) / "jembatan" / "locale" / "id" / "LC_MESSAGES" / "django.mo"
)


def text(response) -> str:
    return response.content.decode()


def listed(response) -> list[str]:
    return [agency.slug for agency in response.context["agencies"]]


@pytest.fixture
def directory(agency_a, agency_b):
    """Two active agencies of different kinds and one inactive one."""
    AgencyFactory(
        name="Kecamatan Kertek",
        short_name="Kec. Kertek",
        slug="kec-kertek",
        kind=Agency.Kind.KECAMATAN,
        duties="Pelayanan administrasi terpadu kecamatan, rekomendasi dan legalisasi surat.",
    )
    AgencyFactory(
        name="Dinas Lama yang Sudah Dibubarkan",
        slug="dinas-lama",
        kind=Agency.Kind.PERANGKAT_DAERAH,
        is_active=False,
    )


# --- home -----------------------------------------------------------------------------------------


def test_home_shows_the_jurisdiction_name_and_tagline(client, jurisdiction):
    response = client.get(HOME)

    assert response.status_code == 200
    assert f'<h1 id="hero-title">{jurisdiction.name}</h1>' in text(response)
    assert jurisdiction.tagline in text(response)
    assert "Kab. Wonosobo" in text(response)


@pytest.mark.without_jurisdiction
def test_home_without_jurisdiction_still_works_and_says_so(client):
    response = client.get(HOME)

    assert response.status_code == 200
    assert '<h1 id="hero-title">Jembatan</h1>' in text(response)
    with translation.override("id"):
        warning = gettext(
            "This installation has no jurisdiction yet. An administrator can set it up with "
            "the setup_jurisdiction command."
        )
    assert warning in text(response)


def test_home_counts_active_agencies_by_kind(client, directory):
    response = client.get(HOME)

    assert response.context["agency_total"] == 3
    assert [(value, count) for value, _label, count in response.context["kinds"]] == [
        ("perangkat_daerah", 1),
        ("kecamatan", 1),
        ("bumd", 1),
    ]
    assert f"{AGENCIES}?kind=kecamatan" in text(response)


# --- agency directory -----------------------------------------------------------------------------


def test_agency_list_shows_active_agencies_only(client, directory):
    response = client.get(AGENCIES)

    assert response.status_code == 200
    assert sorted(listed(response)) == ["dpupr", "kec-kertek", "perumda-tirta-aji"]
    assert "Dinas Lama" not in text(response)


def test_agency_list_filters_by_kind(client, directory):
    response = client.get(AGENCIES, {"kind": "bumd"})

    assert listed(response) == ["perumda-tirta-aji"]
    assert response.context["kind"] == "bumd"


def test_agency_list_ignores_an_unknown_kind(client, directory):
    response = client.get(AGENCIES, {"kind": "rahasia"})

    assert len(listed(response)) == 3
    assert response.context["kind"] == ""


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("tirta", ["perumda-tirta-aji"]),
        ("DPUPR", ["dpupr"]),
        ("legalisasi", ["kec-kertek"]),
        ("dibubarkan", []),
    ],
)
def test_agency_list_searches_name_short_name_and_duties(client, directory, q, expected):
    response = client.get(AGENCIES, {"q": q})

    assert listed(response) == expected


def test_agency_list_combines_kind_and_search(client, directory):
    response = client.get(AGENCIES, {"kind": "kecamatan", "q": "tirta"})

    assert listed(response) == []


def test_active_agency_page_shows_its_profile(client, agency_a):
    response = client.get(reverse("portal:agency", kwargs={"slug": "dpupr"}))

    assert response.status_code == 200
    assert agency_a.name in text(response)
    assert agency_a.phone in text(response)


def test_inactive_agency_page_is_404(client, directory):
    response = client.get(reverse("portal:agency", kwargs={"slug": "dinas-lama"}))

    assert response.status_code == 404


def test_unknown_agency_page_is_404(client):
    assert client.get(reverse("portal:agency", kwargs={"slug": "tidak-ada"})).status_code == 404


# --- health endpoints -----------------------------------------------------------------------------


def test_healthz_answers_ok_json_when_the_database_answers(client):
    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert (body["status"], body["database"]) == ("ok", "ok")
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_fails(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        response = client.get(reverse("healthz"))

    assert response.status_code == 503
    assert json.loads(response.content)["status"] == "error"


def test_healthz_refuses_post(client):
    assert client.post(reverse("healthz")).status_code == 405


def test_ping_answers_pong_as_plain_text_without_any_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("ping"))

    assert response.status_code == 200
    assert response.content == b"pong"
    assert response["Content-Type"].startswith("text/plain")


# --- Content-Security-Policy ----------------------------------------------------------------------


def assert_strict_csp(response):
    assert response["Content-Type"].startswith("text/html")
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.parametrize(
    "url",
    [
        HOME,
        AGENCIES,
        reverse("portal:agency", kwargs={"slug": "dpupr"}),
        reverse("login"),
        reverse("password_reset"),
        reverse("password_reset_done"),
        "/halaman-yang-tidak-ada/",
    ],
)
def test_public_html_pages_carry_a_csp_without_unsafe_inline(client, jurisdiction, agency_a, url):
    assert_strict_csp(client.get(url))


@pytest.mark.parametrize(
    "url",
    [
        reverse("core:start"),
        reverse("core:agency", kwargs={"slug": "dpupr"}),
        reverse("core:agency_edit", kwargs={"slug": "dpupr"}),
        reverse("core:agency_history", kwargs={"slug": "dpupr"}),
        reverse("core:audit_log"),
        reverse("core:workdays") + "?start=2026-03-17T10:00&days=3",
        reverse("admin:index"),
    ],
)
def test_staff_html_pages_carry_a_csp_without_unsafe_inline(login, coordinator, agency_a, url):
    response = login(coordinator).get(url)

    assert response.status_code == 200
    assert_strict_csp(response)


def test_forbidden_page_carries_a_csp_without_unsafe_inline(login, officer_b, agency_a):
    response = login(officer_b).get(reverse("core:agency", kwargs={"slug": "dpupr"}))

    assert response.status_code == 403
    assert_strict_csp(response)


def test_pages_contain_no_inline_script_or_style(client, jurisdiction, directory):
    for url in (HOME, AGENCIES, reverse("login")):
        html = text(client.get(url))
        assert "<style" not in html
        assert " style=" not in html
        for script in html.split("<script")[1:]:
            assert " src=" in script.split(">", 1)[0], url


# --- language -------------------------------------------------------------------------------------


def test_default_language_is_indonesian(client):
    response = client.get(HOME)

    assert '<html lang="id">' in text(response)
    assert response["Content-Language"] == "id"


def test_language_switcher_makes_the_home_page_english(client, jurisdiction):
    response = client.post(reverse("set_language"), {"language": "en", "next": HOME})

    assert response.status_code == 302
    assert response["Location"] == HOME
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    home = client.get(HOME)
    assert '<html lang="en">' in text(home)
    assert "Latest news" in text(home)
    assert "Follow your report" in text(home)


def test_language_switcher_back_to_indonesian(client):
    client.post(reverse("set_language"), {"language": "en", "next": HOME})
    client.post(reverse("set_language"), {"language": "id", "next": HOME})

    assert '<html lang="id">' in text(client.get(HOME))


@pytest.mark.skipif(
    not INDONESIAN_CATALOGUE.exists(),
    reason=f"Indonesian catalogue not compiled yet ({INDONESIAN_CATALOGUE} is missing); "
    "run `python manage.py compilemessages`",
)
@pytest.mark.parametrize(
    "english", ["Latest news", "Follow your report", "Send a report", "Home"]
)
def test_home_page_is_in_indonesian_by_default(client, english):
    with translation.override("id"):
        indonesian = gettext(english)

    html = text(client.get(HOME))

    assert indonesian != english, f"{english!r} has no Indonesian translation"
    assert indonesian in html
    assert f">{english}<" not in html
