"""The 403, 404, 429 and 500 pages with DEBUG off: Indonesian first, the site's layout, a way
back, and no traceback in the log for an expected refusal."""

import logging
import sys

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from django.views.defaults import server_error
from django_ratelimit.exceptions import Ratelimited

from jembatan.core.log_filters import NoTracebackForClientErrors
from jembatan.core.views import permission_denied


@pytest.fixture(autouse=True)
def _debug_off():
    with override_settings(DEBUG=False):
        yield


MISSING = "/halaman-yang-tidak-ada/"


@pytest.mark.django_db
def test_404_is_indonesian_in_the_public_layout_with_ways_back(client):
    response = client.get(MISSING, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    content = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="id">' in content
    assert "Halaman tidak ditemukan" in content
    assert 'class="site-header"' in content
    assert f'href="{reverse("portal:home")}"' in content
    assert f'action="{reverse("search:search")}"' in content
    # Never Django's technical page with the list of URL patterns.
    assert "URLconf" not in content
    assert "urlpatterns" not in content


@pytest.mark.django_db
def test_404_is_english_when_the_visitor_chose_english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.get(MISSING)

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.django_db
def test_404_under_staff_pages_keeps_the_staff_shell_and_links_the_staff_start(
        login, coordinator):
    response = login(coordinator).get("/staf/tidak-ada/")

    content = response.content.decode()
    assert response.status_code == 404
    assert 'id="staff-nav"' in content
    assert f'href="{reverse("core:start")}"' in content
    assert "Kembali ke beranda staf" in content


@pytest.mark.django_db
def test_403_is_indonesian_with_a_way_back(login, citizen):
    response = login(citizen).get(reverse("core:audit_log"))

    content = response.content.decode()
    assert response.status_code == 403
    assert "Anda tidak berhak membuka halaman ini" in content
    assert f'href="{reverse("portal:home")}"' in content
    assert "Traceback" not in content


@pytest.mark.django_db
def test_a_rate_limit_gets_the_429_page_not_the_refusal():
    request = RequestFactory().get("/cari/?q=jalan")
    request.user = AnonymousUser()
    request.LANGUAGE_CODE = "id"

    with translation.override("id"):
        response = permission_denied(request, Ratelimited())

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Terlalu banyak permintaan" in response.content.decode()


def test_500_renders_without_the_database_in_indonesian_and_english():
    # No django_db mark: any query here would fail the test.
    request = RequestFactory().get("/laporan/")

    with translation.override("id"):
        indonesian = server_error(request).content.decode()
    with translation.override("en"):
        english = server_error(request).content.decode()

    assert "Terjadi gangguan" in indonesian
    assert 'lang="id"' in indonesian
    assert 'href="/"' in indonesian
    assert 'href="/cari/"' in indonesian
    assert "Something went wrong" in english
    assert 'lang="en"' in english


@pytest.mark.django_db
def test_an_expected_404_is_logged_as_one_line_without_traceback(client, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get(MISSING)

    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.status_code == 404
    # Django attaches the Http404; the site's handler drops it before writing the line.
    assert NoTracebackForClientErrors().filter(record) is True
    assert record.exc_info is None


def test_a_server_error_keeps_its_traceback_in_the_log():
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        record = logging.getLogger("django.request").makeRecord(
            "django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s",
            ("/x/",), exc_info=sys.exc_info(), extra={"status_code": 500})

    NoTracebackForClientErrors().filter(record)

    assert record.exc_info is not None


def test_the_log_handler_uses_the_filter():
    handlers = logging.getLogger().handlers
    assert any(isinstance(f, NoTracebackForClientErrors)
               for handler in handlers for f in handler.filters)
