"""Citizen reports of the Wonosobo demo, with the agencies' answers, and the other texts the demo
needs; read from `reports.toml` and `texts.toml` next to this module."""

from __future__ import annotations

from pathlib import Path

from jembatan.core.demo.files import read_demo_file

HERE = Path(__file__).resolve().parent

_texts = read_demo_file(__file__, "texts.toml")

REPORT_TEMPLATES: list[dict] = read_demo_file(__file__, "reports.toml")["report"]
REPORTER_NAMES: list[str] = _texts["reporter_names"]
INTERNAL_NOTES: list[str] = _texts["internal_notes"]
RETURN_REASONS: list[str] = _texts["return_reasons"]
HOLD_REASONS: list[str] = _texts["hold_reasons"]
REOPEN_REASONS: list[str] = _texts["reopen_reasons"]
# Keyed by reason of rejection, in the file's order (the demo draws from this order).
REJECTION_TEXTS: dict[str, list[str]] = _texts["rejection_texts"]
# TOML keys are strings; the demo looks comments up by the integer score.
RATING_COMMENTS: dict[int, list[str]] = {
    int(score): comments for score, comments in _texts["rating_comments"].items()
}
# A canned response without an agency is one every agency may use.
CANNED_RESPONSES: list[dict] = [
    {**item, "agency": item.get("agency")} for item in _texts["canned_response"]
]
