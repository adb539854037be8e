"""The joint post's life through the actions: states, approvals, suggestions, limits, the
information value, the audit trail and who hears about it."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jembatan.content import actions
from jembatan.content.models import ContentSettings, PostStatus, PostSuggestion
from jembatan.content.rules import ACTION_ROLES, ALLOWED_FROM, TRANSITIONS
from jembatan.core.models import AuditEntry
from jembatan.core.workflow import InvalidTransition
from jembatan.notifications.models import Notification

from .conftest import CEREMONIAL_BODY, in_hours, staff

pytestmark = pytest.mark.django_db


def test_every_contract_action_is_in_the_tables():
    assert set(TRANSITIONS) == {"submit", "approve", "request_changes", "schedule", "publish",
                                "withdraw"}
    assert {"comment", "edit"} <= set(ACTION_ROLES)
    assert set(ACTION_ROLES) == set(ALLOWED_FROM)


def test_draft_to_published_through_every_state(draft, officer_a, admin_a, agency_b):
    post = draft()
    assert post.status == PostStatus.DRAFT
    assert list(post.co_authors.all()) == [agency_b]
    actions.post_submit(post=post, actor=staff(officer_a))
    assert post.status == PostStatus.REVIEW
    actions.post_approve(post=post, actor=staff(admin_a))
    assert post.status == PostStatus.APPROVED
    assert post.lead_approved_by == admin_a
    actions.post_schedule(post=post, actor=staff(officer_a), at=in_hours(3))
    assert post.status == PostStatus.SCHEDULED
    actions.post_publish(post=post, actor=staff(officer_a))
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    assert post.published_at is not None
    assert post.slug == "pemadaman-air-terencana-di-kecamatan-kertek"
    codes = list(AuditEntry.objects.filter(object_id=str(post.pk)).order_by("created_at", "id")
                 .values_list("action", flat=True))
    assert codes == ["post_create", "post_submit", "post_approve", "post_schedule",
                     "post_publish"]


def test_officer_cannot_approve_only_the_lead_admin(draft, officer_a):
    post = draft()
    actions.post_submit(post=post, actor=staff(officer_a))
    with pytest.raises(PermissionDenied):
        actions.post_approve(post=post, actor=staff(officer_a))


def test_co_author_cannot_submit_or_approve(draft, officer_b, admin_b, officer_a):
    post = draft()
    with pytest.raises(PermissionDenied):
        actions.post_submit(post=post, actor=staff(officer_b))
    actions.post_submit(post=post, actor=staff(officer_a))
    with pytest.raises(PermissionDenied):
        actions.post_approve(post=post, actor=staff(admin_b))


def test_approving_a_draft_is_an_invalid_transition(draft, admin_a):
    post = draft()
    with pytest.raises(InvalidTransition, match="draf"):
        actions.post_approve(post=post, actor=staff(admin_a))


def test_scheduling_before_approval_is_an_invalid_transition(draft, officer_a):
    post = draft()
    actions.post_submit(post=post, actor=staff(officer_a))
    with pytest.raises(InvalidTransition):
        actions.post_schedule(post=post, actor=staff(officer_a), at=in_hours(2))


def test_schedule_in_the_past_is_refused(approved, officer_a):
    post = approved()
    with pytest.raises(ValidationError):
        actions.post_schedule(post=post, actor=staff(officer_a), at=in_hours(-2))
    assert post.status == PostStatus.APPROVED


def test_schedule_more_than_five_years_ahead_is_refused(approved, officer_a):
    post = approved()
    with pytest.raises(ValidationError):
        actions.post_schedule(post=post, actor=staff(officer_a), at=in_hours(24 * 366 * 6))
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED


def test_coordinator_approval_required_needs_both(draft, officer_a, admin_a, coordinator):
    ContentSettings.objects.create(require_coordinator_approval=True)
    post = draft()
    actions.post_submit(post=post, actor=staff(officer_a))
    actions.post_approve(post=post, actor=staff(admin_a))
    assert post.status == PostStatus.REVIEW
    assert post.lead_approved_at is not None
    # The coordinator hears that it waits for them.
    assert Notification.objects.filter(recipient=coordinator, kind="content_post_status").exists()
    with pytest.raises(InvalidTransition):
        actions.post_approve(post=post, actor=staff(admin_a))
    actions.post_approve(post=post, actor=staff(coordinator))
    assert post.status == PostStatus.APPROVED
    assert post.coordinator_approved_by == coordinator
    assert post.lead_approved_by == admin_a


def test_coordinator_alone_approves_when_not_required(draft, officer_a, coordinator):
    post = draft()
    actions.post_submit(post=post, actor=staff(officer_a))
    actions.post_approve(post=post, actor=staff(coordinator))
    assert post.status == PostStatus.APPROVED
    assert post.lead_approved_at is None


def test_request_changes_clears_approvals_and_allows_resubmission(approved, admin_a, officer_a):
    post = approved()
    actions.post_request_changes(post=post, actor=staff(admin_a), note="Tambahkan jamnya.")
    assert post.status == PostStatus.CHANGES_REQUESTED
    assert post.lead_approved_at is None
    actions.post_update(post=post, actor=staff(officer_a), title=post.title,
                        body=post.body + " Jam 08.00.")
    actions.post_submit(post=post, actor=staff(officer_a))
    assert post.status == PostStatus.REVIEW


def test_withdraw_removes_a_published_post(approved, officer_a):
    post = approved()
    actions.post_publish(post=post, actor=staff(officer_a))
    actions.post_withdraw(post=post, actor=staff(officer_a), note="Jadwal berubah.")
    assert post.status == PostStatus.WITHDRAWN
    with pytest.raises(InvalidTransition):
        actions.post_submit(post=post, actor=staff(officer_a))


def test_edit_after_approval_is_refused(approved, officer_a):
    post = approved()
    with pytest.raises(InvalidTransition):
        actions.post_update(post=post, actor=staff(officer_a), title="Baru", body="Isi baru")


def test_co_author_comments_and_suggests_but_does_not_edit(draft, officer_a, officer_b):
    post = draft()
    actions.post_submit(post=post, actor=staff(officer_a))
    comment = actions.comment_add(post=post, actor=staff(officer_b),
                                  body="Mohon cantumkan nomor pengaduan Tirta Aji.")
    assert comment.agency.slug == "perumda-tirta-aji"
    with pytest.raises(PermissionDenied):
        actions.post_update(post=post, actor=staff(officer_b), title="x", body="y")
    suggestion = actions.suggestion_add(
        post=post, actor=staff(officer_b), channel="whatsapp",
        text="Info Tirta Aji: pemadaman air Sabtu 08.00–12.00. Pengaduan: 0286-321551.",
        note="Nomor pengaduan kami")
    with pytest.raises(PermissionDenied):
        actions.suggestion_decide(suggestion=suggestion, actor=staff(officer_b), accept=True)
    actions.suggestion_decide(suggestion=suggestion, actor=staff(officer_a), accept=True)
    suggestion.refresh_from_db()
    assert suggestion.state == PostSuggestion.State.ACCEPTED
    assert post.versions.get(channel="whatsapp").text.endswith("0286-321551.")
    with pytest.raises(InvalidTransition):
        actions.suggestion_decide(suggestion=suggestion, actor=staff(officer_a), accept=False)


def test_accepted_portal_suggestion_replaces_the_body_and_rechecks(draft, officer_a, officer_b):
    post = draft()
    suggestion = actions.suggestion_add(post=post, actor=staff(officer_b), channel="portal",
                                        text=CEREMONIAL_BODY)
    actions.suggestion_decide(suggestion=suggestion, actor=staff(officer_a), accept=True)
    post.refresh_from_db()
    assert post.body == CEREMONIAL_BODY
    assert post.info_label == "seremonial"


def test_info_value_stored_on_save(draft, officer_a):
    informative = draft()
    assert informative.info_label == "informatif"
    assert 0.5 <= informative.info_probability <= 1
    ceremonial = draft(title="Syukuran bersama", body=CEREMONIAL_BODY)
    assert ceremonial.info_label == "seremonial"
    assert ceremonial.info_suggestions  # Indonesian suggestions of what to add
    assert ceremonial.info_value["label"] == "seremonial"


@pytest.mark.parametrize(("channel", "text"), [
    ("instagram", "x" * 2201),
    ("instagram", " ".join(f"#tag{n}" for n in range(31))),
    ("facebook", "x" * 63207),
    ("whatsapp", "x" * 4097),
])
def test_channel_limits_are_enforced(draft, channel, text):
    with pytest.raises(ValidationError):
        draft(versions={channel: text})


def test_texts_at_the_limits_are_accepted(draft):
    post = draft(versions={"instagram": ("#a " * 30) + "x" * (2200 - 90),
                           "facebook": "x" * 63206, "whatsapp": "x" * 4096})
    assert post.versions.count() == 3


def test_lead_cannot_be_its_own_co_author(draft, agency_a, agency_b):
    post = draft(co_authors=[agency_a, agency_b])
    assert list(post.co_authors.all()) == [agency_b]


def test_only_staff_of_the_lead_agency_start_a_post(draft, officer_b):
    with pytest.raises(PermissionDenied):
        draft(actor=officer_b)


def test_transitions_notify_both_agencies_but_not_the_actor(draft, officer_a, admin_a, officer_b):
    post = draft()
    assert Notification.objects.filter(recipient=officer_b,
                                       kind="content_post_invited").count() == 1
    actions.post_submit(post=post, actor=staff(officer_a))
    notified = set(Notification.objects.filter(kind="content_post_status")
                   .values_list("recipient__username", flat=True))
    assert notified == {"admin.dpupr", "petugas.tirtaaji"}


def test_publish_due_publishes_only_posts_whose_time_has_come(approved, officer_a):
    due = approved()
    later = approved(title="Imbauan cuaca ekstrem")
    actions.post_schedule(post=due, actor=staff(officer_a), at=in_hours(1))
    actions.post_schedule(post=later, actor=staff(officer_a), at=in_hours(5))
    assert actions.posts_publish_due(now=in_hours(2)) == 1
    due.refresh_from_db()
    later.refresh_from_db()
    assert due.status == PostStatus.PUBLISHED
    assert due.published_at == due.scheduled_at
    assert later.status == PostStatus.SCHEDULED
