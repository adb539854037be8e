"""Every lifecycle action of a report: who may take it (else PermissionDenied), from which states
(else InvalidTransition), and what it writes: the report, its timeline event, its audit entry."""

import json
from dataclasses import dataclass

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from jembatan.core.models import Agency, AuditEntry, User
from jembatan.core.workflow import InvalidTransition
from jembatan.reports import actions
from jembatan.reports.models import (
    Channel,
    Event,
    Kind,
    Message,
    Objection,
    Privacy,
    Rating,
    RejectionReason,
    Report,
    Stage,
    Status,
)
from jembatan.reports.rules import ACTION_ROLES, ALLOWED_FROM
from jembatan.reports.tests.factories import (
    NOBODY,
    REPORTER,
    REPORTER_EMAIL,
    REPORTER_NAME,
    REPORTER_PHONE,
    REPORTER_PHONE_E164,
    ReportFactory,
    answered_report,
    closed_report,
    disposed_report,
    end_of,
    held_report,
    in_progress_report,
    merged_report,
    objected_report,
    rejected_report,
    staff,
    wib,
)

pytestmark = pytest.mark.django_db

# Reports are received, disposed and answered on Monday 3 August 2026; the action under test
# happens the next morning, well inside every window.
RECEIVED = wib(2026, 8, 3, 9)
ACTED = wib(2026, 8, 4, 10)

OBJECTED = "objected"  # an answered informasi request with an open objection
SUPPORTED = "supported"  # diproses at agency A, with agency B supporting

# undo_dispose needs an automatic disposition first; jembatan/triage/tests/test_routing.py
# covers it (allowed, denied and from the wrong state).
ALL_ACTIONS = (*(a for a in ACTION_ROLES if a != "undo_dispose"), "message_post", "report_rate")


@dataclass
class World:
    coordinator: User
    officer_a: User
    admin_a: User
    officer_b: User
    citizen: User
    agency_a: Agency
    agency_b: Agency

    def actor(self, name):
        if name == "reporter":
            return REPORTER
        if name == "nobody":
            return NOBODY
        return staff(getattr(self, name))

    def report_in(self, state, kind=Kind.PENGADUAN) -> Report:
        people = (self.coordinator, self.officer_a, self.agency_a)
        at = {"at": RECEIVED, "kind": kind}
        if state == Status.BARU:
            return ReportFactory(**at)
        if state == Status.DIDISPOSISIKAN:
            return disposed_report(self.coordinator, self.agency_a, **at)
        if state == Status.DIPROSES:
            return in_progress_report(*people, **at)
        if state == SUPPORTED:
            return in_progress_report(*people, supporting=[self.agency_b], **at)
        if state == Status.DITINDAKLANJUTI:
            return answered_report(*people, **at)
        if state == Status.SELESAI:
            return closed_report(*people, **at)
        if state == Status.DITUNDA:
            return held_report(*people, **at)
        if state == Status.DITOLAK:
            return rejected_report(self.coordinator, **at)
        if state == Status.DIGABUNG:
            return merged_report(self.coordinator, ReportFactory(at=RECEIVED), **at)
        if state == OBJECTED:
            return objected_report(*people, **at)
        raise AssertionError(state)

    def perform(self, name, report, actor):
        """Take the action with valid arguments, so only the role and the state can refuse it."""
        common = {"report": report, "actor": actor}
        if name == "dispose":
            return actions.report_dispose(**common, agency=self.agency_a, at=ACTED)
        if name == "reject":
            return actions.report_reject(**common, reason=RejectionReason.OUTSIDE_REMIT,
                                         text="Jalan nasional, bukan kewenangan kabupaten.",
                                         at=ACTED)
        if name == "forward":
            return actions.report_forward(**common, agency=self.agency_b,
                                          note="Yang bocor pipa PDAM.", at=ACTED)
        if name == "merge":
            return actions.report_merge(**common, into=ReportFactory(at=RECEIVED), at=ACTED)
        if name == "acknowledge":
            return actions.report_acknowledge(**common, at=ACTED)
        if name == "return":
            return actions.report_return(**common, reason="Jalan desa, urusan pemerintah desa.",
                                         at=ACTED)
        if name == "respond":
            return actions.report_respond(**common, message="Sudah kami tambal.", at=ACTED)
        if name == "hold":
            return actions.report_hold(**common, reason="Menunggu anggaran perubahan.",
                                       at=ACTED)
        if name == "resume":
            return actions.report_resume(**common, reason="Anggaran sudah turun.", at=ACTED)
        if name == "extend":
            return actions.report_extend(**common, reason="Dokumen ada di arsip kecamatan.",
                                         at=ACTED)
        if name == "assign":
            officer = self.officer_a if actor.user != self.officer_a else self.admin_a
            return actions.report_assign(**common, officer=officer, at=ACTED)
        if name == "close":
            return actions.report_close(**common, note="Terima kasih.", at=ACTED)
        if name == "reopen":
            return actions.report_reopen(**common, reason="Lubangnya muncul lagi.", at=ACTED)
        if name == "object":
            return actions.report_object(**common, reason="Dokumen tidak lengkap.", at=ACTED)
        if name == "answer_objection":
            return actions.report_answer_objection(**common, answer="Dokumen kami lampirkan.",
                                                   at=ACTED)
        if name == "message_post":
            return actions.message_post(**common, body="Lubangnya makin lebar.",
                                        visibility="public", at=ACTED)
        if name == "report_rate":
            return actions.report_rate(**common, score=4, comment="Cukup cepat.")
        raise AssertionError(name)


@pytest.fixture
def world(coordinator, officer_a, admin_a, officer_b, citizen, agency_a, agency_b):
    return World(coordinator, officer_a, admin_a, officer_b, citizen, agency_a, agency_b)


def written_for(report):
    """What the actions wrote about one report so far: its events and its audit entries."""
    events = list(Event.objects.filter(report=report).values_list("pk", flat=True))
    entries = list(
        AuditEntry.objects.filter(object_id=str(report.pk), action__startswith="report_")
        .values_list("pk", flat=True)
    )
    return events, entries


# --- the tables -----------------------------------------------------------------------------------

# (action, actor, starting state, kind)
ALLOWED = [
    ("dispose", "coordinator", Status.BARU, Kind.PENGADUAN),
    ("reject", "coordinator", Status.BARU, Kind.PENGADUAN),
    ("forward", "coordinator", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("forward", "coordinator", Status.DIPROSES, Kind.PENGADUAN),
    ("merge", "coordinator", Status.BARU, Kind.PENGADUAN),
    ("merge", "coordinator", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("acknowledge", "officer_a", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("acknowledge", "admin_a", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("return", "officer_a", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("return", "officer_a", Status.DIPROSES, Kind.PENGADUAN),
    ("respond", "officer_a", Status.DIPROSES, Kind.PENGADUAN),
    ("respond", "officer_a", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("hold", "officer_a", Status.DIPROSES, Kind.PENGADUAN),
    ("hold", "coordinator", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("resume", "officer_a", Status.DITUNDA, Kind.PENGADUAN),
    ("resume", "coordinator", Status.DITUNDA, Kind.PENGADUAN),
    ("extend", "officer_a", Status.DIPROSES, Kind.INFORMASI),
    ("extend", "coordinator", Status.DITUNDA, Kind.INFORMASI),
    ("assign", "officer_a", Status.DIPROSES, Kind.PENGADUAN),
    ("assign", "coordinator", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("close", "reporter", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("close", "coordinator", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("reopen", "reporter", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("object", "reporter", Status.DITINDAKLANJUTI, Kind.INFORMASI),
    ("object", "reporter", Status.SELESAI, Kind.INFORMASI),
    ("object", "reporter", Status.DITOLAK, Kind.INFORMASI),
    ("answer_objection", "admin_a", OBJECTED, Kind.INFORMASI),
    ("answer_objection", "coordinator", OBJECTED, Kind.INFORMASI),
    ("message_post", "reporter", Status.DIPROSES, Kind.PENGADUAN),
    ("message_post", "officer_a", Status.DIPROSES, Kind.PENGADUAN),
    ("message_post", "coordinator", Status.BARU, Kind.PENGADUAN),
    ("message_post", "officer_b", SUPPORTED, Kind.PENGADUAN),
    ("report_rate", "reporter", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("report_rate", "reporter", Status.SELESAI, Kind.PENGADUAN),
]

DENIED = [
    ("dispose", "officer_a", Status.BARU, Kind.PENGADUAN),
    ("dispose", "reporter", Status.BARU, Kind.PENGADUAN),
    ("dispose", "citizen", Status.BARU, Kind.PENGADUAN),
    ("reject", "officer_a", Status.BARU, Kind.PENGADUAN),
    ("reject", "reporter", Status.BARU, Kind.PENGADUAN),
    ("forward", "officer_a", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("forward", "officer_b", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("merge", "officer_a", Status.DIPROSES, Kind.PENGADUAN),
    ("merge", "reporter", Status.BARU, Kind.PENGADUAN),
    ("acknowledge", "coordinator", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("acknowledge", "officer_b", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("acknowledge", "reporter", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("return", "coordinator", Status.DIPROSES, Kind.PENGADUAN),
    ("return", "officer_b", Status.DIPROSES, Kind.PENGADUAN),
    ("respond", "coordinator", Status.DIPROSES, Kind.PENGADUAN),
    ("respond", "officer_b", Status.DIPROSES, Kind.PENGADUAN),
    ("respond", "officer_b", SUPPORTED, Kind.PENGADUAN),
    ("respond", "reporter", Status.DIPROSES, Kind.PENGADUAN),
    ("hold", "officer_b", Status.DIPROSES, Kind.PENGADUAN),
    ("hold", "reporter", Status.DIPROSES, Kind.PENGADUAN),
    ("resume", "officer_b", Status.DITUNDA, Kind.PENGADUAN),
    ("resume", "reporter", Status.DITUNDA, Kind.PENGADUAN),
    ("extend", "officer_b", Status.DIPROSES, Kind.INFORMASI),
    ("extend", "reporter", Status.DIPROSES, Kind.INFORMASI),
    ("assign", "officer_b", Status.DIPROSES, Kind.PENGADUAN),
    ("assign", "reporter", Status.DIPROSES, Kind.PENGADUAN),
    ("close", "officer_a", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("close", "officer_b", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("close", "citizen", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("reopen", "coordinator", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("reopen", "officer_a", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("object", "coordinator", Status.DITINDAKLANJUTI, Kind.INFORMASI),
    ("object", "officer_a", Status.DITINDAKLANJUTI, Kind.INFORMASI),
    ("answer_objection", "officer_a", OBJECTED, Kind.INFORMASI),
    ("answer_objection", "officer_b", OBJECTED, Kind.INFORMASI),
    ("answer_objection", "reporter", OBJECTED, Kind.INFORMASI),
    ("message_post", "officer_b", Status.DIPROSES, Kind.PENGADUAN),
    ("message_post", "citizen", Status.DIPROSES, Kind.PENGADUAN),
    ("message_post", "nobody", Status.DIPROSES, Kind.PENGADUAN),
    ("report_rate", "coordinator", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("report_rate", "officer_a", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
]

INVALID = [
    ("dispose", "coordinator", Status.DIDISPOSISIKAN, Kind.PENGADUAN),
    ("dispose", "coordinator", Status.DITOLAK, Kind.PENGADUAN),
    ("reject", "coordinator", Status.DIPROSES, Kind.PENGADUAN),
    ("forward", "coordinator", Status.BARU, Kind.PENGADUAN),
    ("forward", "coordinator", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("merge", "coordinator", Status.SELESAI, Kind.PENGADUAN),
    ("merge", "coordinator", Status.DITOLAK, Kind.PENGADUAN),
    ("acknowledge", "officer_a", Status.DIPROSES, Kind.PENGADUAN),
    ("return", "officer_a", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("respond", "officer_a", Status.DITUNDA, Kind.PENGADUAN),
    ("respond", "officer_a", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("hold", "officer_a", Status.DITINDAKLANJUTI, Kind.PENGADUAN),
    ("hold", "coordinator", Status.BARU, Kind.PENGADUAN),
    ("resume", "officer_a", Status.DIPROSES, Kind.PENGADUAN),
    ("extend", "officer_a", Status.DITINDAKLANJUTI, Kind.INFORMASI),
    ("assign", "coordinator", Status.BARU, Kind.PENGADUAN),
    ("assign", "coordinator", Status.SELESAI, Kind.PENGADUAN),
    ("close", "reporter", Status.DIPROSES, Kind.PENGADUAN),
    ("close", "coordinator", Status.BARU, Kind.PENGADUAN),
    ("reopen", "reporter", Status.DIPROSES, Kind.PENGADUAN),
    ("reopen", "reporter", Status.SELESAI, Kind.PENGADUAN),
    ("object", "reporter", Status.DIPROSES, Kind.INFORMASI),
    ("answer_objection", "coordinator", Status.DIPROSES, Kind.INFORMASI),
    ("message_post", "reporter", Status.DIGABUNG, Kind.PENGADUAN),
    ("report_rate", "reporter", Status.DIPROSES, Kind.PENGADUAN),
]


# action → the status it leads to (the others leave the status as it was)
EXPECTED_STATUS = {
    "dispose": Status.DIDISPOSISIKAN,
    "reject": Status.DITOLAK,
    "forward": Status.DIDISPOSISIKAN,
    "merge": Status.DIGABUNG,
    "acknowledge": Status.DIPROSES,
    "return": Status.BARU,
    "respond": Status.DITINDAKLANJUTI,
    "hold": Status.DITUNDA,
    "resume": Status.DIPROSES,
    "close": Status.SELESAI,
    "reopen": Status.DIPROSES,
}


def _ids(cases):
    return [f"{action}-{actor}-{state}-{kind}" for action, actor, state, kind in cases]


@pytest.mark.parametrize("table", [ALLOWED, DENIED, INVALID])
def test_every_action_is_in_every_table(table):
    assert {case[0] for case in table} == set(ALL_ACTIONS)


def test_the_allowed_cases_match_the_roles_and_states_in_the_rules():
    for action, _actor, state, _kind in ALLOWED:
        if action in ACTION_ROLES:
            start = Status.DITINDAKLANJUTI if state == OBJECTED else state
            assert start in ALLOWED_FROM[action], (action, state)


@pytest.mark.parametrize(("action", "actor", "state", "kind"), ALLOWED, ids=_ids(ALLOWED))
def test_allowed_role_takes_the_action(world, action, actor, state, kind):
    report = world.report_in(state, kind)
    expected = EXPECTED_STATUS.get(action, report.status)

    world.perform(action, report, world.actor(actor))

    report.refresh_from_db()
    assert report.status == expected


@pytest.mark.parametrize(("action", "actor", "state", "kind"), DENIED, ids=_ids(DENIED))
def test_denied_role_gets_permission_denied_and_nothing_changes(
    world, action, actor, state, kind
):
    report = world.report_in(state, kind)
    before = written_for(report)

    with pytest.raises(PermissionDenied):
        world.perform(action, report, world.actor(actor))

    assert Report.objects.get(pk=report.pk).status == report.status
    assert written_for(report) == before


@pytest.mark.parametrize(("action", "actor", "state", "kind"), INVALID, ids=_ids(INVALID))
def test_action_from_a_state_it_does_not_apply_to_is_an_invalid_transition(
    world, action, actor, state, kind
):
    report = world.report_in(state, kind)
    before = written_for(report)

    with pytest.raises(InvalidTransition) as raised:
        world.perform(action, report, world.actor(actor))

    assert raised.value.message
    assert Report.objects.get(pk=report.pk).status == report.status
    assert written_for(report) == before


# --- the timeline event and the audit entry of each action ------------------------------------

# action → (timeline event, shown to the public) — None: the action writes no event
EVENTS = {
    "dispose": ("dispose", True),
    "reject": ("reject", True),
    "forward": ("forward", True),
    "merge": ("merge", True),
    "acknowledge": ("acknowledge", True),
    "return": ("return", False),
    "respond": ("respond", True),
    "hold": ("hold", True),
    "resume": ("resume", True),
    "extend": ("extend", True),
    "assign": ("assign", False),
    "close": ("close", True),
    "reopen": ("reopen", True),
    "object": ("object", True),
    "answer_objection": ("answer_objection", True),
    "message_post": None,  # messages are the conversation, not timeline steps
    "report_rate": None,
}
AUDIT_ACTIONS = {"message_post": "report_message", "report_rate": "report_rate"}


@pytest.mark.parametrize(("action", "actor", "state", "kind"), ALLOWED, ids=_ids(ALLOWED))
def test_each_action_writes_its_timeline_event_and_one_audit_entry(
    world, action, actor, state, kind
):
    report = world.report_in(state, kind)
    from_status = report.status
    events_before, entries_before = written_for(report)
    acting = world.actor(actor)

    world.perform(action, report, acting)

    report.refresh_from_db()
    new_events = Event.objects.filter(report=report).exclude(pk__in=events_before)
    if EVENTS[action] is None:
        assert not new_events.exists()
    else:
        name, is_public = EVENTS[action]
        event = new_events.get()
        assert event.action == name
        assert event.from_status == from_status
        assert event.to_status == report.status
        assert event.is_public is is_public
        assert event.created_at == ACTED
        assert event.actor == acting.user
    entry = AuditEntry.objects.filter(object_id=str(report.pk)).exclude(
        pk__in=entries_before).get()
    assert entry.action == AUDIT_ACTIONS.get(action, f"report_{action}")
    assert entry.actor == acting.user
    assert entry.object_repr == report.tracking_code
    if action in EXPECTED_STATUS:
        assert entry.changes["status"] == [from_status, report.status]


def test_audit_entries_of_a_whole_lifecycle_never_carry_the_reporters_identity(world):
    coordinator, officer = staff(world.coordinator), staff(world.officer_a)
    report = ReportFactory(at=RECEIVED, privacy=Privacy.ANONIM, kind=Kind.INFORMASI)
    report = actions.report_dispose(report=report, actor=coordinator, agency=world.agency_b,
                                    privacy=Privacy.PUBLIK, at=RECEIVED)
    report = actions.report_forward(report=report, actor=coordinator, agency=world.agency_a,
                                    at=RECEIVED)
    report = actions.report_acknowledge(report=report, actor=officer, at=RECEIVED)
    actions.message_post(report=report, actor=REPORTER, body="Mohon dikirim ke email saya.",
                         visibility="public", at=RECEIVED)
    actions.message_post(report=report, actor=officer, body="Cek arsip.",
                         visibility="internal", at=RECEIVED)
    report = actions.report_hold(report=report, actor=officer, reason="Arsip dicari.",
                                 at=RECEIVED)
    report = actions.report_extend(report=report, actor=officer, reason="Arsip di gudang.",
                                   at=RECEIVED)
    report = actions.report_resume(report=report, actor=officer, at=ACTED)
    report = actions.report_respond(report=report, actor=officer, message="Terlampir.",
                                    at=ACTED)
    actions.report_rate(report=report, actor=REPORTER, score=2)
    report = actions.report_object(report=report, actor=REPORTER, reason="Kurang lengkap.",
                                   at=ACTED)
    actions.report_answer_objection(report=report, actor=staff(world.admin_a),
                                    answer="Sudah lengkap.", at=ACTED)
    actions.report_close(report=report, actor=REPORTER, at=ACTED)

    entries = AuditEntry.objects.filter(object_id=str(report.pk), action__startswith="report_")
    assert entries.count() == 14
    for entry in entries:
        text = " ".join([entry.actor_label, entry.object_repr, entry.note,
                         json.dumps(entry.changes, ensure_ascii=False)])
        for secret in (REPORTER_NAME, "Sumarni", REPORTER_EMAIL, REPORTER_PHONE,
                       REPORTER_PHONE_E164, "81234567890"):
            assert secret not in text, (entry.action, secret)


def test_audit_entries_do_not_name_an_anonim_reporter_who_sent_the_report_logged_in(world):
    citizen = world.citizen  # Suparno, who has an account and is logged in on the web form
    report, _key, _created = actions.report_submit(
        kind=Kind.PENGADUAN, title="Lampu jalan mati", body="Sudah sebulan mati.",
        privacy=Privacy.ANONIM, reporter=citizen, at=RECEIVED,
    )
    report = actions.report_dispose(report=report, actor=staff(world.coordinator),
                                    agency=world.agency_a, at=RECEIVED)
    actions.message_post(report=report, actor=staff(citizen), body="Masih mati.",
                         visibility="public", at=ACTED)

    entries = AuditEntry.objects.filter(object_id=str(report.pk))
    assert "Suparno" not in [entry.actor_label for entry in entries]
    assert not entries.filter(actor=citizen).exists()
    assert entries.get(action="report_submit").actor_label == "pelapor"
    assert entries.get(action="report_message").actor_label == "pelapor"


# --- intake -----------------------------------------------------------------------------------


def test_submit_stores_the_report_as_new_with_the_verification_clock_event_and_audit_entry(
    kecamatan, desa
):
    report = ReportFactory(at=RECEIVED, desa=desa, kecamatan=kecamatan,
                           reporter_email=" Sumarni.Wulandari@Contoh.ID ")

    report.refresh_from_db()
    assert report.status == Status.BARU
    assert report.channel == Channel.WEB
    assert report.created_at == RECEIVED
    assert report.reporter_email == REPORTER_EMAIL
    assert report.reporter_phone == REPORTER_PHONE_E164
    assert report.deadline_stage == Stage.VERIFICATION
    assert report.tracking_code.startswith("WSB-")
    event = Event.objects.get(report=report)
    assert (event.action, event.to_status, event.is_public) == ("submit", Status.BARU, True)
    entry = AuditEntry.objects.get(object_id=str(report.pk))
    assert entry.action == "report_submit"
    assert entry.changes == {"status": [None, "baru"], "kind": [None, "pengaduan"],
                             "channel": [None, "web"]}


def test_submit_fills_the_kecamatan_from_the_desa(desa):
    report = ReportFactory(at=RECEIVED, desa=desa)

    assert report.kecamatan == desa.parent


def test_submit_refuses_a_desa_outside_the_chosen_kecamatan(kecamatan, other_desa):
    with pytest.raises(ValidationError):
        ReportFactory(kecamatan=kecamatan, desa=other_desa)

    assert not Report.objects.exists()


def test_submit_refuses_an_impossible_phone_number():
    with pytest.raises(ValidationError):
        ReportFactory(reporter_phone="12")

    assert not Report.objects.exists()


@pytest.mark.parametrize(("field", "value"), [("kind", "gosip"), ("privacy", "semi")])
def test_submit_refuses_unknown_kind_or_privacy(field, value):
    with pytest.raises(ValidationError):
        ReportFactory(**{field: value})


def test_submit_with_the_same_idempotency_key_returns_the_first_report_and_no_key():
    first, key, created = actions.report_submit(
        kind=Kind.ASPIRASI, title="Taman kota", body="Mohon ditambah bangku.",
        idempotency_key="6f1c0d2e", at=RECEIVED,
    )
    again, second_key, created_again = actions.report_submit(
        kind=Kind.ASPIRASI, title="Taman kota", body="Mohon ditambah bangku.",
        idempotency_key="6f1c0d2e", at=RECEIVED,
    )

    assert (created, created_again) == (True, False)
    assert key
    assert second_key == ""
    assert again.pk == first.pk
    assert Report.objects.count() == 1
    assert AuditEntry.objects.filter(action="report_submit").count() == 1


def test_officer_entry_records_the_channel_and_the_officer_in_event_and_audit(officer_a):
    report, _key, _created = actions.report_submit(
        kind=Kind.PENGADUAN, title="Air mati", body="Lewat telepon.", channel=Channel.PHONE,
        entered_by=officer_a, at=RECEIVED,
    )

    assert report.entered_by == officer_a
    event = Event.objects.get(report=report)
    assert event.actor == officer_a
    assert event.note == report.get_channel_display()
    assert AuditEntry.objects.get(object_id=str(report.pk)).actor == officer_a


# --- coordinator actions -------------------------------------------------------------------------


def test_dispose_gives_the_report_to_the_lead_and_supporting_agencies(world):
    report = ReportFactory(at=RECEIVED)

    report = actions.report_dispose(
        report=report, actor=staff(world.coordinator), agency=world.agency_a,
        supporting=[world.agency_b, world.agency_a], note="Cek juga pipa PDAM.", at=ACTED,
    )

    assert report.lead_agency == world.agency_a
    assert list(report.supporting_agencies.all()) == [world.agency_b]
    assert report.disposed_at == ACTED
    assert report.deadline_stage == Stage.FOLLOW_UP
    event = Event.objects.get(report=report, action="dispose")
    assert event.agency == world.agency_a
    # The coordinator's note is for the agency only: an internal message, not the timeline.
    assert event.note == ""
    note = Message.objects.get(report=report)
    assert (note.visibility, note.body, note.author) == ("internal", "Cek juga pipa PDAM.",
                                                         world.coordinator)
    entry = AuditEntry.objects.get(action="report_dispose")
    assert entry.agency == world.agency_a
    assert entry.changes["lead_agency"] == ["", "DPUPR"]


def test_dispose_records_what_the_coordinator_corrected(world, kecamatan):
    report = ReportFactory(at=RECEIVED, kind=Kind.PERTANYAAN)

    actions.report_dispose(report=report, actor=staff(world.coordinator), agency=world.agency_a,
                           kind=Kind.PENGADUAN, privacy=Privacy.ANONIM, kecamatan=kecamatan,
                           at=ACTED)

    changes = AuditEntry.objects.get(action="report_dispose").changes
    assert changes["kind"] == ["pertanyaan", "pengaduan"]
    assert changes["privacy"] == ["publik", "anonim"]
    assert changes["kecamatan"] == ["", str(kecamatan)]


def test_dispose_to_an_inactive_agency_is_refused(world):
    world.agency_b.is_active = False
    world.agency_b.save()
    report = ReportFactory(at=RECEIVED)

    with pytest.raises(ValidationError):
        actions.report_dispose(report=report, actor=staff(world.coordinator),
                               agency=world.agency_b, at=ACTED)

    assert Report.objects.get(pk=report.pk).status == Status.BARU


def test_dispose_after_a_return_clears_the_returned_flag(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    report = actions.report_return(report=report, actor=staff(world.officer_a),
                                   reason="Bukan kewenangan kami.", at=ACTED)
    assert report.is_returned

    report = actions.report_dispose(report=report, actor=staff(world.coordinator),
                                    agency=world.agency_b, at=ACTED)

    assert not report.is_returned
    assert report.lead_agency == world.agency_b


def test_reject_needs_a_known_reason_and_stops_the_clock(world):
    report = ReportFactory(at=RECEIVED)
    with pytest.raises(ValidationError):
        actions.report_reject(report=report, actor=staff(world.coordinator), reason="malas")

    report = actions.report_reject(report=report, actor=staff(world.coordinator),
                                   reason=RejectionReason.ABUSIVE, text="Berisi makian.",
                                   at=ACTED)

    assert report.rejection_reason == RejectionReason.ABUSIVE
    assert report.closed_at == ACTED
    assert report.deadline is None
    assert "Berisi makian." in Event.objects.get(report=report, action="reject").note
    assert AuditEntry.objects.get(action="report_reject").changes["rejection_reason"] == [
        None, "abusive"]


def test_forward_moves_the_report_to_another_agency_and_clears_the_officer(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    assert report.assigned_to == world.officer_a

    report = actions.report_forward(report=report, actor=staff(world.coordinator),
                                    agency=world.agency_b, at=ACTED)

    assert report.lead_agency == world.agency_b
    assert report.assigned_to is None
    assert report.status == Status.DIDISPOSISIKAN
    assert AuditEntry.objects.get(action="report_forward").changes["lead_agency"] == [
        "DPUPR", "Tirta Aji"]


def test_forwarding_to_a_supporting_agency_makes_it_the_lead_only(world):
    report = disposed_report(world.coordinator, world.agency_a, at=RECEIVED,
                             supporting=[world.agency_b])

    report = actions.report_forward(report=report, actor=staff(world.coordinator),
                                    agency=world.agency_b, at=ACTED)

    assert report.lead_agency == world.agency_b
    assert world.agency_b not in report.supporting_agencies.all()


def test_forward_to_an_inactive_agency_is_refused(world):
    report = disposed_report(world.coordinator, world.agency_a, at=RECEIVED)
    world.agency_b.is_active = False
    world.agency_b.save()

    with pytest.raises(ValidationError):
        actions.report_forward(report=report, actor=staff(world.coordinator),
                               agency=world.agency_b)

    report.refresh_from_db()
    assert report.lead_agency == world.agency_a


def test_forward_to_the_same_agency_is_an_invalid_transition(world):
    report = disposed_report(world.coordinator, world.agency_a, at=RECEIVED)

    with pytest.raises(InvalidTransition):
        actions.report_forward(report=report, actor=staff(world.coordinator),
                               agency=world.agency_a)


def test_merge_points_the_duplicate_to_the_original_with_a_staff_only_event(world):
    original = disposed_report(world.coordinator, world.agency_a, at=RECEIVED)
    duplicate = ReportFactory(at=ACTED)

    duplicate = actions.report_merge(report=duplicate, actor=staff(world.coordinator),
                                     into=original, at=ACTED)

    assert duplicate.merged_into == original
    assert duplicate.closed_at == ACTED
    assert duplicate.deadline is None
    merged_in = Event.objects.get(report=original, action="merged_in")
    assert merged_in.note == duplicate.tracking_code
    assert merged_in.is_public is False
    assert Event.objects.get(report=duplicate, action="merge").note == original.tracking_code


def test_merge_into_itself_or_into_a_rejected_report_is_an_invalid_transition(world):
    report = ReportFactory(at=RECEIVED)
    rejected = rejected_report(world.coordinator, at=RECEIVED)

    with pytest.raises(InvalidTransition):
        actions.report_merge(report=report, actor=staff(world.coordinator), into=report)
    with pytest.raises(InvalidTransition):
        actions.report_merge(report=report, actor=staff(world.coordinator), into=rejected)


# --- agency actions ---------------------------------------------------------------------------


def test_acknowledge_assigns_the_officer_and_records_the_first_response(world):
    report = disposed_report(world.coordinator, world.agency_a, at=RECEIVED)

    report = actions.report_acknowledge(report=report, actor=staff(world.officer_a), at=ACTED)

    assert report.assigned_to == world.officer_a
    assert report.first_response_at == ACTED


def test_return_hands_the_report_back_with_a_staff_only_reason_and_a_new_verification_clock(
    world,
):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a,
                                at=RECEIVED, supporting=[world.agency_b])
    with pytest.raises(ValidationError):
        actions.report_return(report=report, actor=staff(world.officer_a), reason="  ")

    report = actions.report_return(report=report, actor=staff(world.officer_a),
                                   reason="Jalan provinsi.", at=ACTED)

    assert report.status == Status.BARU
    assert report.is_returned
    assert report.lead_agency is None
    assert report.assigned_to is None
    assert not report.supporting_agencies.exists()
    assert report.deadline_stage == Stage.VERIFICATION
    assert report.deadline == end_of(2026, 8, 7)
    event = Event.objects.get(report=report, action="return")
    assert (event.note, event.agency, event.is_public) == ("Jalan provinsi.", world.agency_a,
                                                           False)


def test_respond_posts_the_public_answer_stops_the_clock_and_sets_the_auto_close(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    with pytest.raises(ValidationError):
        actions.report_respond(report=report, actor=staff(world.officer_a), message=" ")

    report = actions.report_respond(report=report, actor=staff(world.officer_a),
                                    message="Sudah ditambal.", at=RECEIVED)

    answer = Message.objects.get(report=report)
    assert (answer.visibility, answer.author_agency, answer.from_reporter) == (
        "public", world.agency_a, False)
    assert report.responded_at == RECEIVED
    assert report.deadline is None
    assert report.deadline_stage == ""
    # Ten working days after Monday 3 August 2026 (17 August is Independence Day).
    assert report.auto_close_at == end_of(2026, 8, 18)


def test_hold_needs_a_reason(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)

    with pytest.raises(ValidationError):
        actions.report_hold(report=report, actor=staff(world.officer_a), reason="")

    assert Report.objects.get(pk=report.pk).status == Status.DIPROSES


def test_assign_only_to_someone_of_the_lead_agency_and_the_event_is_staff_only(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    with pytest.raises(ValidationError):
        actions.report_assign(report=report, actor=staff(world.coordinator),
                              officer=world.officer_b)

    report = actions.report_assign(report=report, actor=staff(world.coordinator),
                                   officer=world.admin_a, at=ACTED)

    assert report.assigned_to == world.admin_a
    event = Event.objects.get(report=report, action="assign")
    assert event.is_public is False
    assert AuditEntry.objects.get(action="report_assign").changes["assigned_to"] == [
        "Eko Prasetyo", "Bambang Sulistyo"]


def test_assign_to_nobody_unassigns(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)

    report = actions.report_assign(report=report, actor=staff(world.officer_a), officer=None)

    assert report.assigned_to is None


def test_answer_objection_without_an_open_objection_is_an_invalid_transition(world):
    report = answered_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED,
                             kind=Kind.INFORMASI)

    with pytest.raises(InvalidTransition):
        actions.report_answer_objection(report=report, actor=staff(world.admin_a),
                                        answer="Jawaban.")


def test_answer_objection_answers_publicly_and_stops_the_objection_clock(world):
    report = objected_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    assert report.deadline_stage == Stage.OBJECTION

    report = actions.report_answer_objection(report=report, actor=staff(world.admin_a),
                                             answer="Salinan SK kami lampirkan.", at=ACTED)

    objection = Objection.objects.get(report=report)
    assert (objection.answer, objection.answered_by, objection.answered_at) == (
        "Salinan SK kami lampirkan.", world.admin_a, ACTED)
    assert report.deadline is None
    assert Message.objects.filter(report=report, body="Salinan SK kami lampirkan.",
                                  visibility="public").exists()
    with pytest.raises(InvalidTransition):
        actions.report_answer_objection(report=report, actor=staff(world.admin_a),
                                        answer="Lagi.")


# --- reporter actions -------------------------------------------------------------------------


def test_reopen_needs_a_reason_and_restarts_the_follow_up_clock(world):
    report = answered_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    with pytest.raises(ValidationError):
        actions.report_reopen(report=report, actor=REPORTER, reason=" ", at=ACTED)

    report = actions.report_reopen(report=report, actor=REPORTER, reason="Belum beres.",
                                   at=ACTED)

    assert report.status == Status.DIPROSES
    assert report.auto_close_at is None
    assert report.deadline_stage == Stage.FOLLOW_UP
    assert report.deadline == end_of(2026, 8, 11)


def test_object_applies_to_information_requests_only_and_only_once(world):
    complaint = answered_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    with pytest.raises(InvalidTransition):
        actions.report_object(report=complaint, actor=REPORTER, reason="Tidak puas.")

    request = objected_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    with pytest.raises(InvalidTransition):
        actions.report_object(report=request, actor=REPORTER, reason="Sekali lagi.")

    assert Objection.objects.count() == 1


def test_object_needs_a_reason(world):
    report = answered_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED,
                             kind=Kind.INFORMASI)

    with pytest.raises(ValidationError):
        actions.report_object(report=report, actor=REPORTER, reason="", at=ACTED)

    assert not Objection.objects.exists()


def test_rate_once_with_a_score_from_one_to_five(world):
    report = answered_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)
    for score in (0, 6, "5"):
        with pytest.raises(ValidationError):
            actions.report_rate(report=report, actor=REPORTER, score=score)

    rating = actions.report_rate(report=report, actor=REPORTER, score=5, comment=" Cepat! ")

    assert (rating.score, rating.comment) == (5, "Cepat!")
    with pytest.raises(InvalidTransition):
        actions.report_rate(report=report, actor=REPORTER, score=1)
    assert Rating.objects.get().score == 5


def test_reporters_account_counts_as_the_reporter(world):
    report, _key, _created = actions.report_submit(
        kind=Kind.PENGADUAN, title="Sampah", body="Menumpuk.", reporter=world.citizen,
        at=RECEIVED,
    )
    report = actions.report_dispose(report=report, actor=staff(world.coordinator),
                                    agency=world.agency_a, at=RECEIVED)
    report = actions.report_respond(report=report, actor=staff(world.officer_a),
                                    message="Sudah diangkut.", at=RECEIVED)

    actions.report_rate(report=report, actor=staff(world.citizen), score=3)
    actions.report_close(report=report, actor=staff(world.citizen), at=ACTED)

    assert Report.objects.get(pk=report.pk).status == Status.SELESAI


# --- messages ---------------------------------------------------------------------------------


def test_reporter_message_is_public_marked_from_the_reporter_without_agency(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)

    message = actions.message_post(report=report, actor=REPORTER, body=" Foto terbaru. ",
                                   visibility="public", at=ACTED)

    assert (message.body, message.from_reporter, message.author, message.author_agency) == (
        "Foto terbaru.", True, None, None)


def test_reporter_cannot_write_an_internal_note(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)

    with pytest.raises(PermissionDenied):
        actions.message_post(report=report, actor=REPORTER, body="Rahasia.",
                             visibility="internal")

    assert not Message.objects.filter(report=report).exclude(visibility="public").exists()


def test_supporting_agency_writes_internal_notes_under_its_own_name(world):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a,
                                at=RECEIVED, supporting=[world.agency_b])

    note = actions.message_post(report=report, actor=staff(world.officer_b),
                                body="Pipa kami tidak bocor.", visibility="internal", at=ACTED)

    assert (note.author, note.author_agency, note.from_reporter) == (
        world.officer_b, world.agency_b, False)


def test_first_public_staff_reply_counts_as_the_first_response(world):
    report = disposed_report(world.coordinator, world.agency_a, at=RECEIVED)
    actions.message_post(report=report, actor=staff(world.officer_a), body="Catatan.",
                         visibility="internal", at=RECEIVED)
    assert Report.objects.get(pk=report.pk).first_response_at is None

    actions.message_post(report=report, actor=staff(world.officer_a), body="Kami cek besok.",
                         visibility="public", at=ACTED)

    assert Report.objects.get(pk=report.pk).first_response_at == ACTED


@pytest.mark.parametrize(("body", "visibility"), [("  ", "public"), ("Isi", "rahasia")])
def test_empty_message_or_unknown_visibility_is_refused(world, body, visibility):
    report = in_progress_report(world.coordinator, world.officer_a, world.agency_a, at=RECEIVED)

    with pytest.raises(ValidationError):
        actions.message_post(report=report, actor=staff(world.officer_a), body=body,
                             visibility=visibility)
