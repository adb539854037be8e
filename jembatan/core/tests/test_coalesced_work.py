"""Coalesced background work (background.enqueue_coalesced): keys wait in the database with
the change that asked for them; one run takes all of them; a run that fails takes none."""

from __future__ import annotations

import pytest
from django.db import transaction
from django_tasks import task

from jembatan.core import background
from jembatan.core.models import PendingWork

pytestmark = pytest.mark.django_db

PATH = "jembatan.core.tests.test_coalesced_work.record_keys"
CALLS: list[list] = []
FAIL = {"next": False}


@task()
def record_keys(keys: list) -> int:
    if FAIL["next"]:
        FAIL["next"] = False
        raise RuntimeError("the database went away mid-run")
    CALLS.append(keys)
    return len(keys)


@pytest.fixture(autouse=True)
def _reset():
    CALLS.clear()
    FAIL["next"] = False


def test_one_run_takes_every_key_once(django_capture_on_commit_callbacks, immediate_tasks):
    with transaction.atomic():
        background.enqueue_coalesced(PATH, [[1, "2026-08-03"], [None, None]])
        background.enqueue_coalesced(PATH, [[None, None]])
    assert PendingWork.objects.count() == 3
    assert background.do_pending_work(PATH) == 2
    assert CALLS == [[[1, "2026-08-03"], [None, None]]]
    assert not PendingWork.objects.exists()
    assert background.do_pending_work(PATH) == 0
    assert len(CALLS) == 1


def test_keys_of_a_transaction_rolled_back_are_never_worked_on():
    def store_then_fail():
        with transaction.atomic():
            background.enqueue_coalesced(PATH, [[7, None]])
            raise LookupError("the report could not be stored")

    with pytest.raises(LookupError, match="could not be stored"):
        store_then_fail()
    assert background.do_pending_work(PATH) == 0
    assert CALLS == []


def test_a_run_that_fails_leaves_its_keys_for_the_next():
    background.enqueue_coalesced(PATH, [[3, None]])
    FAIL["next"] = True
    with pytest.raises(RuntimeError):
        background.do_pending_work(PATH)
    assert PendingWork.objects.count() == 1
    assert background.do_pending_work(PATH) == 1
    assert CALLS == [[[3, None]]]


def test_with_tasks_run_at_once_the_work_is_done_when_the_change_commits(
        django_capture_on_commit_callbacks, immediate_tasks):
    with django_capture_on_commit_callbacks(execute=True):
        background.enqueue_coalesced(PATH, [[5, None]])
    assert CALLS == [[[5, None]]]
    assert not PendingWork.objects.exists()
