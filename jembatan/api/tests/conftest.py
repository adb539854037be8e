"""Fixtures for the API tests: reports in known states and the body of a new one.

States are reached through the real actions (never by writing the model), so every test
exercises the same path a person would.
"""

from __future__ import annotations

import pytest

from jembatan.core.workflow import Actor
from jembatan.reports import actions
from jembatan.reports.models import Privacy

REPORTER_NAME = "Wagiyem Sulastri"
REPORTER_EMAIL = "wagiyem.sulastri@contoh.id"
REPORTER_PHONE = "0812 2233 4455"


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
