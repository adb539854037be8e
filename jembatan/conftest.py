"""What every test gets: compiled catalogues, an empty cache, a fast password hasher, its own
media folder and, when it uses the database, the jurisdiction.

The people, agencies, places and clients are in `jembatan.testing.fixtures`; the whole demo,
loaded once for the tests that read it, in `jembatan.testing.demo`.
"""

from pathlib import Path

import pytest
from django.core.cache import cache

pytest_plugins = ["jembatan.testing.fixtures", "jembatan.testing.demo", "jembatan.testing.meta",
                  "jembatan.testing.redis_database", "jembatan.testing.object_storage"]

LOCALE = Path(__file__).resolve().parent / "locale"
DATABASE_FIXTURES = {
    "db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback",
}


def pytest_configure(config):
    """A fresh checkout has no compiled catalogues (they are not in git): make them first."""
    from jembatan.testing.catalogues import compile_catalogues

    if compile_catalogues(LOCALE):
        # Django may already have read the catalogues as they were; read them again.
        from asgiref.local import Local
        from django.utils.translation import trans_real

        trans_real._translations = {}
        trans_real._default = None
        trans_real._active = Local()
        trans_real.translation_catalog_exists.cache_clear()


# Fixtures that start other processes (workers, a server) against the test's database.
PROCESS_FIXTURES = {"processes", "worker_env", "shared_database", "live_server"}


def pytest_collection_modifyitems(items):
    """Browser tests, tests that start other processes and tests of the whole demo are slow
    wherever they are. The tests sharing the loaded demo run last, after pytest-django has put
    the others in its order, so that no other test sees the demo's rows."""
    from jembatan.testing.demo import uses_the_demo

    for item in items:
        if (item.get_closest_marker("browser") or PROCESS_FIXTURES & set(item.fixturenames)
                or uses_the_demo(item)):
            item.add_marker(pytest.mark.slow)
    items.sort(key=uses_the_demo)


def pytest_itemcollected(item):
    """With pytest-xdist (`--dist loadgroup`, as `make test` runs it) the tests of the loaded demo
    form one group: one worker loads the demo once and runs them all, after the other tests it was
    given. Marked here, as each test is collected, so the mark is there before pytest-xdist
    reads it."""
    from jembatan.testing.demo import FIXTURE, uses_the_demo

    if uses_the_demo(item):
        item.add_marker(pytest.mark.xdist_group(FIXTURE))


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and the jurisdiction shown on every page live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _one_rate_window(monkeypatch):
    """django-ratelimit counts in windows of the wall clock ("30/10m" ends at a clock time): a
    test that sends 31 requests on a slow machine could cross into the next window and see the
    31st accepted. Every request of a test counts in the same window."""
    monkeypatch.setattr("django_ratelimit.core._get_window", lambda value, period: 0)


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    # The real hasher is slow on purpose; tests create and check many passwords.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path_factory):
    """Uploads of each test go to a folder of its own, never to the `var/media` of the demo."""
    path = tmp_path_factory.mktemp("media")
    settings.MEDIA_ROOT = path
    return path


@pytest.fixture(autouse=True)
def _jurisdiction(request):
    """Every test that uses the database serves Kabupaten Wonosobo, as an installation does,
    unless it is marked `without_jurisdiction` to see what happens before one is set up."""
    uses_database = request.node.get_closest_marker("django_db") or (
        DATABASE_FIXTURES & set(request.fixturenames)
    )
    if uses_database and not request.node.get_closest_marker("without_jurisdiction"):
        request.getfixturevalue("jurisdiction")
