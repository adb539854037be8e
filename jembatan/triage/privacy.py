"""Personal data in text that would be shown publicly: NIK, KK numbers, phone numbers, email
addresses and bank account numbers are masked in public views; staff still see the original.
The patterns are data (lexicon/pii.tsv)."""

from __future__ import annotations

import re
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


def mask_personal_data(text: str) -> str:
    """The text with each piece of personal data replaced by a bracketed note."""
    if not text:
        return text
    labels = _labels()
    pieces, last = [], 0
    for finding in find_personal_data(text):
        pieces.append(text[last:finding.start])
        pieces.append(f"[{labels.get(finding.kind, _('personal data hidden'))}]")
        last = finding.end
    pieces.append(text[last:])
    return "".join(pieces)
