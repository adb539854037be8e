"""POST /api/v1/reports/{code}/actions: every action, the full loop, and each refusal."""

import pytest

from jembatan.core.actions import agency_update
from jembatan.reports.models import Message, Objection, Report, Status

from .conftest import REPORTER_NAME


def actions_url(code):
    return f"/api/v1/reports/{code}/actions"


@pytest.fixture
def new_report(submit):
    return submit(privacy="publik")


@pytest.fixture
def disposed(new_report, dispose, agency_a):
    report, key = new_report
    return dispose(report, agency_a), key


@pytest.fixture
def act(api):
    """act(report, payload, token=..., key=...) posts one action; gives the response."""

    def do(report, payload, **credentials):
        return api.post(actions_url(report.tracking_code), payload, **credentials)

    return do


def status_of(report):
    return Report.objects.get(pk=report.pk).status


def test_full_loop_through_the_api(api, valid_payload, agency_a, coordinator_token,
                                   officer_a_token):
    submitted = api.post("/api/v1/reports", valid_payload())
    assert submitted.status_code == 201
    code, key = submitted.json()["tracking_code"], submitted.json()["access_key"]
    report_url = f"/api/v1/reports/{code}"

    disposed = api.post(actions_url(code), {"action": "dispose", "agency": "dpupr",
                                            "note": "Mohon segera dicek."},
                        token=coordinator_token)
    assert disposed.status_code == 200
    assert disposed.json()["status"] == "didisposisikan"
    assert disposed.json()["agency"] == "dpupr"

    acknowledged = api.post(actions_url(code), {"action": "acknowledge"}, token=officer_a_token)
    assert acknowledged.status_code == 200
    assert acknowledged.json()["status"] == "diproses"
    assert acknowledged.json()["assigned_to"] == "petugas.dpupr"

    message = api.post(f"{report_url}/messages",
                       {"body": "Tim kami meninjau lokasi besok pagi.", "visibility": "public"},
                       token=officer_a_token)
    assert message.status_code == 201
    assert message.json()["author"] == "Eko Prasetyo"

    reply = api.post(f"{report_url}/messages", {"body": "Baik, saya tunggu."}, key=key)
    assert reply.status_code == 201
    assert reply.json()["author"] == "Pelapor"

    responded = api.post(actions_url(code), {"action": "respond",
                                             "message": "Lubang sudah ditambal."},
                         token=officer_a_token)
    assert responded.status_code == 200
    assert responded.json()["status"] == "ditindaklanjuti"

    rated = api.post(f"{report_url}/rating", {"score": 5, "comment": "Cepat sekali."}, key=key)
    assert rated.status_code == 201
    assert rated.json()["score"] == 5

    closed = api.post(actions_url(code), {"action": "close", "note": "Terima kasih."}, key=key)
    assert closed.status_code == 200
    assert closed.json()["status"] == "selesai"
    assert closed.json()["view"] == "reporter"

    public = api.get(report_url).json()
    assert public["status"] == "selesai"
    assert public["rating"]["score"] == 5
    assert [m["author"] for m in public["messages"]] == ["DPUPR", "Pelapor", "DPUPR"]
    assert [step["action"] for step in public["timeline"]] == [
        "submit", "dispose", "acknowledge", "respond", "close"
    ]
    assert "reporter" not in public


# --- refusals ---------------------------------------------------------------------------------


def test_no_credentials_is_401(act, disposed):
    response = act(disposed[0], {"action": "acknowledge"})

    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"
    assert status_of(disposed[0]) == Status.DIDISPOSISIKAN


def test_wrong_role_is_403(act, new_report, officer_b_token):
    response = act(new_report[0], {"action": "dispose", "agency": "perumda-tirta-aji"},
                   token=officer_b_token)

    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert status_of(new_report[0]) == Status.BARU


def test_wrong_role_beats_a_bad_payload(act, new_report, officer_b_token):
    response = act(new_report[0], {"action": "dispose", "agency": "tidak-ada"},
                   token=officer_b_token)

    assert response.status_code == 403


def test_citizen_account_may_not_dispose(act, new_report, citizen_token):
    assert act(new_report[0], {"action": "dispose", "agency": "dpupr"},
               token=citizen_token).status_code == 403


def test_reporter_may_not_dispose(act, new_report):
    report, key = new_report

    assert act(report, {"action": "dispose", "agency": "dpupr"}, key=key).status_code == 403


def test_wrong_access_key_is_401(act, disposed):
    response = act(disposed[0], {"action": "close"}, key="AAAA-BBBB-CCCC")

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_access_key"


def test_hidden_rahasia_report_is_404_not_403(act, submit, dispose, agency_a, officer_b_token):
    report, _key = submit(privacy="rahasia")
    dispose(report, agency_a)

    assert act(report, {"action": "acknowledge"}, token=officer_b_token).status_code == 404


def test_unknown_report_is_404(api, coordinator_token):
    response = api.post(actions_url("WSB-2222-22"), {"action": "acknowledge"},
                        token=coordinator_token)

    assert response.status_code == 404


def test_acknowledge_twice_is_409(act, disposed, officer_a_token):
    assert act(disposed[0], {"action": "acknowledge"}, token=officer_a_token).status_code == 200

    response = act(disposed[0], {"action": "acknowledge"}, token=officer_a_token)

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "conflict"
    assert body["message"]


def test_respond_twice_is_409(act, disposed, officer_a_token):
    payload = {"action": "respond", "message": "Sudah diperbaiki."}
    assert act(disposed[0], payload, token=officer_a_token).status_code == 200

    assert act(disposed[0], payload, token=officer_a_token).status_code == 409
    assert Message.objects.filter(report=disposed[0]).count() == 1


def test_dispose_a_disposed_report_is_409(act, disposed, coordinator_token):
    response = act(disposed[0], {"action": "dispose", "agency": "dpupr"},
                   token=coordinator_token)

    assert response.status_code == 409


def test_after_a_return_the_officer_no_longer_handles_it(act, disposed, officer_a_token):
    """The report is baru again and has no lead agency: acknowledging is a role problem."""
    returned = act(disposed[0], {"action": "return", "reason": "Jalan provinsi."},
                   token=officer_a_token)
    assert returned.status_code == 200
    assert returned.json()["status"] == "baru"
    assert returned.json()["view"] == "public"  # no longer handling staff

    response = act(disposed[0], {"action": "acknowledge"}, token=officer_a_token)

    assert response.status_code == 403


def test_after_returning_a_rahasia_report_the_answer_hides_the_reporter(
    act, submit, dispose, agency_a, officer_a_token
):
    report, _key = submit(privacy="rahasia")
    dispose(report, agency_a)

    response = act(report, {"action": "return", "reason": "Bukan wewenang."},
                   token=officer_a_token)

    assert response.status_code == 200
    assert "reporter" not in response.json()
    assert REPORTER_NAME not in response.content.decode()


@pytest.mark.parametrize(
    "payload",
    [
        {"action": "terbang"},
        {},
        {"action": None},
        {"action": 3},
    ],
)
def test_unknown_or_missing_action_is_400(act, disposed, coordinator_token, payload):
    response = act(disposed[0], payload, token=coordinator_token)

    assert response.status_code == 400
    assert response.json()["code"] in ("unknown_action", "invalid")


def test_unknown_action_names_the_problem(act, disposed, coordinator_token):
    response = act(disposed[0], {"action": "terbang"}, token=coordinator_token)

    assert response.json()["code"] == "unknown_action"


def test_malformed_json_is_400(api, disposed, coordinator_token):
    response = api.post(actions_url(disposed[0].tracking_code), raw="{action: dispose",
                        token=coordinator_token)

    assert response.status_code == 400
    assert response.json()["code"] == "malformed"


# --- each action ------------------------------------------------------------------------------


def test_dispose_with_everything(act, new_report, coordinator_token, agency_a, agency_b):
    response = act(new_report[0], {
        "action": "dispose", "agency": "dpupr", "supporting": ["perumda-tirta-aji"],
        "kind": "aspirasi", "privacy": "anonim", "kecamatan": "33.07.12",
        "desa": "33.07.12.2004", "note": "Koordinasi dengan PDAM.",
    }, token=coordinator_token)

    assert response.status_code == 200
    body = response.json()
    assert body["kind"] == "aspirasi"
    assert body["privacy"] == "anonim"
    assert body["supporting_agencies"] == ["perumda-tirta-aji"]


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"action": "dispose", "agency": "tidak-ada"}, "unknown_agency"),
        ({"action": "dispose", "agency": "dpupr", "supporting": ["tidak-ada"]}, "unknown_agency"),
        ({"action": "dispose", "agency": "dpupr", "kecamatan": "99.99"}, "unknown_region"),
        ({"action": "dispose", "agency": "dpupr", "kind": "lain"}, "invalid"),
        ({"action": "dispose"}, "invalid"),
        ({"action": "dispose", "agency": "dpupr", "supporting": "dpupr"}, "invalid"),
        ({"action": "dispose", "agency": "dpupr", "note": "x" * 5001}, "invalid"),
    ],
)
def test_dispose_bad_input_is_400(act, new_report, coordinator_token, agency_a, payload, code):
    response = act(new_report[0], payload, token=coordinator_token)

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert status_of(new_report[0]) == Status.BARU


def test_dispose_to_an_inactive_agency_is_400(act, new_report, coordinator, coordinator_token,
                                              agency_b):
    agency_update(agency=agency_b, actor=coordinator, is_active=False)

    response = act(new_report[0], {"action": "dispose", "agency": "perumda-tirta-aji"},
                   token=coordinator_token)

    assert response.status_code == 400


def test_reject(act, new_report, coordinator_token):
    response = act(new_report[0], {"action": "reject", "reason": "duplicate",
                                   "text": "Sama dengan laporan kemarin."},
                   token=coordinator_token)

    assert response.status_code == 200
    assert response.json()["status"] == "ditolak"
    assert response.json()["rejection_reason"] == "duplicate"


def test_reject_with_an_unknown_reason_is_400(act, new_report, coordinator_token):
    response = act(new_report[0], {"action": "reject", "reason": "malas"},
                   token=coordinator_token)

    assert response.status_code == 400


def test_return_needs_a_reason(act, disposed, officer_a_token):
    response = act(disposed[0], {"action": "return", "reason": "  "}, token=officer_a_token)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert status_of(disposed[0]) == Status.DIDISPOSISIKAN


def test_forward(act, disposed, coordinator_token, agency_b):
    response = act(disposed[0], {"action": "forward", "agency": "perumda-tirta-aji"},
                   token=coordinator_token)

    assert response.status_code == 200
    assert response.json()["agency"] == "perumda-tirta-aji"


def test_forward_to_the_same_agency_is_409(act, disposed, coordinator_token):
    response = act(disposed[0], {"action": "forward", "agency": "dpupr"},
                   token=coordinator_token)

    assert response.status_code == 409


def test_forward_to_an_inactive_agency_is_400(act, disposed, coordinator, coordinator_token,
                                              agency_b):
    agency_update(agency=agency_b, actor=coordinator, is_active=False)

    response = act(disposed[0], {"action": "forward", "agency": "perumda-tirta-aji"},
                   token=coordinator_token)

    assert response.status_code == 400


def test_hold_and_resume(act, disposed, officer_a_token):
    held = act(disposed[0], {"action": "hold", "reason": "Menunggu anggaran."},
               token=officer_a_token)
    assert held.status_code == 200
    assert held.json()["status"] == "ditunda"
    assert held.json()["deadline"] is None

    resumed = act(disposed[0], {"action": "resume"}, token=officer_a_token)

    assert resumed.status_code == 200
    assert resumed.json()["status"] == "didisposisikan"
    assert resumed.json()["deadline"] is not None


def test_resume_a_running_report_is_409(act, disposed, officer_a_token):
    assert act(disposed[0], {"action": "resume"}, token=officer_a_token).status_code == 409


def test_merge(act, submit, new_report, coordinator_token):
    original, _key = submit()

    response = act(new_report[0], {"action": "merge", "into": original.tracking_code.lower()},
                   token=coordinator_token)

    assert response.status_code == 200
    assert response.json()["status"] == "digabung"
    assert response.json()["merged_into"] == original.tracking_code


def test_merge_into_an_unknown_report_is_400(act, new_report, coordinator_token):
    response = act(new_report[0], {"action": "merge", "into": "WSB-2222-22"},
                   token=coordinator_token)

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_report"


def test_merge_into_itself_is_409(act, new_report, coordinator_token):
    response = act(new_report[0], {"action": "merge", "into": new_report[0].tracking_code},
                   token=coordinator_token)

    assert response.status_code == 409


def test_assign_and_unassign(act, disposed, officer_a_token, admin_a):
    assigned = act(disposed[0], {"action": "assign", "officer": "admin.dpupr"},
                   token=officer_a_token)
    assert assigned.status_code == 200
    assert assigned.json()["assigned_to"] == "admin.dpupr"

    cleared = act(disposed[0], {"action": "assign", "officer": None}, token=officer_a_token)

    assert cleared.status_code == 200
    assert cleared.json()["assigned_to"] is None


def test_assign_someone_outside_the_agency_is_400(act, disposed, coordinator_token, officer_b):
    response = act(disposed[0], {"action": "assign", "officer": "petugas.tirtaaji"},
                   token=coordinator_token)

    assert response.status_code == 400


def test_assign_an_unknown_user_is_400(act, disposed, coordinator_token):
    response = act(disposed[0], {"action": "assign", "officer": "siapa"},
                   token=coordinator_token)

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_officer"


def test_reopen_by_the_reporter(act, disposed, officer_a_token):
    report, key = disposed
    act(report, {"action": "respond", "message": "Sudah."}, token=officer_a_token)

    response = act(report, {"action": "reopen", "reason": "Belum, masih berlubang."}, key=key)

    assert response.status_code == 200
    assert response.json()["status"] == "diproses"


def test_staff_may_not_reopen(act, disposed, officer_a_token, coordinator_token):
    act(disposed[0], {"action": "respond", "message": "Sudah."}, token=officer_a_token)

    response = act(disposed[0], {"action": "reopen", "reason": "Coba."},
                   token=coordinator_token)

    assert response.status_code == 403


def test_coordinator_may_close(act, disposed, officer_a_token, coordinator_token):
    act(disposed[0], {"action": "respond", "message": "Sudah."}, token=officer_a_token)

    response = act(disposed[0], {"action": "close"}, token=coordinator_token)

    assert response.status_code == 200
    assert response.json()["status"] == "selesai"


@pytest.fixture
def information_request(submit, dispose, agency_a):
    report, key = submit(kind="informasi")
    return dispose(report, agency_a), key


def test_extend_an_information_request(act, information_request, officer_a_token):
    report, _key = information_request
    before = report.deadline

    response = act(report, {"action": "extend", "reason": "Data masih dihimpun dari desa."},
                   token=officer_a_token)

    assert response.status_code == 200
    assert Report.objects.get(pk=report.pk).deadline > before
    again = act(report, {"action": "extend", "reason": "Lagi."}, token=officer_a_token)
    assert again.status_code == 409


def test_extend_a_complaint_is_409(act, disposed, officer_a_token):
    response = act(disposed[0], {"action": "extend", "reason": "Perlu waktu."},
                   token=officer_a_token)

    assert response.status_code == 409


def test_objection_and_its_answer(act, api, information_request, officer_a_token,
                                  admin_a_token):
    report, key = information_request
    act(report, {"action": "respond", "message": "Data terlampir."}, token=officer_a_token)

    objected = act(report, {"action": "object", "reason": "Datanya tidak lengkap."}, key=key)
    assert objected.status_code == 200
    assert Objection.objects.filter(report=report).exists()

    by_officer = act(report, {"action": "answer_objection", "answer": "Tidak."},
                     token=officer_a_token)
    assert by_officer.status_code == 403

    answered = act(report, {"action": "answer_objection",
                            "answer": "Data lengkap kami kirim ulang."}, token=admin_a_token)
    assert answered.status_code == 200
    public = api.get(f"/api/v1/reports/{report.tracking_code}", key=key).json()
    assert public["messages"][-1]["body"] == "Data lengkap kami kirim ulang."
    assert public["messages"][-1]["author"] == "DPUPR"


def test_object_to_a_complaint_is_409(act, disposed, officer_a_token):
    report, key = disposed
    act(report, {"action": "respond", "message": "Sudah."}, token=officer_a_token)

    assert act(report, {"action": "object", "reason": "Tidak puas."}, key=key).status_code == 409
