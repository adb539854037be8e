"""Fixtures for the API tests: regions, tokens, a JSON client, and reports in known states.

States are reached through the real actions (never by writing the model), so every test
exercises the same path a person would.
"""

from __future__ import annotations

import json

import pytest
from django.test import Client

from jembatan.api.auth import token_issue
from jembatan.core.models import Region
from jembatan.reports import actions
from jembatan.reports.models import Privacy
from jembatan.reports.rules import Actor

REPORTER_NAME = "Wagiyem Sulastri"
REPORTER_EMAIL = "wagiyem.sulastri@contoh.id"
REPORTER_PHONE = "0812 2233 4455"


@pytest.fixture
def kecamatan(db):
    return Region.objects.create(code="33.07.12", name="Garung", level=Region.Level.KECAMATAN)


@pytest.fixture
def desa(kecamatan):
    return Region.objects.create(code="33.07.12.2004", name="Kayugiyang",
                                 level=Region.Level.DESA, parent=kecamatan)


@pytest.fixture
def other_kecamatan(db):
    return Region.objects.create(code="33.07.01", name="Wadaslintang",
                                 level=Region.Level.KECAMATAN)


class ApiClient:
    """JSON in, JSON out; `token=` and `key=` add the caller's credentials."""

    def __init__(self) -> None:
        self.client = Client()

    @staticmethod
    def _headers(token: str | None, key: str | None, extra: dict | None) -> dict:
        headers = dict(extra or {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if key:
            headers["X-Access-Key"] = key
        return headers

    def get(self, path: str, *, token=None, key=None, headers=None, **params):
        return self.client.get(path, params, headers=self._headers(token, key, headers))

    def post(self, path: str, data=None, *, token=None, key=None, headers=None, raw=None):
        body = raw if raw is not None else json.dumps(data if data is not None else {})
        return self.client.post(path, body, content_type="application/json",
                                headers=self._headers(token, key, headers))

    def delete(self, path: str, *, token=None):
        return self.client.delete(path, headers=self._headers(token, None, None))


@pytest.fixture
def api(db):
    return ApiClient()


@pytest.fixture
def token_for(db):
    """token_for(user) gives a fresh bearer token for that user."""
    return token_issue


@pytest.fixture
def coordinator_token(coordinator):
    return token_issue(coordinator)


@pytest.fixture
def officer_a_token(officer_a):
    return token_issue(officer_a)


@pytest.fixture
def officer_b_token(officer_b):
    return token_issue(officer_b)


@pytest.fixture
def admin_a_token(admin_a):
    return token_issue(admin_a)


@pytest.fixture
def citizen_token(citizen):
    return token_issue(citizen)


@pytest.fixture
def submit(jurisdiction, kecamatan, desa):
    """submit(privacy=..., kind=...) sends a report as a citizen would; gives (report, key)."""

    def make(privacy: str = Privacy.PUBLIK, kind: str = "pengaduan", **overrides):
        values = {
            "kind": kind,
            "title": "Jalan berlubang di depan SD Kayugiyang",
            "body": "Lubang besar di jalan desa, sudah dua motor jatuh minggu ini.",
            "privacy": privacy,
            "kecamatan": kecamatan,
            "desa": desa,
            "reporter_name": REPORTER_NAME,
            "reporter_email": REPORTER_EMAIL,
            "reporter_phone": REPORTER_PHONE,
        }
        values.update(overrides)
        report, key, _created = actions.report_submit(**values)
        return report, key

    return make


@pytest.fixture
def dispose(coordinator):
    """dispose(report, agency) as the coordinator; gives the report back."""

    def do(report, agency, **kwargs):
        return actions.report_dispose(report=report, actor=Actor(user=coordinator),
                                      agency=agency, **kwargs)

    return do


def report_payload(**overrides) -> dict:
    """A valid POST /reports body; keyword arguments replace or add fields."""
    payload = {
        "kind": "pengaduan",
        "title": "Air PDAM mati tiga hari",
        "body": "Sejak Senin air tidak mengalir di RT 02 RW 01 Kayugiyang.",
        "privacy": "publik",
        "kecamatan": "33.07.12",
        "desa": "33.07.12.2004",
        "reporter": {"name": REPORTER_NAME, "email": REPORTER_EMAIL, "phone": REPORTER_PHONE},
    }
    payload.update(overrides)
    return payload


@pytest.fixture
def valid_payload(jurisdiction, kecamatan, desa):
    return report_payload
