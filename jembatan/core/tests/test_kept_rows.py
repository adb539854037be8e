"""The rows of the small reference tables (agencies, regions, topics) that every list names are
read once per process and then kept until one of them is saved or deleted (decision 0067)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jembatan.core import relations
from jembatan.core.models import Agency
from jembatan.core.tests.factories import AgencyFactory, UserFactory
from jembatan.reports.selectors import with_list_relations
from jembatan.reports.tests.factories import disposed_report

pytestmark = pytest.mark.django_db


def rows_and_queries(model, keys):
    with CaptureQueriesContext(connection) as queries:
        rows = relations.kept_rows(model, keys)
    return rows, len(queries.captured_queries)


def test_rows_are_read_once_then_kept():
    agency = AgencyFactory(short_name="DPUPR")
    first, read = rows_and_queries(Agency, {agency.pk})
    again, kept = rows_and_queries(Agency, {agency.pk})

    assert first[agency.pk].short_name == again[agency.pk].short_name == "DPUPR"
    assert (read, kept) == (1, 0)


def test_only_the_rows_not_yet_kept_are_read():
    one, two = AgencyFactory(), AgencyFactory()
    rows_and_queries(Agency, {one.pk})
    with CaptureQueriesContext(connection) as queries:
        rows = relations.kept_rows(Agency, {one.pk, two.pk})

    assert set(rows) == {one.pk, two.pk}
    assert len(queries.captured_queries) == 1
    assert str(two.pk) in queries.captured_queries[0]["sql"]
    assert f"{one.pk}," not in queries.captured_queries[0]["sql"]


def test_a_saved_or_deleted_row_shows_at_once():
    agency = AgencyFactory(short_name="Dinas PU")
    rows_and_queries(Agency, {agency.pk})

    agency.short_name = "DPUPR"
    agency.save()
    assert rows_and_queries(Agency, {agency.pk})[0][agency.pk].short_name == "DPUPR"

    pk = agency.pk
    agency.delete()
    assert rows_and_queries(Agency, {pk})[0] == {}


def test_each_reader_gets_its_own_copy():
    agency = AgencyFactory(short_name="DPUPR")
    mine = relations.kept_rows(Agency, {agency.pk})[agency.pk]
    mine.short_name = "changed on one page only"

    assert relations.kept_rows(Agency, {agency.pk})[agency.pk].short_name == "DPUPR"


def test_one_request_shares_its_copy_and_the_next_gets_a_new_one():
    # The memo's own start and end of a request: the signals would also close the database
    # connection, and with it the test's transaction.
    from jembatan.core import request_memo

    agency = AgencyFactory(short_name="DPUPR")
    request_memo._started()
    try:
        list_row = relations.kept_rows(Agency, {agency.pk})[agency.pk]
        sidebar_row = relations.kept_rows(Agency, {agency.pk})[agency.pk]
        list_row.short_name = "changed on one page only"
        assert sidebar_row is list_row
    finally:
        request_memo._finished()

    request_memo._started()
    try:
        assert relations.kept_rows(Agency, {agency.pk})[agency.pk].short_name == "DPUPR"
    finally:
        request_memo._finished()


def test_rows_of_a_model_not_kept_are_read_every_time():
    user = UserFactory()
    assert rows_and_queries(type(user), {user.pk})[1] == 1
    assert rows_and_queries(type(user), {user.pk})[1] == 1


def test_past_the_bound_rows_are_read_but_not_kept(monkeypatch):
    monkeypatch.setattr(relations, "KEPT_ROWS_MAX", 1)
    one, two = AgencyFactory(), AgencyFactory()
    rows, _ = rows_and_queries(Agency, {one.pk, two.pk})

    assert set(rows) == {one.pk, two.pk}
    assert rows_and_queries(Agency, {one.pk})[1] == 1


def test_a_page_of_the_inbox_names_its_agencies_from_memory(agency_a, coordinator):
    reports = [disposed_report(coordinator, agency_a) for _ in range(3)]
    with_list_relations([*reports])  # the first page reads them
    fresh = list(type(reports[0]).objects.filter(pk__in=[r.pk for r in reports]))
    with CaptureQueriesContext(connection) as queries:
        with_list_relations(fresh)

    assert {report.lead_agency.name for report in fresh} == {agency_a.name}
    # People are not kept (the officer); the agencies, regions and topics come from memory.
    assert [q["sql"] for q in queries.captured_queries if "core_user" not in q["sql"]] == []
