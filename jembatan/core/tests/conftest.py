"""Fixtures for tests that run real worker processes beside the test.

A worker is a separate process, so it must see the test's data: the test commits
(`transactional_db`) and the worker connects to the same database. PostgreSQL's test database
is reachable by name; SQLite's is in memory, so for the length of the test the connection is
moved to a file copy of it (SQLite's backup API copies the migrated schema in milliseconds).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connections

MANAGE = Path(settings.BASE_DIR) / "manage.py"


def _postgres_url(params: dict) -> str:
    user = quote(params.get("USER") or "")
    password = f":{quote(params['PASSWORD'])}" if params.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    host = params.get("HOST") or "127.0.0.1"
    port = f":{params['PORT']}" if params.get("PORT") else ""
    return f"postgres://{auth}{host}{port}/{params['NAME']}"


@pytest.fixture
def shared_database(transactional_db, tmp_path):
    """The DATABASE_URL under which another process sees this test's committed data."""
    connection = connections["default"]
    if connection.vendor == "postgresql":
        yield _postgres_url(connection.settings_dict)
        return
    connection.ensure_connection()
    path = tmp_path / "shared.sqlite3"
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    # The in-memory test database lives only while a connection to it is open: keep it aside.
    memory, original_name = connection.connection, connection.settings_dict["NAME"]
    connection.connection = None
    connection.settings_dict["NAME"] = str(path)
    try:
        yield f"sqlite:///{path}"
    finally:
        if connection.connection is not None:
            connection.connection.close()
        connection.settings_dict["NAME"] = original_name
        connection.connection = memory


@pytest.fixture
def worker_env(shared_database, tmp_path):
    """Environment of a `manage.py` process working on this test's database; its mail (when no
    SMTP server is set) lands in `tmp_path / "var" / "mail"`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("EMAIL_")}
    env.update(DATABASE_URL=shared_database, VAR_DIR=str(tmp_path / "var"), DEBUG="1",
               TASKS_BACKEND="database", PYTHONUNBUFFERED="1")
    return env


class Processes:
    """Started `manage.py` processes; whatever a test leaves running is stopped afterwards."""

    def __init__(self, env: dict) -> None:
        self.env = env
        self.started: list[subprocess.Popen] = []

    def start(self, *args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, str(MANAGE), *args], env={**self.env, **(env or {})},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True, **kwargs,
        )
        self.started.append(process)
        return process

    def run(self, *args: str, env: dict | None = None, timeout: float = 120) -> str:
        process = self.start(*args, env=env)
        output, _ = process.communicate(timeout=timeout)
        assert process.returncode == 0, output
        return output

    def stop_all(self) -> None:
        # The whole process group: a worker pool's workers outlive their parent otherwise.
        for process in self.started:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            if process.poll() is None:
                process.wait(timeout=10)


@pytest.fixture
def processes(worker_env):
    started = Processes(worker_env)
    yield started
    started.stop_all()
