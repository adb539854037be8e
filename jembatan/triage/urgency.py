"""Urgency: danger to life or property happening now (fire, landslide, rising flood, someone
injured, a live cable down, a missing child…). Urgent messages jump the queue and the
coordinators (and the suggested agency) are told at once, whatever the clock says.

Weighted phrases in lexicon/urgency.tsv: strong signals count 3, context words 1, and words that
place the event in the past or in a plan count negatively.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jembatan.triage import lexicon, normalize

THRESHOLD = 3.0


@dataclass
class UrgencyResult:
    is_urgent: bool
    score: float
    categories: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)


def assess_urgency(text: str) -> UrgencyResult:
    raw = f" {' '.join((text or '').lower().split())} "
    standard = normalize.phrase_text(text)
    score, categories, signals = 0.0, [], []
    for pattern, category, weight in lexicon.urgency_patterns():
        needle = f" {pattern} "
        if needle in raw or needle in standard:
            score += weight
            if weight > 0:
                signals.append(pattern)
                if category not in categories:
                    categories.append(category)
    has_strong = any(weight >= 3 and (f" {p} " in raw or f" {p} " in standard)
                     for p, _c, weight in lexicon.urgency_patterns())
    return UrgencyResult(is_urgent=has_strong and score >= THRESHOLD, score=score,
                         categories=categories, signals=signals[:5])
