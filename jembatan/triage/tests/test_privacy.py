"""Personal data masking in text shown to the public."""

import pytest

from jembatan.triage.privacy import find_personal_data, mask_personal_data


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("NIK saya 3307123456780001 mohon dicek", "nik"),
        ("nomor kk 3307011203040005 belum muncul", "kk"),
        ("hubungi saya di 0812-3456-7890 ya", "phone"),
        ("WA +62 857 1234 9876", "phone"),
        ("email saya budi.santoso@contoh.id", "email"),
        ("transfer ke rek BRI 0123 4567 8901 234", "bank_account"),
    ],
)
def test_each_kind_of_personal_data_is_found(text, kind):
    assert kind in {finding.kind for finding in find_personal_data(text)}


def test_masking_replaces_the_data_and_keeps_the_rest_of_the_text():
    masked = mask_personal_data("NIK 3307123456780001, HP 081234567890. Jalan rusak parah.")

    assert "3307123456780001" not in masked
    assert "081234567890" not in masked
    assert masked.endswith("Jalan rusak parah.")


def test_text_without_personal_data_is_unchanged():
    text = "Lampu jalan di depan Pasar Induk mati sejak 3 hari, tinggi tiang 7 meter."

    assert mask_personal_data(text) == text


def test_empty_text_stays_empty():
    assert mask_personal_data("") == ""
