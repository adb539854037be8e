"""What a request works out once (`core.request_memo`, decision 0067): the data versions come
from the shared cache once per request, all kinds in one round trip; a change the request makes
shows in it at once, a change made elsewhere shows in the next request, and outside a request
every read goes to the cache."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from jembatan.core import public_cache, request_memo

# A request's start and end close old database connections, as in a server.
pytestmark = pytest.mark.django_db


@pytest.fixture
def reads():
    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as spy:
        yield spy


@pytest.fixture
def in_request():
    request_started.send(sender=None)
    yield
    request_finished.send(sender=None)


def test_a_request_reads_every_kind_s_version_once(in_request, reads):
    first = public_cache.versions([public_cache.LISTS])
    public_cache.versions([public_cache.REPORTS, public_cache.LISTS])
    public_cache.versions([public_cache.CONVERSATIONS])

    assert public_cache.versions([public_cache.LISTS]) == first
    assert reads.call_count == 1


def test_a_change_made_in_the_request_shows_in_it(in_request):
    before = public_cache.versions([public_cache.LISTS])
    public_cache.bump(public_cache.LISTS)

    assert public_cache.versions([public_cache.LISTS]) != before


def test_a_change_made_elsewhere_shows_in_the_next_request():
    request_started.send(sender=None)
    before = public_cache.versions([public_cache.REPORTS])
    cache.set(public_cache.VERSION_PREFIX + public_cache.REPORTS, "from-another-process", None)
    assert public_cache.versions([public_cache.REPORTS]) == before  # one request, one view
    request_finished.send(sender=None)

    request_started.send(sender=None)
    assert public_cache.versions([public_cache.REPORTS]) == "from-another-process"
    request_finished.send(sender=None)


def test_outside_a_request_every_read_goes_to_the_cache(reads):
    public_cache.versions([public_cache.LISTS])
    cache.set(public_cache.VERSION_PREFIX + public_cache.LISTS, "changed", None)

    assert public_cache.versions([public_cache.LISTS]) == "changed"
    assert reads.call_count == 2


def test_a_value_is_worked_out_once_per_request_and_every_time_outside_one():
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert request_memo.once("answer", build) == 1
    assert request_memo.once("answer", build) == 2  # outside a request: every time
    request_started.send(sender=None)
    assert request_memo.once("answer", build) == 3
    assert request_memo.once("answer", build) == 3
    request_finished.send(sender=None)
    request_started.send(sender=None)
    assert request_memo.once("answer", build) == 4  # a new request works it out again
    request_finished.send(sender=None)


def test_a_change_in_the_request_drops_what_it_worked_out(in_request):
    request_memo.once("supports", lambda: False)
    public_cache.bump(public_cache.REPORTS)

    assert request_memo.once("supports", lambda: True) is True


def test_an_agency_inbox_asks_once_whether_the_agency_supports_reports(client, officer_a):
    client.force_login(officer_a)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("reports:inbox")).status_code == 200

    asked = [q for q in queries.captured_queries
             if q["sql"].startswith('SELECT 1 AS "a" FROM "reports_report_supporting_agencies"')]
    assert len(asked) == 1
