"""Tracking codes and access keys: readable aloud, typed on a phone, copied by hand."""

import re

import pytest

from jembatan.reports import codes
from jembatan.reports.tests.factories import ReportFactory

AMBIGUOUS = set("0O1I")
ACCESS_KEY = re.compile(r"^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")


def test_the_alphabet_has_no_ambiguous_characters():
    assert not AMBIGUOUS & set(codes.ALPHABET)
    assert len(set(codes.ALPHABET)) == 32


def test_tracking_codes_match_the_pattern_and_never_contain_0_o_1_or_i():
    for _ in range(500):
        code = codes.new_tracking_code("WSB")

        assert codes.TRACKING_CODE.match(code), code
        prefix, *random_parts = code.split("-")
        assert prefix == "WSB"
        assert not AMBIGUOUS & set("".join(random_parts)), code


@pytest.mark.parametrize("code", ["WSB-7KX3-9P", "BANYU-2345-ZZ"])
def test_tracking_code_pattern_accepts_valid_codes(code):
    assert codes.TRACKING_CODE.match(code)


@pytest.mark.parametrize(
    "code", ["WSB-7KX0-9P", "WSB-7KXO-9P", "WSB-7KX1-9P", "WSB-7KXI-9P", "wsb-7kx3-9p",
             "WS-7KX3-9P", "WSB-7KX3-9PQ", "WSB7KX39P"],
)
def test_tracking_code_pattern_refuses_ambiguous_or_malformed_codes(code):
    assert not codes.TRACKING_CODE.match(code)


def test_access_keys_have_three_groups_of_four_unambiguous_characters():
    for _ in range(500):
        key = codes.new_access_key()

        assert ACCESS_KEY.match(key), key


@pytest.mark.parametrize(
    "typed", ["K7MX-3PQR-9WZT", "k7mx-3pqr-9wzt", "k7mx 3pqr 9wzt", " K7MX3PQR9WZT ",
              "k7 mx-3p qr-9wzt"],
)
def test_access_key_verifies_after_normalisation(typed):
    stored = codes.hash_access_key("K7MX-3PQR-9WZT")

    assert codes.normalize_access_key(typed) == "K7MX-3PQR-9WZT"
    assert codes.access_key_matches(typed, stored)


@pytest.mark.parametrize("typed", ["K7MX-3PQR-9WZA", "K7MX-3PQR", "", None])
def test_a_wrong_or_empty_access_key_does_not_verify(typed):
    assert not codes.access_key_matches(typed, codes.hash_access_key("K7MX-3PQR-9WZT"))


def test_an_empty_stored_hash_never_verifies():
    assert not codes.access_key_matches("K7MX-3PQR-9WZT", "")


def test_the_access_key_is_stored_only_as_its_hash():
    stored = codes.hash_access_key("K7MX-3PQR-9WZT")

    assert "K7MX" not in stored
    assert re.fullmatch(r"[0-9a-f]{64}", stored)


def test_tracking_codes_are_normalised_from_what_people_type():
    assert codes.normalize_tracking_code(" wsb-7kx3 -9p ") == "WSB-7KX3-9P"
    assert codes.normalize_tracking_code(None) == ""


@pytest.mark.django_db
def test_a_submitted_report_gets_a_valid_code_with_the_jurisdictions_prefix_and_a_key(
    jurisdiction,
):
    report = ReportFactory()

    assert codes.TRACKING_CODE.match(report.tracking_code)
    assert report.tracking_code.startswith(f"{jurisdiction.code}-")
    assert ACCESS_KEY.match(report.access_key)
    assert codes.access_key_matches(report.access_key.lower(), report.access_key_hash)
    assert report.access_key not in report.access_key_hash


@pytest.mark.django_db
@pytest.mark.without_jurisdiction
def test_without_a_jurisdiction_codes_start_with_jbt():
    report = ReportFactory()

    assert report.tracking_code.startswith("JBT-")
    assert codes.TRACKING_CODE.match(report.tracking_code)
