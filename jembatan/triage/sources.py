"""Where triage learns routing from. The coordinators' decisions live with the messages they
were made on, outside triage: the app holding them registers a source here at start-up that
gives them as plain texts and labels, so triage reads no other domain's tables. Light on
purpose: registering must not load the language models."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Decisions:
    """What coordinators decided, oldest first: each message's text and its agency's slug."""

    texts: list[str]
    labels: list[str]


@dataclass(frozen=True)
class DecisionsSource:
    decisions: Callable[[], Decisions]
    count: Callable[..., int]  # count(since=None): every decision, or those made after it


_source: DecisionsSource | None = None


def decisions_source_register(*, decisions: Callable[[], Decisions],
                              count: Callable[..., int]) -> None:
    global _source
    _source = DecisionsSource(decisions=decisions, count=count)


def decisions() -> Decisions:
    return _source.decisions() if _source is not None else Decisions([], [])


def decision_count(since=None) -> int:
    """Every decision, or those made after `since` (a datetime)."""
    return _source.count(since) if _source is not None else 0
