"""The index and the engines (SQLite FTS5 locally, PostgreSQL tsvector in CI): stems,
ranking, filters, snippets, freshness and the rebuild."""

from __future__ import annotations

import pytest

from jembatan.catalogue import actions as catalogue_actions
from jembatan.content import actions as content_actions
from jembatan.core import actions as core_actions
from jembatan.core.workflow import Actor
from jembatan.search import text
from jembatan.search.actions import documents_refresh, index_rebuild
from jembatan.search.models import SearchDocument
from jembatan.search.selectors import PAGE_SIZE, search_public

pytestmark = pytest.mark.django_db


def titles(q: str, **filters) -> list[str]:
    return [r.document.title for r in search_public(q=q, **filters).results]


def service(agency, actor, **values):
    return catalogue_actions.service_create(agency=agency, actor=actor, **values)


def test_query_and_text_meet_at_their_stems():
    assert set(text.query_terms("perbaikan jalan")) <= set(text.terms("jalan diperbaiki").split())


def test_perbaikan_jalan_finds_jalan_diperbaiki(agency_a, admin_a):
    service(agency_a, admin_a, name="Pengaduan jalan rusak",
            audience="Warga yang jalannya perlu diperbaiki.")
    service(agency_a, admin_a, name="Pasang baru air minum", audience="Rumah tangga.")
    index_rebuild()

    assert titles("perbaikan jalan") == ["Pengaduan jalan rusak"]


def test_a_match_in_the_title_ranks_above_one_in_the_text(agency_a, admin_a):
    service(agency_a, admin_a, name="Pasang baru air minum", audience="Juga untuk sekolah.")
    service(agency_a, admin_a, name="Izin sekolah swasta", audience="Yayasan pendidikan.")
    index_rebuild()

    assert titles("sekolah") == ["Izin sekolah swasta", "Pasang baru air minum"]


def test_filters_by_kind_and_by_agency(agency_a, agency_b, admin_a, admin_b):
    service(agency_a, admin_a, name="Layanan posyandu keliling")
    service(agency_b, admin_b, name="Jadwal posyandu desa")
    catalogue_actions.programme_create(
        agency=agency_a, actor=admin_a, title="Posyandu remaja", start_date="2026-12-01",
        end_date="2026-12-05")
    index_rebuild()

    assert len(titles("posyandu")) == 3
    assert titles("posyandu", kind="program") == ["Posyandu remaja"]
    assert sorted(titles("posyandu", agency=agency_a)) == ["Layanan posyandu keliling",
                                                           "Posyandu remaja"]
    assert titles("posyandu", kind="layanan", agency=agency_b) == ["Jadwal posyandu desa"]


def test_snippet_marks_the_matching_words_and_escapes_the_text(agency_a, admin_a):
    service(agency_a, admin_a, name="Pengaduan <b>jalan</b>",
            audience="Untuk <script>alert(1)</script> jalan yang rusak.")
    index_rebuild()

    result = search_public(q="jalan").results[0]
    assert "<script>" not in result.snippet
    assert "&lt;script&gt;" in result.snippet
    assert "<mark>jalan</mark>" in result.snippet
    assert "&lt;b&gt;<mark>jalan</mark>&lt;/b&gt;" in result.title


def test_operators_and_quotes_in_a_query_are_plain_words(agency_a, admin_a):
    service(agency_a, admin_a, name="Layanan jalan desa")
    index_rebuild()

    for q in ('jalan" OR "x', "jalan AND NOT", "title_terms:jalan", "jalan*", "'; --"):
        search_public(q=q)  # never an SQL or FTS syntax error
    assert titles('"jalan', kind="layanan") == ["Layanan jalan desa"]


def test_pages_are_bounded_and_say_whether_more_follow(agency_a, admin_a):
    for n in range(PAGE_SIZE + 3):
        service(agency_a, admin_a, name=f"Layanan kebersihan {n}")
    index_rebuild()

    first = search_public(q="kebersihan")
    second = search_public(q="kebersihan", page=2)
    assert len(first.results) == PAGE_SIZE
    assert first.has_next
    assert len(second.results) == 3
    assert not second.has_next
    assert search_public(q="kebersihan", page=999).number == 10


def test_only_active_services_of_active_agencies_are_found(agency_a, admin_a, coordinator):
    entry = service(agency_a, admin_a, name="Legalisir ijazah")
    index_rebuild()
    assert titles("legalisir") == ["Legalisir ijazah"]

    catalogue_actions.service_update(service=entry, actor=admin_a, is_active=False)
    documents_refresh(kind="layanan", object_ids=[entry.pk])
    assert titles("legalisir") == []


def test_a_change_through_an_action_reaches_the_index_after_commit(
        agency_a, admin_a, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        entry = service(agency_a, admin_a, name="Surat keterangan pindah")
    assert titles("pindah") == ["Surat keterangan pindah"]

    with django_capture_on_commit_callbacks(execute=True):
        catalogue_actions.service_update(service=entry, actor=admin_a, name="Surat pindah datang")
    assert titles("datang") == ["Surat pindah datang"]


def test_agencies_are_found_by_their_duties(agency_a, coordinator, immediate_tasks,
                                            django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        core_actions.agency_update(agency=agency_a, actor=coordinator,
                                   duties="Perizinan usaha dan penanaman modal.")
    assert titles("izin usaha", kind="instansi") == [agency_a.name]


def test_news_is_found_only_once_published(approved, coordinator, immediate_tasks,
                                           django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post = approved(title="Pemadaman air terencana di Kertek")
    assert titles("pemadaman air") == []

    with django_capture_on_commit_callbacks(execute=True):
        content_actions.post_publish(post=post, actor=Actor(user=coordinator))
    assert titles("pemadaman air") == ["Pemadaman air terencana di Kertek"]
    assert search_public(q="pemadaman").results[0].document.url == post.get_absolute_url()

    with django_capture_on_commit_callbacks(execute=True):
        content_actions.post_withdraw(post=post, actor=Actor(user=coordinator), note="Keliru")
    assert titles("pemadaman air") == []


def test_drafts_never_enter_the_index(draft):
    draft(title="Rancangan rahasia festival budaya")
    index_rebuild()

    assert titles("festival budaya") == []
    assert not SearchDocument.objects.filter(kind="berita").exists()


def test_rebuild_removes_documents_of_deleted_objects(agency_a, admin_a):
    kept = service(agency_a, admin_a, name="Layanan arsip")
    gone = catalogue_actions.programme_create(
        agency=agency_a, actor=admin_a, title="Program arsip desa", start_date="2026-12-01",
        end_date="2026-12-02")
    index_rebuild(batch=1)
    catalogue_actions.programme_delete(programme=gone, actor=admin_a)
    index_rebuild(batch=1)

    assert titles("arsip") == [kept.name]


def test_a_very_common_word_ranks_only_the_newest_matches(agency_a, admin_a, monkeypatch):
    from jembatan.search import engines

    for n in range(5):
        service(agency_a, admin_a, name=f"Layanan parkir {n}")
    index_rebuild()
    monkeypatch.setattr(engines, "RANKED_CANDIDATES", 3)

    assert sorted(titles("parkir")) == ["Layanan parkir 2", "Layanan parkir 3",
                                        "Layanan parkir 4"]
    assert len(titles("parkir", kind="layanan", agency=agency_a)) == 3


def test_the_reindex_command_rebuilds_one_kind_or_all(agency_a, admin_a):
    from io import StringIO

    from django.core.management import call_command

    service(agency_a, admin_a, name="Layanan nikah")
    out = StringIO()
    call_command("search_reindex", "--kind", "layanan", stdout=out)
    assert "Documents indexed: 1." in out.getvalue()
    assert titles("nikah") == ["Layanan nikah"]

    call_command("search_reindex", stdout=out)
    assert SearchDocument.objects.filter(kind="instansi").exists()
