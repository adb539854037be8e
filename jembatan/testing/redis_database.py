"""A Redis database of the test's own, on the Redis server at 127.0.0.1:6379.

Tests of the Redis task backend, the scheduler's lock or anything else kept in Redis ask for
`redis_database` and use its `url` (or its `client`), never a database number of their own. It
is the first of 8-15 whose lock key this test could set, so tests running at the same time (the
pytest-xdist workers, the SQLite and PostgreSQL suites side by side, another checkout on the same
machine) never share one; 1-7 are `make production-smoke`'s and 0 a developer's. It starts empty
and whatever the test wrote is deleted afterwards. Without a Redis server the test is skipped
with the reason, unless REQUIRE_REDIS is set (CI sets it: there a missing Redis is a failure).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

REDIS_SERVER = "redis://127.0.0.1:6379"
TEST_DATABASES = range(15, 7, -1)
LOCK = "jembatan-tests:lock"
# Longer than any test holds it; a run that was killed frees its database after this.
LOCK_SECONDS = 1800


@dataclass(frozen=True)
class RedisDatabase:
    url: str
    client: object  # redis.Redis

    def clear(self) -> None:
        """Deletes every key of this database but the lock that makes it this test's."""
        for key in self.client.scan_iter():
            if key != LOCK.encode():
                self.client.delete(key)


@pytest.fixture
def redis_database():
    import redis

    try:
        redis.Redis.from_url(f"{REDIS_SERVER}/0", socket_connect_timeout=2).ping()
    except redis.ConnectionError:
        if os.environ.get("REQUIRE_REDIS"):
            pytest.fail(f"Redis is not reachable at {REDIS_SERVER}.")
        pytest.skip(f"Redis is not reachable at {REDIS_SERVER} (start it: redis-server "
                    "--daemonize yes); this test needs it.")
    owner = f"{os.getpid()}:{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    for number in TEST_DATABASES:
        client = redis.Redis.from_url(f"{REDIS_SERVER}/{number}")
        if client.set(LOCK, owner, nx=True, ex=LOCK_SECONDS):
            break
    else:
        pytest.fail(f"Every Redis database from {min(TEST_DATABASES)} to {max(TEST_DATABASES)} "
                    "is taken by another test.")
    database = RedisDatabase(url=f"{REDIS_SERVER}/{number}", client=client)
    database.clear()  # what a killed run may have left
    try:
        yield database
    finally:
        database.clear()
        client.delete(LOCK)
