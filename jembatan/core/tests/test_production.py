"""`make production`: what it refuses to start with, and the scheduler that runs once however
many machines start it (two real scheduler processes against the real Redis)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading

import pytest
from django.conf import settings

from jembatan.core.models import ScheduledJob
from jembatan.core.production import DEVELOPMENT_SECRET_KEY, unsafe_configuration

SAFE = {
    "DEBUG": "0",
    "SECRET_KEY": "k3J9-vQ2mX8pL5wR7tY1uZ4aS6dF0gH_bN",
    "ALLOWED_HOSTS": "lapor.wonosobokab.go.id",
    "DATABASE_URL": "postgres://jembatan@127.0.0.1:5432/jembatan",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def test_a_safe_configuration_has_no_problems():
    assert unsafe_configuration(SAFE) == []


@pytest.mark.parametrize(("change", "says"), [
    ({"DEBUG": "1"}, "set DEBUG=0"),
    ({"DEBUG": ""}, "set DEBUG=0"),
    ({"SECRET_KEY": ""}, "SECRET_KEY is empty"),
    ({"SECRET_KEY": DEVELOPMENT_SECRET_KEY}, "SECRET_KEY is the development key"),
    ({"SECRET_KEY": "short"}, "at least 32 characters"),
    ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS is empty"),
    ({"ALLOWED_HOSTS": " , "}, "ALLOWED_HOSTS is empty"),
    ({"DATABASE_URL": ""}, "DATABASE_URL=postgres://"),
    ({"DATABASE_URL": "sqlite:///var/jembatan.sqlite3"}, "PostgreSQL"),
    ({"REDIS_URL": ""}, "REDIS_URL=redis://"),
    ({"TASKS_BACKEND": "database"}, "TASKS_BACKEND=redis"),
])
def test_an_unsafe_configuration_is_refused_saying_what_to_set(change, says):
    problems = unsafe_configuration({**SAFE, **change})

    assert len(problems) == 1
    assert says in problems[0]


def test_the_check_run_before_start_names_every_problem_and_fails():
    env = {key: value for key, value in os.environ.items()
           if key not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL")}
    result = subprocess.run([sys.executable, "-m", "jembatan.core.production"],
                            env={**env, "DEBUG": "1"}, capture_output=True, text=True,
                            cwd=settings.BASE_DIR, check=False)

    assert result.returncode == 1
    for variable in ("DEBUG=0", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"):
        assert variable in result.stderr


def test_the_check_passes_a_safe_configuration():
    result = subprocess.run([sys.executable, "-m", "jembatan.core.production"],
                            env={**os.environ, **SAFE}, capture_output=True, text=True,
                            cwd=settings.BASE_DIR, check=False)

    assert result.returncode == 0, result.stderr


# --- one scheduler across machines ------------------------------------------------------------

@pytest.fixture
def lock_url(redis_database):
    """The scheduler's lock in a Redis database of this test's own."""
    return redis_database.url


class Lines:
    """A process's output, read line by line as it comes, so a test waits for what it expects
    instead of sleeping."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)

    def wait_for(self, text: str, timeout: float = 60) -> str:
        seen = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"{text!r} never came; the process said: {''.join(seen)}")
            seen.append(line)
            if text in line:
                return line


@pytest.mark.slow
def test_two_schedulers_one_leads_the_other_waits_and_takes_over_when_it_dies(
        processes, lock_url):
    env = {"SCHEDULER_LOCK_URL": lock_url, "SCHEDULER_LOCK_TTL": "3", "LOG_FORMAT": "plain",
           "TASKS_BACKEND": "immediate"}
    first = processes.start("run_scheduler", "--interval", "1", env=env)
    first_lines = Lines(first)
    first_lines.wait_for("scheduler: leading")
    first_lines.wait_for("enqueued recover_stalled_tasks")

    second = processes.start("run_scheduler", "--interval", "1", env=env)
    second_lines = Lines(second)
    second_lines.wait_for("scheduler: standby")

    first.send_signal(signal.SIGKILL)  # dies without releasing the lock: it must expire
    first.wait(timeout=30)
    second_lines.wait_for("scheduler: leading")
    second_lines.wait_for("enqueued recover_stalled_tasks")
    assert ScheduledJob.objects.filter(name="recover_stalled_tasks").exists()


@pytest.mark.slow
def test_a_leader_stopped_with_sigterm_hands_over_at_once(processes, lock_url):
    env = {"SCHEDULER_LOCK_URL": lock_url, "SCHEDULER_LOCK_TTL": "600", "LOG_FORMAT": "plain",
           "TASKS_BACKEND": "immediate"}
    first = processes.start("run_scheduler", "--interval", "1", env=env)
    Lines(first).wait_for("scheduler: leading")
    second = processes.start("run_scheduler", "--interval", "1", env=env)
    second_lines = Lines(second)
    second_lines.wait_for("scheduler: standby")

    first.send_signal(signal.SIGTERM)

    assert first.wait(timeout=30) == 0
    # With a 10-minute lock, only the released key lets the standby lead within the wait.
    second_lines.wait_for("scheduler: leading", timeout=120)
