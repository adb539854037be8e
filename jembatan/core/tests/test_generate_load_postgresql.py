"""The bulk-load paths `generate_load` takes on PostgreSQL outside a transaction: the secondary
indexes of the big tables built after the load, and the figures counted by two processes. They
need committed rows other connections can see, so these tests run with real transactions, and
only on PostgreSQL (CI runs the suite there too)."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection

from jembatan.connectors.models import Conversation, ConversationMessage
from jembatan.core import loadgen
from jembatan.insights import rollups
from jembatan.insights.models import DayBreakdown, DayFigures, MonthFigures
from jembatan.reports.codes import ALPHABET
from jembatan.reports.models import Report

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("The bulk-load paths are PostgreSQL's (COPY, DROP/CREATE INDEX, "
                    "several processes on one database); SQLite loads row by row.")


def _indexes(table: str) -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes "
                       "WHERE schemaname = current_schema() AND tablename = %s", [table])
        return dict(cursor.fetchall())


def test_the_set_aside_indexes_are_built_again_even_when_the_load_fails():
    before = _indexes("reports_report")
    assert "report_deadline" in before
    seen = {}

    def failing_load():
        with loadgen.secondary_indexes_set_aside([Report]) as count:
            seen["count"], seen["during"] = count, _indexes("reports_report")
            raise RuntimeError("the load failed")

    with pytest.raises(RuntimeError):
        failing_load()
    # Only the primary key and the indexes behind constraints stay during the load.
    assert seen["count"] == len(before) - len(seen["during"]) > 5
    assert "reports_report_pkey" in seen["during"]
    after = _indexes("reports_report")
    assert set(after) == set(before)


def test_a_generated_database_has_every_index_and_the_same_figures_in_two_processes():
    out = io.StringIO()
    before = _indexes("reports_report")
    call_command("generate_load", "--reports", "400", "--conversations", "200",
                 "--consultations", "3", "--years", "1", "--seed", "5", "--processes", "2",
                 "--batch", "50",
                 stdout=out)
    assert "indexes built after the load" in out.getvalue()
    # Both processes made rows (batches of 50 taken in turn), and nothing is missing.
    assert Report.objects.count() == 400
    first = Report.objects.order_by("pk").values_list("pk", flat=True).first()
    for lane in (0, 1):
        # A lane's reports carry codes from its own first letters, so lanes never collide.
        codes = Report.objects.filter(pk__gte=first + 50 * lane, pk__lt=first + 50 * (lane + 1))
        letters = {code.split("-")[1][0] for code in codes.values_list("tracking_code",
                                                                       flat=True)}
        assert letters
        assert letters <= set(ALPHABET[lane::2])
    assert Conversation.objects.count() == 200
    assert not ConversationMessage.objects.filter(conversation__isnull=True).exists()
    assert set(_indexes("reports_report")) == set(before)

    def figures():
        return (
            list(DayFigures.objects.order_by("agency_id", "day").values_list(
                "agency_id", "day", "received", "answered", "followed_up_on_time")),
            list(DayBreakdown.objects.order_by("agency_id", "day", "dimension", "key")
                 .values_list("agency_id", "day", "dimension", "key", "received")),
            list(MonthFigures.objects.order_by("agency_id", "month").values_list(
                "agency_id", "month", "received")),
        )

    in_two = figures()
    assert in_two[0]
    rollups.rebuild_all(processes=1)
    assert figures() == in_two
