"""Requests that arrive at the same moment: one wins, the others get a clean 4xx or the same
answer, never a 500 from a unique constraint.

Real threads against a real database, each with its own connection; on PostgreSQL (CI runs the
suite there too) the requests truly overlap.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection, connections
from django.test import Client

from jembatan.api.tests.conftest import report_payload
from jembatan.reports.models import Rating, Report

pytestmark = pytest.mark.django_db(transaction=True)

THREADS = 20


def _together(call, count: int = THREADS) -> list:
    """Run `call()` in `count` threads released at the same instant; their results."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def _concurrent_database():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite's shared in-memory test database answers overlapping writers with "
                    "'database table is locked' instead of making them wait, so requests "
                    "cannot overlap there; CI runs this module on PostgreSQL.")


@pytest.fixture
def answered(submit, dispose, agency_a, officer_a_token, api):
    report, key = submit(privacy="anonim")
    dispose(report, agency_a)
    api.post(f"/api/v1/reports/{report.tracking_code}/actions",
             {"action": "respond", "message": "Sudah ditangani."}, token=officer_a_token)
    return report, key


@pytest.mark.usefixtures("_concurrent_database")
def test_twenty_simultaneous_ratings_give_one_201_and_409s(answered):
    report, key = answered

    def rate():
        return Client().post(f"/api/v1/reports/{report.tracking_code}/rating",
                             {"score": 5, "comment": "Cepat."}, content_type="application/json",
                             headers={"X-Access-Key": key}).status_code

    statuses = Counter(_together(rate))

    assert statuses == {201: 1, 409: THREADS - 1}
    assert Rating.objects.filter(report=report).count() == 1


@pytest.mark.usefixtures("_concurrent_database")
def test_simultaneous_retries_with_one_idempotency_key_make_one_report_and_one_answer(
        jurisdiction, kecamatan, desa):
    def send():
        response = Client().post("/api/v1/reports", report_payload(),
                                 content_type="application/json",
                                 headers={"Idempotency-Key": "ketuk-dua-kali"})
        return response.status_code, response.json()

    results = _together(send, count=10)

    statuses = Counter(status for status, _body in results)
    assert statuses == {201: 1, 200: 9}
    assert Report.objects.count() == 1
    # Whichever answer reaches the client carries the access key.
    assert len({body["access_key"] for _status, body in results}) == 1
