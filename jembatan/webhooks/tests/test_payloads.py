"""What each event says, and what it never says: the public API's privacy rules hold (the
privacy canaries of the reports' tests), and each domain's event reaches the subscriptions of
its agencies."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
from django.utils import timezone

from jembatan.connectors import inbound
from jembatan.connectors.models import Platform
from jembatan.content import actions as content_actions
from jembatan.content.tests.conftest import INFORMATIVE_BODY, draft, staff
from jembatan.participation import actions as participation_actions
from jembatan.participation.models import AnswerStatus, Consultation
from jembatan.participation.tests.conftest import make_consultation
from jembatan.reports.models import Privacy
from jembatan.reports.tests.test_privacy import (
    CANARY_NAME,
    CANARY_TEXT,
    assert_no_canary,
    canary_report,
)
from jembatan.webhooks.models import Delivery

pytestmark = pytest.mark.django_db
__all__ = ["draft"]  # the joint-content tests' fixture, used here too

REPORT_EVENTS = ["report.received", "report.disposed", "report.responded", "report.closed"]


@pytest.fixture(autouse=True)
def _tasks_run_at_once(immediate_tasks):
    pass


@pytest.mark.parametrize("privacy", [Privacy.ANONIM, Privacy.RAHASIA, Privacy.PUBLIK])
def test_no_report_event_carries_the_reporter_or_their_personal_data(
        privacy, receiver, subscribe, coordinator, officer_a, agency_a, kecamatan, desa,
        django_capture_on_commit_callbacks):
    subscribe(coordinator, events=REPORT_EVENTS)

    # Every step in one go: the callbacks run after the last one, as one commit would.
    with django_capture_on_commit_callbacks(execute=True):
        report = canary_report(privacy, kecamatan=kecamatan, desa=desa, coordinator=coordinator,
                               officer=officer_a, agency=agency_a)

    # Answered twice: the reporter reopened it in between.
    types = Counter(r.payload["type"] for r in receiver.requests)
    assert types == {"report.received": 1, "report.disposed": 1, "report.responded": 2,
                     "report.closed": 1}
    for request in receiver.requests:
        text = request.body.decode()
        assert_no_canary(text, f"the {request.payload['type']} webhook of a {privacy} report")
        assert "reporter" not in request.payload["data"]
        assert request.payload["data"]["tracking_code"] == report.tracking_code


def test_a_rahasia_report_travels_without_its_content(
        receiver, subscribe, coordinator, officer_a, agency_a, kecamatan, desa,
        django_capture_on_commit_callbacks):
    subscribe(coordinator, events=REPORT_EVENTS)

    with django_capture_on_commit_callbacks(execute=True):
        canary_report(Privacy.RAHASIA, kecamatan=kecamatan, desa=desa, coordinator=coordinator,
                      officer=officer_a, agency=agency_a)

    for request in receiver.requests:
        data = request.payload["data"]
        assert data["title"] is None
        assert data["body"] is None
        assert data["url"] is None
        assert "Jalan desa rusak" not in request.body.decode()
        if request.payload["type"] == "report.responded":
            assert data["response"]["body"] is None


def test_a_public_report_is_told_with_personal_data_masked(
        receiver, subscribe, coordinator, officer_a, agency_a, kecamatan, desa,
        django_capture_on_commit_callbacks):
    subscribe(coordinator, events=["report.disposed"])

    with django_capture_on_commit_callbacks(execute=True):
        report = canary_report(Privacy.PUBLIK, kecamatan=kecamatan, desa=desa,
                               coordinator=coordinator, officer=officer_a, agency=agency_a,
                               full=False)

    data = receiver.requests[0].payload["data"]
    assert data["title"].startswith("Jalan desa rusak parah")
    assert "disamarkan" in data["body"] or "[" in data["body"]
    assert data["agency"] == agency_a.slug
    assert data["kecamatan"] == kecamatan.code
    assert data["url"].endswith(report.get_absolute_url())


def test_a_new_conversation_is_announced_once_without_its_sender(
        receiver, subscribe, admin_a, agency_a, agency_b, admin_b,
        django_capture_on_commit_callbacks):
    subscribe(admin_a, agency_a, events=["conversation.received"])
    subscribe(admin_b, agency_b, events=["conversation.received"])
    item = inbound.InboundItem(
        channel=Platform.WHATSAPP, contact_id="6281277778888", thread_key="6281277778888",
        external_id="wamid.1", contact_name=CANARY_NAME,
        body=f"Lampu jalan di depan rumah mati sejak kemarin. {CANARY_TEXT}")

    with django_capture_on_commit_callbacks(execute=True):
        inbound.receive(item, agency=agency_a)
    with django_capture_on_commit_callbacks(execute=True):
        inbound.receive(inbound.InboundItem(
            channel=Platform.WHATSAPP, contact_id="6281277778888",
            thread_key="6281277778888", external_id="wamid.2", body="Mohon dibantu."),
            agency=agency_a)

    assert len(receiver.requests) == 1
    payload = receiver.requests[0].payload
    assert payload["type"] == "conversation.received"
    assert payload["data"]["agency"] == agency_a.slug
    assert payload["data"]["channel"] == "whatsapp"
    assert payload["data"]["message"]["body"].startswith("Lampu jalan di depan rumah mati")
    assert_no_canary(receiver.requests[0].body.decode(), "the conversation webhook")


def test_a_published_post_reaches_its_lead_agency_and_co_authors(
        receiver, subscribe, draft, officer_a, admin_a, admin_b, agency_a, agency_b,
        django_capture_on_commit_callbacks):
    lead, _ = subscribe(admin_a, agency_a, events=["post.published"])
    co_author, _ = subscribe(admin_b, agency_b, events=["post.published"])
    post = draft()
    content_actions.post_submit(post=post, actor=staff(officer_a))
    content_actions.post_approve(post=post, actor=staff(admin_a))

    with django_capture_on_commit_callbacks(execute=True):
        content_actions.post_publish(post=post, actor=staff(officer_a))

    assert {d.subscription_id for d in Delivery.objects.all()} == {lead.pk, co_author.pk}
    data = receiver.requests[0].payload["data"]
    assert data["title"] == post.title
    assert data["body"] == INFORMATIVE_BODY
    assert data["agency"] == agency_a.slug
    assert data["co_authors"] == [agency_b.slug]
    assert data["url"].endswith(post.get_absolute_url())


def test_a_consultation_opening_and_its_answer_are_announced(
        receiver, subscribe, admin_a, officer_a, agency_a, django_capture_on_commit_callbacks):
    subscribe(admin_a, agency_a, events=["consultation.opened", "consultation.answered"])
    consultation = make_consultation(agency_a, Consultation.Status.SCHEDULED)
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=timezone.now() - dt.timedelta(minutes=1))

    with django_capture_on_commit_callbacks(execute=True):
        participation_actions.consultations_open_due()
    consultation.refresh_from_db()
    participation_actions.consultation_close(consultation=consultation, actor=officer_a)
    participation_actions.theme_save(consultation=consultation, actor=officer_a,
                                     title="Tarif usaha", answer_status=AnswerStatus.PARTLY,
                                     answer="Tarif usaha mikro diturunkan.")
    with django_capture_on_commit_callbacks(execute=True):
        participation_actions.answer_publish(consultation=consultation, actor=officer_a,
                                             summary="Terima kasih atas masukannya.")

    opened, answered = (json.loads(r.body) for r in receiver.requests)
    assert opened["type"] == "consultation.opened"
    assert opened["data"]["status"] == "open"
    assert opened["data"]["url"].endswith(f"/partisipasi/{consultation.pk}/")
    assert answered["type"] == "consultation.answered"
    assert answered["data"]["answer_summary"] == "Terima kasih atas masukannya."
    assert answered["data"]["answers_url"].endswith(f"/partisipasi/{consultation.pk}/jawaban/")
