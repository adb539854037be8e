"""The whole Wonosobo demo, loaded once for every test that only reads it.

Loading it takes more than a minute, so the tests that ask for `wonosobo_demo` share one load:
the root `conftest.py` runs them after every other test (which must not see the demo's rows) and
marks them slow. Each of them still runs in a transaction rolled back at its end, so a test may
load a part of the demo again to see that nothing changes. Browser tests cannot share it: the
live server's database is flushed after each of them.
"""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings

FIXTURE = "wonosobo_demo"


@pytest.fixture(scope="session")
def wonosobo_demo(django_db_setup, django_db_blocker, tmp_path_factory):
    fast_hasher = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=fast_hasher,
                                                       MEDIA_ROOT=media):
        call_command("load_demo", stdout=io.StringIO())
        yield
        call_command("flush", "--no-input", stdout=io.StringIO())


def uses_the_demo(item: pytest.Item) -> bool:
    return FIXTURE in getattr(item, "fixturenames", ())
