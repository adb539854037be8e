"""The Wonosobo demo ends with a full search index."""

import pytest

from jembatan.reports.models import PUBLIC_LIST_STATUSES, Privacy, Report
from jembatan.search.models import SearchDocument
from jembatan.search.selectors import search_public

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wonosobo_demo")]


def test_the_demo_is_searchable_in_every_kind():
    kinds = set(SearchDocument.objects.values_list("kind", flat=True))

    assert kinds == {"berita", "konsultasi", "layanan", "program", "instansi", "laporan"}
    assert "KTP" in " ".join(r.document.title for r in search_public(q="ktp").results)


def test_the_demo_index_holds_exactly_the_public_reports():
    public = set(Report.objects.filter(privacy__in=(Privacy.PUBLIK, Privacy.ANONIM),
                                       status__in=PUBLIC_LIST_STATUSES)
                 .values_list("pk", flat=True))

    assert public
    assert set(SearchDocument.objects.filter(kind="laporan")
               .values_list("object_id", flat=True)) == public
