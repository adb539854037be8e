"""The recount of the figures a write asks for is coalesced (core/background.enqueue_coalesced):
many reports arriving ask for one recount, which counts them all, and nothing waits for good.

The database backend queues runs without running them, so each test sees what is queued and
then does the worker's part itself."""

from __future__ import annotations

import pytest
from django_tasks_db.models import DBTaskResult

from jembatan.core import background
from jembatan.core.models import PendingWork
from jembatan.insights.models import OpenState
from jembatan.reports.actions import INSIGHTS_REFRESH
from jembatan.reports.tests.factories import ReportFactory, dispose

pytestmark = pytest.mark.django_db

RUN = "jembatan.core.tasks.do_pending_work"


def queued_runs() -> int:
    return DBTaskResult.objects.filter(task_path=RUN).count()


def work_as_the_worker() -> None:
    """Run every queued recount, as an RQ or database worker would."""
    for row in DBTaskResult.objects.filter(task_path=RUN):
        background.do_pending_work(*row.args_kwargs["args"])
        row.delete()


def coordinator_queue_open() -> int:
    state = OpenState.objects.filter(scope="").first()
    return sum(state.deadlines.values()) if state else 0


def submit(capture, count: int) -> list:
    reports = []
    for _ in range(count):
        with capture(execute=True):
            reports.append(ReportFactory())
    return reports


def test_many_reports_ask_for_one_recount_that_counts_them_all(
        django_capture_on_commit_callbacks):
    submit(django_capture_on_commit_callbacks, 5)
    assert queued_runs() == 1
    assert PendingWork.objects.filter(task_path=INSIGHTS_REFRESH).count() == 5
    assert coordinator_queue_open() == 0

    work_as_the_worker()
    assert coordinator_queue_open() == 5
    assert not PendingWork.objects.exists()


def test_a_report_arriving_once_the_recount_started_asks_for_another(
        django_capture_on_commit_callbacks):
    submit(django_capture_on_commit_callbacks, 2)
    work_as_the_worker()
    assert coordinator_queue_open() == 2
    # The run has started (and ended): the next report queues a run of its own.
    submit(django_capture_on_commit_callbacks, 1)
    assert queued_runs() == 1
    work_as_the_worker()
    assert coordinator_queue_open() == 3


def test_the_keys_of_every_write_reach_the_one_recount(
        django_capture_on_commit_callbacks, coordinator, agency_a, agency_b):
    first, second = submit(django_capture_on_commit_callbacks, 2)
    work_as_the_worker()
    with django_capture_on_commit_callbacks(execute=True):
        dispose(first, coordinator, agency_a)
    with django_capture_on_commit_callbacks(execute=True):
        dispose(second, coordinator, agency_b)
    assert queued_runs() == 1
    work_as_the_worker()
    assert coordinator_queue_open() == 0
    scopes = set(OpenState.objects.values_list("scope", flat=True))
    assert {str(agency_a.pk), str(agency_b.pk)} <= scopes


def test_a_lost_run_leaves_the_keys_for_the_scheduler(django_capture_on_commit_callbacks):
    submit(django_capture_on_commit_callbacks, 3)
    # The queued run is lost (its worker's queue gone): the next report queues none, as one
    # still seems to be waiting...
    DBTaskResult.objects.filter(task_path=RUN).delete()
    submit(django_capture_on_commit_callbacks, 1)
    assert queued_runs() == 0
    # ...and the scheduler's minute pass takes every key waiting.
    assert background.do_all_pending_work() == 1  # four reports, one key: the coordinator's
    assert coordinator_queue_open() == 4
    assert not PendingWork.objects.exists()
