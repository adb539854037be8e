"""Phone numbers are stored one way (+62…) whatever way they were typed."""

import pytest

from jembatan.core.phone import normalize_phone
from jembatan.core.tests.factories import UserFactory


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("081234567890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("+62 812-3456-7890", "+6281234567890"),
        ("812 3456 7890", "+6281234567890"),
        ("  0812 3456 7890  ", "+6281234567890"),
        ("(0286) 321123", "+62286321123"),
        ("0286 321123", "+62286321123"),
        ("+1 202-555-0143", "+12025550143"),
    ],
)
def test_plausible_numbers_are_normalized_to_e164(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize(
    "typed", ["", "   ", "abc", "12", "0812", "62", "+62", "0812345678901234567", None,
              "0812 3456 789x", "0812-3456-7890 (WA saja)", "O812 3456 7890"]
)
def test_implausible_or_empty_numbers_give_none(typed):
    assert normalize_phone(typed) is None


@pytest.mark.django_db
def test_user_phone_is_stored_as_e164():
    user = UserFactory(phone="0813-2901-4478")

    user.refresh_from_db()
    assert user.phone == "+6281329014478"


@pytest.mark.django_db
def test_user_phone_that_is_not_a_number_is_kept_as_typed():
    user = UserFactory(phone="tanya RT")

    user.refresh_from_db()
    assert user.phone == "tanya RT"


@pytest.mark.django_db
def test_user_email_is_stored_in_lower_case():
    user = UserFactory(email="  Petugas.DPUPR@WonosoboKab.go.id ")

    user.refresh_from_db()
    assert user.email == "petugas.dpupr@wonosobokab.go.id"
