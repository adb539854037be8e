"""Consultations in the site search: what the public sees, kept fresh by the actions."""

from __future__ import annotations

import pytest
from django.urls import reverse

from jembatan.participation import actions
from jembatan.participation.models import Consultation
from jembatan.search.actions import index_rebuild
from jembatan.search.models import SearchDocument
from jembatan.search.selectors import search_public

pytestmark = pytest.mark.django_db

Status = Consultation.Status


def found(q: str, **filters) -> list[str]:
    return [r.document.url for r in search_public(q=q, **filters).results]


@pytest.mark.parametrize("status", [Status.SCHEDULED, Status.OPEN, Status.CLOSED,
                                    Status.ANSWERED])
def test_a_public_consultation_is_found_by_title_summary_and_section_text(
        consultation_in, status):
    consultation = consultation_in(status)
    index_rebuild()

    url = consultation.get_absolute_url()
    assert found("retribusi persampahan") == [url]  # title
    assert found("sampah rumah tangga usaha") == [url]  # summary
    assert found("tarif rumah tangga per bulan") == [url]  # a section's text
    assert found("ketentuan umum", kind="konsultasi") == [url]  # a section's title


@pytest.mark.parametrize("status", [Status.DRAFT, Status.WITHDRAWN])
def test_drafts_and_withdrawn_consultations_are_never_found(consultation_in, status):
    consultation_in(status)
    index_rebuild()

    assert found("retribusi persampahan") == []
    assert not SearchDocument.objects.filter(kind="konsultasi").exists()


def test_consultations_are_a_filter_of_the_search_page(client, open_consultation):
    index_rebuild()

    page = client.get(reverse("search:search"), {"q": "retribusi", "kind": "konsultasi"})

    assert f'href="{open_consultation.get_absolute_url()}"' in page.content.decode()
    assert "Konsultasi publik" in page.content.decode()


def test_a_draft_is_found_once_published_and_gone_once_withdrawn(
        consultation_in, officer_a, immediate_tasks, django_capture_on_commit_callbacks):
    consultation = consultation_in(Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        actions.section_add(consultation=consultation, actor=officer_a,
                            title="Keringanan", body="Keringanan bagi keluarga prasejahtera.")
    assert found("prasejahtera") == []

    with django_capture_on_commit_callbacks(execute=True):
        actions.consultation_schedule(consultation=consultation, actor=officer_a)
    assert found("prasejahtera") == [consultation.get_absolute_url()]

    with django_capture_on_commit_callbacks(execute=True):
        actions.consultation_withdraw(consultation=consultation, actor=officer_a,
                                      reason="Dikaji ulang bersama DPRD.")
    assert found("prasejahtera") == []


def test_a_change_to_a_scheduled_consultation_reaches_the_index(
        consultation_in, officer_a, immediate_tasks, django_capture_on_commit_callbacks):
    consultation = consultation_in(Status.SCHEDULED)
    section = consultation.sections.get(position=2)
    index_rebuild()

    with django_capture_on_commit_callbacks(execute=True):
        actions.consultation_update(consultation=consultation, actor=officer_a,
                                    title="Rancangan Perbup Retribusi Sampah Pasar")
        actions.section_update(section=section, actor=officer_a,
                               body="Pasal 5. Tarif kios pasar Rp10.000 per bulan.")

    assert found("sampah pasar") == [consultation.get_absolute_url()]
    assert found("kios") == [consultation.get_absolute_url()]
    assert found("pelayanan persampahan") == []
