"""While PostgreSQL or Redis cannot be reached, a request that needs them answers 503 with
Retry-After and a short page in Indonesian and English, not 500 (core/unavailable.py)."""

from unittest import mock

import pytest
import redis
from django.core.cache import cache
from django.db import OperationalError
from django.test import Client, override_settings

from jembatan.core.unavailable import RETRY_AFTER_SECONDS


@pytest.fixture(autouse=True)
def _debug_off():
    with override_settings(DEBUG=False):
        yield


def _client(user=None) -> Client:
    # The test client raises the view's exception by default; a server answers instead.
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def _database_down():
    # What the driver raises on every query while PostgreSQL restarts.
    return mock.patch("django.contrib.auth.get_user", side_effect=OperationalError(
        "connection to server at \"127.0.0.1\", port 5432 failed: Connection refused"))


def _redis_down():
    return mock.patch.object(cache, "get", side_effect=redis.ConnectionError(
        "Error 111 connecting to 127.0.0.1:6379. Connection refused."))


@pytest.mark.django_db
def test_a_staff_page_answers_503_in_both_languages_while_the_database_is_down(coordinator):
    client = _client(coordinator)

    with _database_down():
        response = client.get("/staf/")

    content = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert '<html lang="id">' in content
    assert "Layanan untuk sementara tidak tersedia" in content
    assert "The service is briefly unavailable" in content
    assert "Traceback" not in content
    assert "5432" not in content


@pytest.mark.django_db
def test_a_public_page_answers_503_while_redis_is_down():
    with _redis_down():
        response = _client().get("/")

    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "Sebagian sistem sedang tidak dapat dihubungi" in response.content.decode()


@pytest.mark.django_db
def test_the_page_puts_the_visitors_language_first(settings):
    client = _client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    with _redis_down():
        content = client.get("/").content.decode()

    assert '<html lang="en">' in content
    assert content.index("The service is briefly unavailable") < content.index(
        "Layanan untuk sementara tidak tersedia")


@pytest.mark.django_db
def test_the_api_answers_503_in_json_while_redis_is_down():
    with _redis_down():
        response = _client().get("/api/v1/reports/LAP-0000-0000")

    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert response.json()["code"] == "unavailable"


@pytest.mark.django_db
def test_an_error_raised_while_handling_a_lost_connection_still_answers_503():
    def broken(*args, **kwargs):
        try:
            raise redis.ConnectionError("Connection refused")
        except redis.ConnectionError:
            raise ValueError("could not read the cached page") from None

    with mock.patch.object(cache, "get", side_effect=broken):
        response = _client().get("/")

    # `from None` hides the cause from the traceback, not from __context__.
    assert response.status_code == 503


@pytest.mark.django_db
def test_any_other_error_is_still_a_500():
    with mock.patch.object(cache, "get", side_effect=RuntimeError("a bug")):
        response = _client().get("/")

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Terjadi gangguan" in response.content.decode()


@pytest.mark.django_db
def test_the_503_is_logged_as_a_server_error_with_its_traceback(caplog):
    with _redis_down():
        _client().get("/")

    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.status_code == 503
    assert record.exc_info is not None
