"""Publishing through the coordinator's review where the jurisdiction requires it
(Jurisdiction.consultations_require_review); without it, agencies publish directly."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from jembatan.core.models import AuditEntry
from jembatan.core.workflow import InvalidTransition
from jembatan.notifications.models import Notification
from jembatan.participation import actions
from jembatan.participation.models import Consultation
from jembatan.participation.tests.conftest import make_consultation

pytestmark = pytest.mark.django_db
Status = Consultation.Status


@pytest.fixture
def review_on(jurisdiction):
    jurisdiction.consultations_require_review = True
    jurisdiction.save()
    return jurisdiction


@pytest.fixture
def draft(agency_a, officer_a):
    consultation = make_consultation(agency_a, Status.DRAFT)
    Consultation.objects.filter(pk=consultation.pk).update(created_by=officer_a)
    consultation.refresh_from_db()
    return consultation


def test_without_the_setting_the_agency_publishes_directly(jurisdiction, draft, officer_a):
    actions.consultation_schedule(consultation=draft, actor=officer_a)
    assert draft.status == Status.SCHEDULED


def test_with_the_setting_the_agency_cannot_publish_directly(review_on, draft, officer_a):
    with pytest.raises(PermissionDenied):
        actions.consultation_schedule(consultation=draft, actor=officer_a)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_submitted_draft_is_approved_published_and_the_author_told(
        review_on, draft, officer_a, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        actions.consultation_review_submit(consultation=draft, actor=officer_a)
    draft.refresh_from_db()
    assert draft.in_review
    assert draft.status == Status.DRAFT  # the API's states stay the same
    assert Notification.objects.filter(recipient=coordinator,
                                       kind=actions.KIND_CONSULTATION_REVIEW).exists()
    with pytest.raises(InvalidTransition):
        actions.consultation_review_submit(consultation=draft, actor=officer_a)

    with django_capture_on_commit_callbacks(execute=True):
        actions.consultation_review_approve(consultation=draft, actor=coordinator)

    draft.refresh_from_db()
    assert draft.status == Status.SCHEDULED
    assert not draft.in_review
    assert Notification.objects.filter(recipient=officer_a,
                                       kind=actions.KIND_CONSULTATION_REVIEWED).exists()
    assert AuditEntry.objects.filter(action="consultation_review_approve").exists()


def test_coordinator_returns_with_a_reason_the_author_reads(
        review_on, draft, officer_a, coordinator, django_capture_on_commit_callbacks):
    actions.consultation_review_submit(consultation=draft, actor=officer_a)
    with pytest.raises(ValidationError):
        actions.consultation_review_return(consultation=draft, actor=coordinator, reason=" ")
    with django_capture_on_commit_callbacks(execute=True):
        actions.consultation_review_return(consultation=draft, actor=coordinator,
                                           reason="Lengkapi dasar hukum di BAB I.")

    draft.refresh_from_db()
    assert (draft.status, draft.in_review) == (Status.DRAFT, False)
    assert draft.review_note == "Lengkapi dasar hukum di BAB I."
    told = Notification.objects.get(recipient=officer_a, kind=actions.KIND_CONSULTATION_REVIEWED)
    assert told.body == "Lengkapi dasar hukum di BAB I."
    assert AuditEntry.objects.filter(action="consultation_review_return",
                                     note="Lengkapi dasar hukum di BAB I.").exists()


@pytest.mark.parametrize("who", ["officer_a", "admin_a", "officer_b"])
def test_only_a_coordinator_reviews(review_on, draft, officer_a, request, who):
    actions.consultation_review_submit(consultation=draft, actor=officer_a)
    with pytest.raises(PermissionDenied):
        actions.consultation_review_approve(consultation=draft,
                                            actor=request.getfixturevalue(who))


def test_coordinator_publishes_directly_even_with_the_setting(review_on, draft, coordinator):
    actions.consultation_schedule(consultation=draft, actor=coordinator)
    assert draft.status == Status.SCHEDULED


def test_approving_a_draft_not_submitted_is_a_conflict(review_on, draft, coordinator):
    with pytest.raises(InvalidTransition):
        actions.consultation_review_approve(consultation=draft, actor=coordinator)


def test_staff_pages_submit_and_approve(review_on, draft, login, officer_a, coordinator):
    officer = login(officer_a)
    page = officer.get(reverse("participation:staff_detail", args=[draft.pk])).content.decode()
    assert reverse("participation:staff_review_submit", args=[draft.pk]) in page
    assert reverse("participation:staff_publish", args=[draft.pk]) not in page
    officer.post(reverse("participation:staff_review_submit", args=[draft.pk]))
    decide = reverse("participation:staff_review_decide", args=[draft.pk])
    assert officer.post(decide, {"decision": "approve"}).status_code == 403

    response = login(coordinator).post(decide, {"decision": "approve"})

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.SCHEDULED
