"""Urgency: danger to life or property now."""

import pytest

from jembatan.triage.urgency import assess_urgency


@pytest.mark.parametrize(
    "text",
    [
        "Tolong!! Ada kebakaran rumah di RT 3 Kalibeber, api membesar sekarang",
        "Longsor menimpa rumah warga di Kejajar, ada yang tertimbun",
        "Kabel listrik putus menjuntai ke jalan dan masih menyala",
        "Anak saya hilang belum pulang sejak tadi siang",
    ],
)
def test_danger_happening_now_is_urgent(text):
    result = assess_urgency(text)

    assert result.is_urgent
    assert result.signals


@pytest.mark.parametrize(
    "text",
    [
        "Lampu jalan di depan rumah mati sudah seminggu",
        "Mohon info jadwal pembuatan KTP elektronik di kecamatan",
        "Usul sosialisasi mitigasi bencana longsor untuk warga tahun depan",
    ],
)
def test_ordinary_matters_are_not_urgent(text):
    assert not assess_urgency(text).is_urgent
