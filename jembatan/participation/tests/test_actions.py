"""Every action of public consultations: who may take it (else PermissionDenied), from which
states (else InvalidTransition), what it writes and its one audit entry."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from jembatan.core.models import AuditEntry
from jembatan.core.workflow import InvalidTransition
from jembatan.notifications.models import Notification
from jembatan.participation import actions
from jembatan.participation.blocklist import blocked_words
from jembatan.participation.contributors import Contributor
from jembatan.participation.models import (
    AnswerStatus,
    Comment,
    Consultation,
    Participant,
    Question,
    Response,
)
from jembatan.participation.tests.conftest import comment_on

pytestmark = pytest.mark.django_db
Status = Consultation.Status

MANAGERS = ("coordinator", "officer_a", "admin_a")
OUTSIDERS = ("officer_b", "citizen")


def audited(action: str) -> int:
    return AuditEntry.objects.filter(action=action).count()


# --- Drafting: roles ---------------------------------------------------------------------------

STAFF_STEPS = {
    "update": lambda c, u: actions.consultation_update(consultation=c, actor=u, title="Baru"),
    "section_add": lambda c, u: actions.section_add(consultation=c, actor=u, title="Penutup",
                                                    body="Pasal 12."),
    "question_add": lambda c, u: actions.question_add(
        consultation=c, actor=u, text="Usul Anda?", kind=Question.Kind.TEXT),
    "import": lambda c, u: actions.sections_import(
        consultation=c, actor=u, filename="draf.md", data=b"# Bab I\n\nIsi.\n"),
    "reorder": lambda c, u: actions.sections_reorder(
        consultation=c, actor=u, order=list(c.sections.values_list("pk", flat=True))[::-1]),
    "schedule": lambda c, u: actions.consultation_schedule(consultation=c, actor=u),
    "withdraw": lambda c, u: actions.consultation_withdraw(consultation=c, actor=u,
                                                           reason="Ditunda."),
}
STEP_AUDIT = {"update": "consultation_update", "section_add": "consultation_section_add",
              "question_add": "consultation_question_add", "import": "consultation_import",
              "reorder": "consultation_section_reorder", "schedule": "consultation_schedule",
              "withdraw": "consultation_withdraw"}


@pytest.mark.parametrize("step", STAFF_STEPS)
@pytest.mark.parametrize("role", MANAGERS)
def test_lead_agency_and_coordinator_may_draft(request, consultation_in, step, role):
    consultation = consultation_in(Status.DRAFT)
    STAFF_STEPS[step](consultation, request.getfixturevalue(role))
    assert audited(STEP_AUDIT[step]) == 1


@pytest.mark.parametrize("step", STAFF_STEPS)
@pytest.mark.parametrize("role", OUTSIDERS)
def test_other_agency_and_citizen_may_not_draft(request, consultation_in, step, role):
    consultation = consultation_in(Status.DRAFT)
    with pytest.raises(PermissionDenied):
        STAFF_STEPS[step](consultation, request.getfixturevalue(role))
    assert audited(STEP_AUDIT[step]) == 0


# --- Drafting: states (allowed, invalid) ------------------------------------------------------

STATE_TABLE = [
    # step, allowed from
    ("update", {Status.DRAFT, Status.SCHEDULED}),
    ("section_add", {Status.DRAFT, Status.SCHEDULED}),
    ("question_add", {Status.DRAFT, Status.SCHEDULED}),
    ("import", {Status.DRAFT, Status.SCHEDULED}),
    ("schedule", {Status.DRAFT}),
    ("withdraw", {Status.DRAFT, Status.SCHEDULED, Status.OPEN, Status.CLOSED}),
]


@pytest.mark.parametrize("status", Status.values)
@pytest.mark.parametrize(("step", "allowed"), STATE_TABLE)
def test_drafting_steps_by_state(consultation_in, officer_a, step, allowed, status):
    consultation = consultation_in(status)
    if status in allowed:
        STAFF_STEPS[step](consultation, officer_a)
    else:
        with pytest.raises(InvalidTransition):
            STAFF_STEPS[step](consultation, officer_a)


def test_create_writes_consultation_with_co_agencies(officer_a, agency_a, agency_b):
    now = timezone.now()
    consultation = actions.consultation_create(
        actor=officer_a, lead_agency=agency_a, co_agencies=[agency_b, agency_a],
        title="Rencana Induk Pariwisata Dieng", summary="Arah pengembangan kawasan Dieng.",
        kind=Consultation.Kind.PROGRAMME, audience=Consultation.Audience.VERIFIED,
        opens_at=now + dt.timedelta(days=1), closes_at=now + dt.timedelta(days=20))
    assert consultation.status == Status.DRAFT
    assert list(consultation.co_agencies.all()) == [agency_b]
    assert audited("consultation_create") == 1


def test_create_for_another_agency_is_denied(officer_b, agency_a):
    now = timezone.now()
    with pytest.raises(PermissionDenied):
        actions.consultation_create(actor=officer_b, lead_agency=agency_a, title="X",
                                    summary="Y", opens_at=now,
                                    closes_at=now + dt.timedelta(days=1))


def test_create_refuses_closing_before_opening(officer_a, agency_a):
    now = timezone.now()
    with pytest.raises(ValidationError):
        actions.consultation_create(actor=officer_a, lead_agency=agency_a, title="X",
                                    summary="Y", opens_at=now, closes_at=now)


def test_choice_question_needs_two_options(consultation_in, officer_a):
    with pytest.raises(ValidationError):
        actions.question_add(consultation=consultation_in(Status.DRAFT), actor=officer_a,
                             text="Pilih", kind=Question.Kind.SINGLE, options=["Satu"])


def test_schedule_opens_at_once_when_the_opening_time_has_passed(consultation_in, officer_a):
    consultation = consultation_in(Status.DRAFT)
    actions.consultation_schedule(consultation=consultation, actor=officer_a,
                                  now=consultation.opens_at + dt.timedelta(minutes=1))
    consultation.refresh_from_db()
    assert consultation.status == Status.OPEN
    assert audited("consultation_open") == 1


def test_schedule_needs_a_section(consultation_in, officer_a):
    consultation = consultation_in(Status.DRAFT)
    consultation.sections.all().delete()
    with pytest.raises(ValidationError):
        actions.consultation_schedule(consultation=consultation, actor=officer_a)


def test_clock_opens_and_closes_on_time(consultation_in):
    scheduled = consultation_in(Status.SCHEDULED)
    opened = consultation_in(Status.OPEN)
    assert actions.consultations_open_due(now=scheduled.opens_at - dt.timedelta(minutes=1)) == []
    assert actions.consultations_open_due(now=scheduled.opens_at) == [scheduled.pk]
    assert actions.consultations_close_due(now=opened.closes_at) == [opened.pk]
    scheduled.refresh_from_db()
    opened.refresh_from_db()
    assert (scheduled.status, opened.status) == (Status.OPEN, Status.CLOSED)
    assert audited("consultation_open") == audited("consultation_close") == 1


def test_a_consultation_closing_on_time_tells_its_lead_agency_to_answer(
        consultation_in, officer_a, admin_a, officer_b, coordinator,
        django_capture_on_commit_callbacks):
    from jembatan.notifications.models import Notification

    opened = consultation_in(Status.OPEN)
    with django_capture_on_commit_callbacks(execute=True):
        actions.consultations_close_due(now=opened.closes_at)

    told = Notification.objects.filter(kind=actions.KIND_CLOSED_TO_ANSWER)
    assert {n.recipient for n in told} == {officer_a, admin_a}
    assert all(n.url.endswith(f"/{opened.pk}/jawaban/") for n in told)


@pytest.mark.parametrize("status", Status.values)
def test_close_only_from_open(consultation_in, officer_a, status):
    consultation = consultation_in(status)
    if status == Status.OPEN:
        actions.consultation_close(consultation=consultation, actor=officer_a)
        assert consultation.status == Status.CLOSED
    else:
        with pytest.raises(InvalidTransition):
            actions.consultation_close(consultation=consultation, actor=officer_a)


# --- Taking part -------------------------------------------------------------------------------

PART_STEPS = {
    "comment": lambda c, who: actions.comment_create(consultation=c, contributor=who,
                                                     body="Mohon tarif usaha kecil dibedakan."),
    "response": lambda c, who: actions.response_create(
        consultation=c, contributor=who,
        answers=[{"question": c.questions.first().pk,
                  "options": [c.questions.first().options.first().pk]}]),
}


@pytest.mark.parametrize("status", Status.values)
@pytest.mark.parametrize("step", PART_STEPS)
@pytest.mark.parametrize("who", ["as_citizen", "as_participant"])
def test_taking_part_only_while_open(request, consultation_in, step, status, who):
    consultation = consultation_in(status)
    contributor = request.getfixturevalue(who)
    if status == Status.OPEN:
        PART_STEPS[step](consultation, contributor)
    else:
        with pytest.raises(InvalidTransition):
            PART_STEPS[step](consultation, contributor)


@pytest.mark.parametrize("step", PART_STEPS)
def test_participant_without_account_is_refused_where_accounts_are_required(
        consultation_in, as_participant, as_citizen, step):
    consultation = consultation_in(Status.OPEN, audience=Consultation.Audience.ACCOUNTS)
    with pytest.raises(PermissionDenied):
        PART_STEPS[step](consultation, as_participant)
    PART_STEPS[step](consultation, as_citizen)


def test_unverified_participant_is_refused(open_consultation, participant):
    participant.verified_at = None
    with pytest.raises(PermissionDenied):
        actions.comment_create(consultation=open_consultation,
                               contributor=Contributor(participant=participant), body="Halo")


def test_comment_is_published_with_the_display_name_and_audited(open_consultation,
                                                                 as_participant):
    section = open_consultation.sections.first()
    comment = actions.comment_create(consultation=open_consultation, contributor=as_participant,
                                     body="NIK saya 3307011204850001, tolong dicek.",
                                     section=section)
    assert comment.status == Comment.Status.PUBLISHED
    assert comment.display_name == "Warga Kertek"
    assert comment.section == section
    entry = AuditEntry.objects.get(action="consultation_comment_create")
    assert entry.actor is None
    assert entry.actor_label == "peserta: Warga Kertek"


def test_blocklisted_word_holds_the_comment_and_tells_moderators(
        open_consultation, as_citizen, officer_a, officer_b, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        comment = actions.comment_create(consultation=open_consultation, contributor=as_citizen,
                                         body="Dasar goblok yang bikin aturan ini")
    assert comment.status == Comment.Status.PENDING
    assert comment.held_words == "goblok"
    recipients = set(Notification.objects.filter(kind=actions.KIND_REVIEW_NEEDED)
                     .values_list("recipient__username", flat=True))
    assert officer_a.username in recipients
    assert officer_b.username not in recipients


def test_blocklist_matches_whole_words_only(settings):
    settings.PARTICIPATION_BLOCKLIST = ["babi"]
    assert blocked_words("Peternakan babi di Kalikajar") == ["babi"]
    assert blocked_words("Kebabian") == []


def test_reply_takes_the_section_of_its_parent_and_stays_one_level(open_consultation,
                                                                   as_citizen, as_participant):
    section = open_consultation.sections.last()
    first = actions.comment_create(consultation=open_consultation, contributor=as_citizen,
                                   body="Usul A", section=section)
    reply = actions.comment_create(consultation=open_consultation, contributor=as_participant,
                                   body="Setuju", parent=first)
    deeper = actions.comment_create(consultation=open_consultation, contributor=as_citizen,
                                    body="Terima kasih", parent=reply)
    assert reply.section == section
    assert reply.parent == first
    assert deeper.parent == first


def test_support_counts_once_per_person(open_consultation, as_citizen, as_participant,
                                        officer_b):
    comment = comment_on(open_consultation, author=officer_b)
    actions.comment_support(comment=comment, contributor=as_citizen)
    actions.comment_support(comment=comment, contributor=as_participant)
    with pytest.raises(actions.AlreadyDone):
        actions.comment_support(comment=comment, contributor=as_citizen)
    comment.refresh_from_db()
    assert comment.support_count == 2
    assert audited("consultation_comment_support") == 2


def test_flags_hide_a_comment_at_the_threshold(settings, open_consultation, citizen,
                                              officer_b, as_participant):
    settings.PARTICIPATION_FLAG_THRESHOLD = 2
    comment = comment_on(open_consultation, author=officer_b)
    actions.comment_flag(comment=comment, contributor=as_participant, reason="spam")
    with pytest.raises(actions.AlreadyDone):
        actions.comment_flag(comment=comment, contributor=as_participant, reason="spam")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED
    actions.comment_flag(comment=comment, contributor=Contributor(user=citizen),
                         reason="offensive", note="Menghina")
    comment.refresh_from_db()
    assert (comment.status, comment.flag_count) == (Comment.Status.PENDING, 2)


def test_flag_needs_a_known_reason(open_consultation, as_citizen, officer_b):
    with pytest.raises(ValidationError):
        actions.comment_flag(comment=comment_on(open_consultation, author=officer_b),
                             contributor=as_citizen, reason="bosan")


def test_response_once_per_person_and_validated(open_consultation, as_citizen):
    single, scale = open_consultation.questions.all()
    other = single.options.last()
    with pytest.raises(ValidationError):
        actions.response_create(consultation=open_consultation, contributor=as_citizen,
                                answers=[{"question": scale.pk, "value": 9}])
    with pytest.raises(ValidationError):
        actions.response_create(consultation=open_consultation, contributor=as_citizen,
                                answers=[{"question": single.pk,
                                          "options": [o.pk for o in single.options.all()]}])
    response = actions.response_create(
        consultation=open_consultation, contributor=as_citizen,
        answers=[{"question": single.pk, "options": [other.pk]},
                 {"question": scale.pk, "value": 4}])
    assert response.answers.count() == 2
    with pytest.raises(actions.AlreadyDone):
        actions.response_create(consultation=open_consultation, contributor=as_citizen,
                                answers=[{"question": scale.pk, "value": 2}])
    assert Response.objects.count() == 1


# --- Moderation --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["coordinator", "officer_a"])
def test_moderators_hide_and_restore_and_the_author_is_told(
        request, open_consultation, citizen, role, django_capture_on_commit_callbacks):
    moderator = request.getfixturevalue(role)
    comment = comment_on(open_consultation, author=citizen)
    with django_capture_on_commit_callbacks(execute=True):
        actions.comment_hide(comment=comment, actor=moderator, reason="Berisi fitnah.")
    comment.refresh_from_db()
    assert (comment.status, comment.hidden_reason) == (Comment.Status.HIDDEN, "Berisi fitnah.")
    with pytest.raises(InvalidTransition):
        actions.comment_hide(comment=comment, actor=moderator, reason="lagi")
    with django_capture_on_commit_callbacks(execute=True):
        actions.comment_restore(comment=comment, actor=moderator)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED
    told = Notification.objects.filter(recipient=citizen, kind=actions.KIND_COMMENT_MODERATED)
    assert told.count() == 2
    assert "Berisi fitnah." in told.order_by("pk").first().body
    assert audited("consultation_comment_hide") == audited("consultation_comment_restore") == 1


@pytest.mark.parametrize("role", OUTSIDERS)
def test_others_may_not_moderate(request, open_consultation, citizen, role):
    comment = comment_on(open_consultation, author=citizen)
    with pytest.raises(PermissionDenied):
        actions.comment_hide(comment=comment, actor=request.getfixturevalue(role), reason="x")


def test_hiding_needs_a_reason(open_consultation, citizen, officer_a):
    with pytest.raises(ValidationError):
        actions.comment_hide(comment=comment_on(open_consultation, author=citizen),
                             actor=officer_a, reason=" ")


# --- Answering ---------------------------------------------------------------------------------


@pytest.mark.parametrize("status", Status.values)
def test_answers_are_written_only_after_closing(consultation_in, officer_a, status):
    consultation = consultation_in(status)
    if status == Status.CLOSED:
        actions.theme_save(consultation=consultation, actor=officer_a, title="Tarif")
    else:
        with pytest.raises(InvalidTransition):
            actions.theme_save(consultation=consultation, actor=officer_a, title="Tarif")


@pytest.mark.parametrize("role", OUTSIDERS)
def test_others_may_not_answer(request, consultation_in, role):
    with pytest.raises(PermissionDenied):
        actions.theme_save(consultation=consultation_in(Status.CLOSED),
                           actor=request.getfixturevalue(role), title="Tarif")


def test_publishing_the_answer_notifies_every_participant(
        consultation_in, officer_a, citizen, participant, settings,
        django_capture_on_commit_callbacks):
    from jembatan.core.crypto import encrypt
    from jembatan.testing.fixtures import IMMEDIATE_TASKS

    settings.TASKS = IMMEDIATE_TASKS
    consultation = consultation_in(Status.CLOSED)
    participant.notify_address = encrypt("warga.kertek@example.com")
    participant.save()
    first = comment_on(consultation, author=citizen)
    comment_on(consultation, participant=participant, body="Setuju dengan tarif.")
    theme = actions.theme_save(consultation=consultation, actor=officer_a, title="Tarif usaha",
                               answer_status=AnswerStatus.PARTLY,
                               answer="Tarif usaha mikro diturunkan.", comments=[first.pk])
    actions.comment_answer(comment=first, actor=officer_a, answer_status=AnswerStatus.ACCEPTED,
                           answer="Kami masukkan ke Pasal 5.")
    assert list(theme.comments.all()) == [first]
    with pytest.raises(ValidationError):
        actions.answer_publish(consultation=consultation, actor=officer_a, summary="")
    with django_capture_on_commit_callbacks(execute=True):
        actions.answer_publish(consultation=consultation, actor=officer_a,
                               summary="Terima kasih atas 2 masukan.")
    consultation.refresh_from_db()
    assert consultation.status == Status.ANSWERED
    assert consultation.answered_at
    assert Notification.objects.filter(recipient=citizen,
                                       kind=actions.KIND_ANSWER_PUBLISHED).count() == 1
    # The citizen by their notification email, the participant by the one email for them.
    assert sorted(address for m in mail.outbox for address in m.to) == sorted(
        ["warga.kertek@example.com", citizen.email])
    participant.refresh_from_db()
    assert participant.notify_address == ""
    assert audited("consultation_answer_publish") == audited("consultation_answer_emailed") == 1


def test_publishing_needs_at_least_one_answer(consultation_in, officer_a):
    with pytest.raises(ValidationError):
        actions.answer_publish(consultation=consultation_in(Status.CLOSED), actor=officer_a,
                               summary="Ringkasan")


def test_participant_verify_finds_the_same_person_by_contact(db):
    first = actions.participant_verify(contact="Warga@Example.com", display_name="Budi")
    again = actions.participant_verify(contact="warga@example.com ", display_name="Pak Budi")
    assert first.pk == again.pk
    assert again.display_name == "Pak Budi"
    assert "warga" not in Participant.objects.get().contact_hash
    assert audited("participant_verify") == 2
