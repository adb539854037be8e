"""Personal data masking in text shown to the public."""

import pytest
from django.utils import translation

from jembatan.triage.privacy import contact_keys, find_personal_data, mask_personal_data


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


@pytest.mark.parametrize(
    ("text", "street", "number"),
    [
        ("Rumah saya di Jl. Kanari No. 7, Wonosobo", "Jl. Kanari No. [", "No. 7"),
        ("tinggal di Jalan Pemuda nomor 12A dekat pasar", "Jalan Pemuda nomor [", "12A"),
        ("Gg. Melati no 3/4", "Gg. Melati no [", "3/4"),
        ("Perum Asri Blok C No. 15", "Blok C No. [", "15"),
    ],
)
def test_a_house_number_is_masked_and_the_street_stays_readable(text, street, number):
    with translation.override("en"):
        masked = mask_personal_data(text)

    assert street + "house number hidden]" in masked
    assert number not in masked


def test_a_street_without_a_house_number_is_a_place_and_stays():
    text = "Jalan Kanari rusak dari pertigaan sampai jembatan, sekitar 7 meter."

    assert mask_personal_data(text) == text


def test_kept_contacts_stay_in_any_spelling_and_others_are_masked():
    keep = contact_keys(["(0286) 321234", "Humas@Wonosobokab.go.id"])
    text = ("Hubungi kantor di 0286-321234 atau +62 286 321234 atau humas@wonosobokab.go.id; "
            "Bapak pelapor di 0812 3456 7890 atau bapak@contoh.id.")

    masked = mask_personal_data(text, keep=keep)

    assert "0286-321234" in masked
    assert "+62 286 321234" in masked
    assert "humas@wonosobokab.go.id" in masked
    assert "0812 3456 7890" not in masked
    assert "bapak@contoh.id" not in masked


@pytest.mark.parametrize("text", [
    "Perbaikan jalan sesuai Perbup No. 12 Tahun 2023 sudah dianggarkan.",
    "Pelebaran jalan mengacu pada Perda nomor 3 tahun 2021.",
    "Jalan kabupaten diatur dalam surat edaran No. 5.",
])
def test_a_regulation_cited_after_a_road_is_not_a_house_number(text):
    assert mask_personal_data(text) == text
