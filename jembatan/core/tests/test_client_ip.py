"""Rate limits key on one client-address function; a missing proxy header is never a 500."""

import logging

import pytest
from django.test import Client, RequestFactory
from django_ratelimit import ALL
from django_ratelimit.core import get_usage

from jembatan.core import client_ip as client_ip_module
from jembatan.core.client_ip import client_ip

LOGGER = "jembatan.core.client_ip"


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch):
    monkeypatch.setattr(client_ip_module, "_warned", set())


@pytest.fixture
def behind_proxy(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"


def _request(**meta):
    request = RequestFactory().get("/")
    request.META.pop("REMOTE_ADDR", None)
    request.META.update(meta)
    return request


def test_without_a_proxy_header_setting_the_socket_address_counts():
    assert client_ip(_request(REMOTE_ADDR="10.0.0.7", HTTP_X_REAL_IP="1.2.3.4")) == "10.0.0.7"


def test_behind_a_proxy_the_header_counts(behind_proxy):
    assert client_ip(_request(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9")) == (
        "203.0.113.9")


def test_the_header_may_be_named_as_the_proxy_writes_it(settings):
    settings.CLIENT_IP_HEADER = "X-Real-IP"

    assert client_ip(_request(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9")) == (
        "203.0.113.9")


def test_a_forwarded_for_list_counts_the_hop_our_proxy_added(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"

    request = _request(REMOTE_ADDR="127.0.0.1",
                       HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")

    assert client_ip(request) == "203.0.113.9"


@pytest.mark.parametrize("value", ["", "bukan-alamat", "999.1.1.1"])
def test_a_missing_or_garbled_header_falls_back_to_the_socket(behind_proxy, value):
    assert client_ip(_request(REMOTE_ADDR="10.0.0.7", HTTP_X_REAL_IP=value)) == "10.0.0.7"


def test_the_fallback_is_logged_once_per_process(behind_proxy, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _attempt in range(5):
            client_ip(_request(REMOTE_ADDR="10.0.0.7"))

    warnings = [r for r in caplog.records if r.name == LOGGER]
    assert len(warnings) == 1
    assert "HTTP_X_REAL_IP" in warnings[0].getMessage()


def test_no_address_at_all_shares_one_bucket():
    assert client_ip(_request()) == client_ip_module.UNKNOWN_ADDRESS


def test_health_check_without_the_proxy_header_is_200(behind_proxy, db):
    response = Client(REMOTE_ADDR="127.0.0.1").get("/healthz")

    assert response.status_code == 200


@pytest.mark.parametrize(("path", "data"), [
    ("/masuk/", {"username": "warga", "password": "salah"}),
    ("/api/v1/auth/token", {"username": "warga", "password": "salah"}),
])
def test_rate_limited_forms_without_the_proxy_header_are_not_a_500(behind_proxy, db, path,
                                                                    data):
    response = Client(REMOTE_ADDR="127.0.0.1").post(path, data,
                                                    content_type="application/json"
                                                    if path.startswith("/api/") else
                                                    "application/x-www-form-urlencoded")

    assert response.status_code == (401 if path.startswith("/api/") else 200)


def test_report_form_without_the_proxy_header_is_not_a_500(behind_proxy, jurisdiction):
    response = Client(REMOTE_ADDR="127.0.0.1").get("/lapor/")

    assert response.status_code == 200


def test_rate_limits_count_each_client_behind_the_proxy_apart(behind_proxy):
    def limited(address: str) -> bool:
        request = _request(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP=address)
        usage = get_usage(request, group="uji", key="ip", rate="1/m", method=ALL,
                          increment=True)
        return usage["should_limit"]

    assert [limited("203.0.113.1"), limited("203.0.113.2"), limited("203.0.113.1")] == [
        False, False, True]
