"""Consultations of agency A (DPUPR) in every state, and people who take part."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from jembatan.participation.contributors import Contributor
from jembatan.participation.models import Comment, Consultation, Participant, Question, Section

Status = Consultation.Status


def make_consultation(agency, status=Status.OPEN, *, audience=Consultation.Audience.VERIFIED,
                      title="Rancangan Perbup Retribusi Pelayanan Persampahan", questions=True):
    now = timezone.now()
    opens = now - dt.timedelta(days=3) if status not in (Status.DRAFT, Status.SCHEDULED) \
        else now + dt.timedelta(days=2)
    consultation = Consultation.objects.create(
        title=title, summary="Tarif retribusi sampah rumah tangga dan usaha.", lead_agency=agency,
        status=status, audience=audience, opens_at=opens, closes_at=opens + dt.timedelta(days=14),
        published_at=None if status == Status.DRAFT else now)
    Section.objects.create(consultation=consultation, position=1, title="Ketentuan Umum",
                           body="Pasal 1. Dalam Peraturan Bupati ini yang dimaksud dengan ...")
    Section.objects.create(consultation=consultation, position=2, title="Besaran Tarif",
                           body="Pasal 5. Tarif rumah tangga Rp5.000 per bulan.")
    if questions:
        single = Question.objects.create(consultation=consultation, position=1,
                                         text="Setujukah Anda dengan tarif ini?",
                                         kind=Question.Kind.SINGLE)
        single.options.create(position=1, text="Setuju")
        single.options.create(position=2, text="Tidak setuju")
        Question.objects.create(consultation=consultation, position=2,
                                text="Seberapa puas Anda dengan layanan sampah?",
                                kind=Question.Kind.SCALE)
    return consultation


@pytest.fixture
def consultation_in(agency_a):
    def make(status=Status.OPEN, **kwargs):
        return make_consultation(agency_a, status, **kwargs)
    return make


@pytest.fixture
def open_consultation(consultation_in):
    return consultation_in(Status.OPEN)


@pytest.fixture
def participant(db):
    return Participant.objects.create(contact_hash="x" * 64, contact_kind="email",
                                      display_name="Warga Kertek", verified_at=timezone.now())


@pytest.fixture
def as_citizen(citizen):
    return Contributor(user=citizen)


@pytest.fixture
def as_participant(participant):
    return Contributor(participant=participant)


def comment_on(consultation, *, author=None, participant=None, body="Tarifnya terlalu mahal.",
               status=Comment.Status.PUBLISHED, section=None):
    name = participant.display_name if participant else (author.full_name if author else "")
    return Comment.objects.create(consultation=consultation, author=author,
                                  participant=participant, display_name=name, body=body,
                                  status=status, section=section)
