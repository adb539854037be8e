"""The data versions a request reads come from the shared cache once per request, all kinds in
one round trip (decision 0067); a change the request makes shows in it at once, a change made
elsewhere shows in the next request, and outside a request every read goes to the cache."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from jembatan.core import public_cache

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
