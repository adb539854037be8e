"""Only servers on the public internet receive webhooks (no SSRF), over HTTPS."""

from __future__ import annotations

import pytest

from jembatan.webhooks import addresses
from jembatan.webhooks.addresses import AddressRefused, check_url


@pytest.mark.parametrize("url", [
    "https://10.0.0.5/hook",
    "https://192.168.1.1/hook",
    "https://172.16.0.1/hook",
    "https://169.254.169.254/latest/meta-data/",  # the cloud's metadata service
    "https://100.64.0.1/hook",
    "https://[::1]/hook",
    "https://[fd00::1]/hook",
    "https://[::ffff:10.0.0.1]/hook",
    "https://0.0.0.0/hook",
    "https://127.0.0.1/hook",
    "https://localhost/hook",
])
def test_private_and_internal_addresses_are_refused(settings, url):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False

    with pytest.raises(AddressRefused):
        check_url(url)


def test_a_name_that_resolves_inside_is_refused(settings, monkeypatch):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    # DNS is outside the project: the name answers with one public and one private address.
    monkeypatch.setattr(addresses, "resolve", lambda host, port: ["93.184.215.14", "10.1.2.3"])

    with pytest.raises(AddressRefused):
        check_url("https://hooks.example.id/jembatan")


def test_a_public_https_address_is_accepted_and_pinned(settings, monkeypatch):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    monkeypatch.setattr(addresses, "resolve", lambda host, port: ["93.184.215.14"])

    endpoint = check_url("https://hooks.example.id:8443/jembatan?kanal=1")

    assert (endpoint.host, endpoint.port, endpoint.path, endpoint.address) == (
        "hooks.example.id", 8443, "/jembatan?kanal=1", "93.184.215.14")


@pytest.mark.parametrize("url", [
    "http://93.184.215.14/hook",  # plain HTTP to the internet
    "ftp://93.184.215.14/hook",
    "https://user:pass@93.184.215.14/hook",
    "hooks.example.id/jembatan",
    "https://93.184.215.14:99999/hook",
])
def test_other_schemes_credentials_and_broken_addresses_are_refused(settings, url):
    settings.WEBHOOKS_ALLOW_LOOPBACK = True

    with pytest.raises(AddressRefused):
        check_url(url)


def test_plain_http_to_this_machine_only_while_developing(settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    assert check_url("http://127.0.0.1:8001/hook").address == "127.0.0.1"

    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    with pytest.raises(AddressRefused):
        check_url("http://127.0.0.1:8001/hook")
