"""Personal data in text that would be shown publicly: NIK, KK numbers, phone numbers, email
addresses, bank account numbers and house numbers are masked in public views; staff still see
the original. The patterns are data (lexicon/pii.tsv).

A public body's own published contact (its office phone, its email) is not personal data: the
caller passes those as `keep` so an answer that says where to call stays useful.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext as _

from jembatan.triage import lexicon


def _labels() -> dict[str, str]:
    return {
        "nik": _("NIK hidden"),
        "kk": _("KK number hidden"),
        "phone": _("phone number hidden"),
        "email": _("email hidden"),
        "bank_account": _("account number hidden"),
        "npwp": _("NPWP hidden"),
        "house_number": _("house number hidden"),
    }


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    compiled = []
    for kind, regex in lexicon.pii_patterns():
        try:
            compiled.append((kind.lower(), re.compile(regex, re.I)))
        except re.error:
            continue
    return tuple(compiled)


def find_personal_data(text: str) -> list[Finding]:
    """Non-overlapping findings, earliest first; longer matches win on overlaps."""
    found = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(text or ""):
            start, end = match.span(match.lastindex or 0) if match.lastindex else match.span()
            if end > start:
                found.append(Finding(kind, start, end))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    result: list[Finding] = []
    for finding in found:
        if result and finding.start < result[-1].end:
            continue
        result.append(finding)
    return result


def contact_key(value: str) -> str:
    """One spelling per contact: an email in lower case, a number as its digits with the
    country code 62 written as the leading 0 (+62 286 321234 and (0286) 321234 are one)."""
    value = (value or "").strip()
    if "@" in value:
        return value.lower()
    digits = re.sub(r"\D", "", value)
    return "0" + digits[2:] if digits.startswith("62") else digits


def contact_keys(values: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in map(contact_key, values) if key)


def mask_personal_data(text: str, *, keep: Collection[str] = ()) -> str:
    """The text with each piece of personal data replaced by a bracketed note; phone numbers
    and emails whose `contact_key` is in `keep` stay as written."""
    if not text:
        return text
    labels = _labels()
    pieces, last = [], 0
    for finding in find_personal_data(text):
        if keep and finding.kind in ("phone", "email") \
                and contact_key(text[finding.start:finding.end]) in keep:
            continue
        pieces.append(text[last:finding.start])
        pieces.append(f"[{labels.get(finding.kind, _('personal data hidden'))}]")
        last = finding.end
    pieces.append(text[last:])
    return "".join(pieces)
