"""Links in emails and notifications use the address the server answers on (HOST, PORT)."""

import pytest

from jembatan.reports import notifications
from jembatan.reports.tests.factories import REPORTER_EMAIL, ReportFactory
from jembatan.settings import served_address


@pytest.mark.parametrize(("host", "port", "address"), [
    ("127.0.0.1", "8000", "http://127.0.0.1:8000"),
    ("192.168.1.20", "8800", "http://192.168.1.20:8800"),
    ("0.0.0.0", "8000", "http://127.0.0.1:8000"),
    ("::1", "9000", "http://[::1]:9000"),
    ("localhost", "8080", "http://localhost:8080"),
])
def test_served_address_is_what_a_browser_on_this_machine_types(host, port, address):
    assert served_address(host, port) == address


@pytest.mark.django_db
def test_report_email_links_to_the_address_the_demo_serves(settings, mailoutbox):
    settings.SITE_URL = served_address("192.168.1.20", "8800")
    report = ReportFactory(reporter_email=REPORTER_EMAIL)

    notifications.notify("report_received", report, agency_ids=[])

    body = mailoutbox[0].body
    assert "http://192.168.1.20:8800/" in body
    assert "http://127.0.0.1:8000" not in body
