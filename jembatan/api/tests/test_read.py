"""GET /api/v1/reports/{code}: each caller sees what the rules allow, and nothing more.

The reporter's identity of an anonim report reaches only coordinators and the reporter; a
rahasia report does not exist for the public or for agencies that do not handle it.
"""

import pytest

from jembatan.core.workflow import Actor
from jembatan.reports import actions

from .conftest import REPORTER_EMAIL, REPORTER_NAME

IDENTITY = (REPORTER_NAME, "Wagiyem", REPORTER_EMAIL, "81222334455")


def url(report):
    return f"/api/v1/reports/{report.tracking_code}"


def assert_no_identity(response):
    text = response.content.decode()
    for fragment in IDENTITY:
        assert fragment not in text
    assert "reporter" not in response.json()


def assert_identity(response):
    reporter = response.json()["reporter"]
    assert reporter["name"] == REPORTER_NAME
    assert reporter["email"] == REPORTER_EMAIL
    assert reporter["phone"] == "+6281222334455"


@pytest.fixture
def anonim(submit, dispose, agency_a):
    report, key = submit(privacy="anonim")
    return dispose(report, agency_a), key


@pytest.fixture
def rahasia(submit, dispose, agency_a):
    report, key = submit(privacy="rahasia")
    return dispose(report, agency_a), key


@pytest.fixture
def publik(submit, dispose, agency_a):
    report, key = submit(privacy="publik")
    return dispose(report, agency_a), key


# --- anonim -----------------------------------------------------------------------------------


def test_anonim_public_sees_content_but_no_reporter(api, anonim):
    response = api.get(url(anonim[0]))

    assert response.status_code == 200
    assert response.json()["view"] == "public"
    assert response.json()["title"] == anonim[0].title
    assert_no_identity(response)


def test_anonim_reporter_sees_themself(api, anonim):
    report, key = anonim

    response = api.get(url(report), key=key)

    assert response.status_code == 200
    assert response.json()["view"] == "reporter"
    assert_identity(response)


def test_anonim_lead_officer_does_not_see_the_reporter(api, anonim, officer_a_token):
    response = api.get(url(anonim[0]), token=officer_a_token)

    assert response.status_code == 200
    assert response.json()["view"] == "staff"
    assert_no_identity(response)


def test_anonim_agency_admin_does_not_see_the_reporter(api, anonim, admin_a_token):
    response = api.get(url(anonim[0]), token=admin_a_token)

    assert response.status_code == 200
    assert_no_identity(response)


def test_anonim_officer_of_another_agency_sees_the_public_view(api, anonim, officer_b_token):
    response = api.get(url(anonim[0]), token=officer_b_token)

    assert response.status_code == 200
    assert response.json()["view"] == "public"
    assert_no_identity(response)


def test_anonim_supporting_agency_does_not_see_the_reporter(
    api, submit, dispose, agency_a, agency_b, officer_b_token
):
    report, _key = submit(privacy="anonim")
    dispose(report, agency_a, supporting=[agency_b])

    response = api.get(url(report), token=officer_b_token)

    assert response.json()["view"] == "staff"
    assert response.json()["supporting_agencies"] == ["perumda-tirta-aji"]
    assert_no_identity(response)


def test_anonim_coordinator_sees_the_reporter(api, anonim, coordinator_token):
    response = api.get(url(anonim[0]), token=coordinator_token)

    assert response.status_code == 200
    assert_identity(response)


def test_anonim_citizen_account_is_never_named_to_staff(
    api, valid_payload, citizen_token, coordinator, agency_a, officer_a, officer_a_token, token_for
):
    """The reporter's account name must not leak through messages or the timeline either."""
    code = api.post("/api/v1/reports", valid_payload(privacy="anonim"),
                    token=citizen_token).json()["tracking_code"]
    base = f"/api/v1/reports/{code}"
    api.post(f"{base}/actions", {"action": "dispose", "agency": "dpupr"},
             token=token_for(coordinator))
    api.post(f"{base}/actions", {"action": "respond", "message": "Sudah kami perbaiki."},
             token=officer_a_token)
    assert api.post(f"{base}/messages", {"body": "Terima kasih, sudah beres."},
                    token=citizen_token).status_code == 201
    assert api.post(f"{base}/actions", {"action": "close"},
                    token=citizen_token).status_code == 200

    response = api.get(base, token=officer_a_token)

    text = response.content.decode()
    assert "Suparno" not in text
    assert "warga" not in text
    assert_no_identity(response)
    messages = response.json()["messages"]
    assert [m["author"] for m in messages] == ["Eko Prasetyo", "Pelapor"]
    close_step = response.json()["timeline"][-1]
    assert close_step["action"] == "close"
    assert close_step["actor"] == "Pelapor"


def test_anonim_coordinator_sees_the_account(api, valid_payload, citizen_token, coordinator_token):
    code = api.post("/api/v1/reports", valid_payload(privacy="anonim"),
                    token=citizen_token).json()["tracking_code"]

    response = api.get(f"/api/v1/reports/{code}", token=coordinator_token)

    assert response.json()["reporter"]["account"] == "warga"


# --- rahasia ----------------------------------------------------------------------------------


def test_rahasia_is_404_for_the_public(api, rahasia):
    response = api.get(url(rahasia[0]))

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert rahasia[0].title not in response.content.decode()


def test_rahasia_is_404_for_an_agency_that_does_not_handle_it(api, rahasia, officer_b_token):
    assert api.get(url(rahasia[0]), token=officer_b_token).status_code == 404


def test_rahasia_is_404_for_a_citizen_account(api, rahasia, citizen_token):
    assert api.get(url(rahasia[0]), token=citizen_token).status_code == 404


def test_rahasia_wrong_access_key_is_still_404(api, rahasia):
    assert api.get(url(rahasia[0]), key="AAAA-BBBB-CCCC").status_code == 404


def test_rahasia_reporter_sees_it(api, rahasia):
    report, key = rahasia

    response = api.get(url(report), key=key.lower().replace("-", ""))

    assert response.status_code == 200
    assert_identity(response)


def test_rahasia_lead_officer_sees_it_with_the_reporter(api, rahasia, officer_a_token):
    response = api.get(url(rahasia[0]), token=officer_a_token)

    assert response.status_code == 200
    assert response.json()["view"] == "staff"
    assert_identity(response)


def test_rahasia_coordinator_sees_it(api, rahasia, coordinator_token):
    response = api.get(url(rahasia[0]), token=coordinator_token)

    assert response.status_code == 200
    assert_identity(response)


# --- publik and the body ----------------------------------------------------------------------


def test_publik_public_view_has_no_reporter_key(api, publik):
    response = api.get(url(publik[0]))

    assert response.status_code == 200
    assert_no_identity(response)


def test_publik_lead_officer_sees_the_reporter(api, publik, officer_a_token):
    assert_identity(api.get(url(publik[0]), token=officer_a_token))


def test_fields_of_the_report(api, publik):
    body = api.get(url(publik[0])).json()

    assert body["tracking_code"] == publik[0].tracking_code
    assert body["kind"] == "pengaduan"
    assert body["status"] == "didisposisikan"
    assert body["privacy"] == "publik"
    assert body["channel"] == "web"
    assert body["agency"] == "dpupr"
    assert body["kecamatan"] == "33.07.12"
    assert body["desa"] == "33.07.12.2004"
    assert body["deadline"].startswith("20")
    assert body["deadline_explanation"]
    assert all(isinstance(line, str) for line in body["deadline_explanation"])
    assert body["overdue"] is False
    assert body["rating"] is None
    assert body["merged_into"] is None
    assert [step["action"] for step in body["timeline"]] == ["submit", "dispose"]
    assert "actor" not in body["timeline"][0]
    assert "assigned_to" not in body
    assert "address" not in body


def test_new_report_has_no_agency(api, submit):
    report, _key = submit()

    body = api.get(url(report)).json()

    assert body["agency"] is None
    assert body["status"] == "baru"


def test_internal_notes_only_for_staff(api, publik, officer_a, officer_a_token):
    report, key = publik
    actions.message_post(report=report, actor=Actor(user=officer_a),
                         body="Catatan dalam: anggaran belum turun.", visibility="internal")
    actions.message_post(report=report, actor=Actor(user=officer_a),
                         body="Tim kami akan meninjau lokasi.", visibility="public")

    public = api.get(url(report)).json()["messages"]
    reporter = api.get(url(report), key=key).json()["messages"]
    staff = api.get(url(report), token=officer_a_token).json()["messages"]

    assert [m["body"] for m in public] == ["Tim kami akan meninjau lokasi."]
    assert [m["author"] for m in public] == ["DPUPR"]
    assert reporter == public
    assert [m["visibility"] for m in staff] == ["internal", "public"]
    assert {m["author"] for m in staff} == {"Eko Prasetyo"}


def test_coordinator_messages_are_signed_with_the_jurisdiction(api, publik, coordinator,
                                                                coordinator_token):
    actions.message_post(report=publik[0], actor=Actor(user=coordinator),
                         body="Laporan sudah kami teruskan.", visibility="public")

    public = api.get(url(publik[0])).json()["messages"]
    staff = api.get(url(publik[0]), token=coordinator_token).json()["messages"]

    assert [m["author"] for m in public] == ["Kab. Wonosobo"]
    assert [m["author"] for m in staff] == ["Sri Wahyuningsih"]


def test_returned_report_hides_the_internal_step_from_the_public(api, publik, officer_a):
    actions.report_return(report=publik[0], actor=Actor(user=officer_a),
                          reason="Bukan wewenang kami, ini jalan provinsi.")

    body = api.get(url(publik[0])).json()

    assert [step["action"] for step in body["timeline"]] == ["submit", "dispose"]
    assert "provinsi" not in str(body)


def test_wrong_access_key_is_401(api, publik):
    response = api.get(url(publik[0]), key="AAAA-BBBB-CCCC")

    assert response.status_code == 401
    assert response.json()["code"] == "invalid_access_key"


def test_unknown_code_is_404(api, db):
    response = api.get("/api/v1/reports/WSB-2222-22")

    assert response.status_code == 404
    assert set(response.json()) == {"code", "message"}


def test_lower_case_code_is_accepted(api, publik):
    response = api.get(f"/api/v1/reports/{publik[0].tracking_code.lower()}")

    assert response.status_code == 200


def test_huge_access_key_is_400(api, publik):
    assert api.get(url(publik[0]), key="K" * 5000).status_code == 400
