"""POST /api/v1/reports: anyone may send a report; retries with an Idempotency-Key are safe."""

import freezegun
import pytest

from jembatan.api import replays
from jembatan.api.models import SubmissionReplay
from jembatan.reports import codes
from jembatan.reports.api import _idempotency_key as replays_key
from jembatan.reports.models import Category, Channel, Report, Status

URL = "/api/v1/reports"


def test_anonymous_submit_creates_the_report(api, valid_payload):
    response = api.post(URL, valid_payload(privacy="anonim"))

    assert response.status_code == 201
    body = response.json()
    assert codes.TRACKING_CODE.match(body["tracking_code"])
    assert body["status"] == "baru"
    assert body["privacy"] == "anonim"
    assert body["deadline"]
    report = Report.objects.get(tracking_code=body["tracking_code"])
    assert report.channel == Channel.API
    assert report.kecamatan_id == "33.07.12"
    assert report.desa_id == "33.07.12.2004"
    assert report.reporter_name == "Wagiyem Sulastri"
    assert report.reporter is None
    assert codes.access_key_matches(body["access_key"], report.access_key_hash)


def test_the_access_key_opens_the_reporter_view(api, valid_payload):
    body = api.post(URL, valid_payload(privacy="rahasia")).json()

    response = api.get(f"{URL}/{body['tracking_code']}", key=body["access_key"])

    assert response.status_code == 200
    assert response.json()["view"] == "reporter"


def test_only_required_fields(api, jurisdiction):
    response = api.post(URL, {"kind": "pertanyaan", "title": "Jam buka Disdukcapil?",
                              "body": "Apakah Sabtu buka?"})

    assert response.status_code == 201
    report = Report.objects.get()
    assert report.privacy == "publik"
    assert report.kecamatan is None


def test_optional_fields_are_stored(api, valid_payload):
    Category.objects.create(name="Jalan dan Jembatan")

    response = api.post(URL, valid_payload(address="Depan SD N 1", latitude=-7.3123456789,
                                           longitude=109.9, category="jalan dan jembatan"))

    assert response.status_code == 201
    report = Report.objects.get()
    assert report.address == "Depan SD N 1"
    assert str(report.latitude) == "-7.312346"
    assert report.category.name == "Jalan dan Jembatan"


def test_desa_alone_fills_in_its_kecamatan(api, valid_payload):
    payload = valid_payload()
    del payload["kecamatan"]

    assert api.post(URL, payload).status_code == 201
    assert Report.objects.get().kecamatan_id == "33.07.12"


def test_idempotent_resubmit_returns_the_first_answer_with_its_access_key(api, valid_payload):
    # The first answer was lost on the way: the retry is the reporter's only way to the key.
    headers = {"Idempotency-Key": "9c1f7a52-0d7e-4c61-a0a8-2b1f3f0e8d11"}
    first = api.post(URL, valid_payload(), headers=headers)

    again = api.post(URL, valid_payload(), headers=headers)

    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json() == first.json()
    assert Report.objects.count() == 1
    follow = api.get(f"/api/v1/reports/{again.json()['tracking_code']}",
                     key=again.json()["access_key"])
    assert follow.status_code == 200
    assert follow.json()["reporter"]["name"] == "Wagiyem Sulastri"


def test_the_kept_answer_is_encrypted(api, valid_payload):
    first = api.post(URL, valid_payload(), headers={"Idempotency-Key": "kunci-1"})

    stored = SubmissionReplay.objects.get().response
    assert first.json()["access_key"] not in stored
    assert first.json()["tracking_code"] not in stored


def test_after_a_day_a_resubmit_gets_the_report_without_its_key(api, valid_payload,
                                                                  monkeypatch):
    monkeypatch.setattr(replays, "_last_purge", float("-inf"))
    headers = {"Idempotency-Key": "kunci-lama"}
    with freezegun.freeze_time("2026-12-01 08:00"):
        first = api.post(URL, valid_payload(), headers=headers)

    with freezegun.freeze_time("2026-12-02 08:01"):
        again = api.post(URL, valid_payload(), headers=headers)
        api.post(URL, valid_payload(), headers={"Idempotency-Key": "kunci-baru"})

    assert again.status_code == 200
    assert again.json()["tracking_code"] == first.json()["tracking_code"]
    assert "access_key" not in again.json()
    # Expired answers are deleted as new ones are kept.
    kept = SubmissionReplay.objects.get()
    assert kept.report.tracking_code != first.json()["tracking_code"]


def test_expired_answers_are_deleted_at_most_once_a_minute_in_a_process(api, valid_payload,
                                                                         monkeypatch):
    import datetime as dt

    from django.utils import timezone

    seconds = [1000.0]
    monkeypatch.setattr(replays, "_clock", lambda: seconds[0])
    monkeypatch.setattr(replays, "_last_purge", float("-inf"))
    api.post(URL, valid_payload(), headers={"Idempotency-Key": "kunci-1"})
    SubmissionReplay.objects.update(created_at=timezone.now() - dt.timedelta(days=2))

    seconds[0] += 30
    api.post(URL, valid_payload(), headers={"Idempotency-Key": "kunci-2"})
    assert SubmissionReplay.objects.count() == 2  # the last deletion was 30 s ago
    seconds[0] += 31
    api.post(URL, valid_payload(), headers={"Idempotency-Key": "kunci-3"})
    assert sorted(SubmissionReplay.objects.values_list("key", flat=True)) == sorted(
        replays_key(key) for key in ("kunci-2", "kunci-3"))


def test_the_same_key_with_another_caller_does_not_get_the_access_key(api, valid_payload,
                                                                       citizen_token):
    headers = {"Idempotency-Key": "kunci-bersama"}
    api.post(URL, valid_payload(), headers=headers)

    response = api.post(URL, valid_payload(), headers=headers, token=citizen_token)

    assert response.status_code == 409
    assert "access_key" not in response.json()


def test_the_same_key_with_another_body_is_409_even_with_the_same_title(api, valid_payload):
    headers = {"Idempotency-Key": "kunci-yang-sama"}
    api.post(URL, valid_payload(), headers=headers)

    response = api.post(URL, valid_payload(address="Jl. Lain No. 9"), headers=headers)

    assert response.status_code == 409
    assert response.json()["code"] == "idempotency_conflict"
    assert "access_key" not in response.json()


def test_different_keys_make_different_reports(api, valid_payload):
    api.post(URL, valid_payload(), headers={"Idempotency-Key": "satu"})
    api.post(URL, valid_payload(), headers={"Idempotency-Key": "dua"})

    assert Report.objects.count() == 2


def test_a_reused_key_does_not_reveal_another_report(api, valid_payload):
    headers = {"Idempotency-Key": "kunci-yang-sama"}
    api.post(URL, valid_payload(), headers=headers)

    response = api.post(URL, valid_payload(title="Laporan lain sama sekali"), headers=headers)

    assert response.status_code == 409
    assert response.json()["code"] == "idempotency_conflict"
    assert "tracking_code" not in response.json()
    assert Report.objects.count() == 1


def test_idempotency_key_is_stored_hashed(api, valid_payload):
    api.post(URL, valid_payload(), headers={"Idempotency-Key": "rahasia-klien"})

    stored = Report.objects.get().idempotency_key
    assert "rahasia-klien" not in stored


def test_a_token_links_the_report_to_the_account(api, valid_payload, citizen, citizen_token):
    response = api.post(URL, valid_payload(), token=citizen_token)

    assert response.status_code == 201
    assert Report.objects.get().reporter == citizen


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kecamatan", "33.07.99"),
        ("desa", "33.07.12.9999"),
        ("kecamatan", "33.07.12.2004"),  # a desa code where a kecamatan is expected
        ("desa", "33.07.12"),  # and the other way round
    ],
)
def test_unknown_region_codes_are_400(api, valid_payload, field, value):
    response = api.post(URL, valid_payload(**{field: value}))

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_region"
    assert not Report.objects.exists()


def test_desa_outside_the_kecamatan_is_400(api, valid_payload, other_kecamatan):
    response = api.post(URL, valid_payload(kecamatan="33.07.01"))

    assert response.status_code == 400
    assert not Report.objects.exists()


def test_unknown_category_is_400(api, valid_payload):
    response = api.post(URL, valid_payload(category="Tidak ada"))

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_category"


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "keluhan"},
        {"privacy": "umum"},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"body": "x" * 20_001},
        {"title": 12},
        {"body": ["a"]},
        {"reporter": "Budi"},
        {"reporter": {"email": "bukan-email"}},
        {"reporter": {"name": "x" * 151}},
        {"reporter": {"phone": "123"}},
        {"latitude": 91},
        {"latitude": "utara"},
        {"latitude": "NaN"},
        {"longitude": float("inf")},
        {"kecamatan": "3" * 500},
    ],
)
def test_bad_input_is_400(api, valid_payload, changes):
    response = api.post(URL, valid_payload(**changes))

    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] in ("invalid", "unknown_region")
    assert body["message"]
    assert not Report.objects.exists()


@pytest.mark.parametrize("missing", ["kind", "title", "body"])
def test_missing_required_field_is_400(api, valid_payload, missing):
    payload = valid_payload()
    del payload[missing]

    response = api.post(URL, payload)

    assert response.status_code == 400
    assert response.json()["details"][0]["loc"][-1] == missing


@pytest.mark.parametrize("raw", ["{", "null", "[]", '"teks"', "\x00\xff", "{\"kind\": }"])
def test_malformed_bodies_are_400(api, jurisdiction, raw):
    response = api.post(URL, raw=raw)

    assert response.status_code == 400
    assert set(response.json()) >= {"code", "message"}


def test_huge_idempotency_key_is_400(api, valid_payload):
    response = api.post(URL, valid_payload(), headers={"Idempotency-Key": "k" * 101})

    assert response.status_code == 400


def test_submit_is_rate_limited_per_address(api, valid_payload):
    statuses = [api.post(URL, valid_payload()).status_code for _ in range(21)]

    assert statuses[:20] == [201] * 20
    assert statuses[20] == 429
    assert Report.objects.count() == 20
    assert Report.objects.filter(status=Status.BARU).count() == 20
