"""The kinds of events people can be told about. Each domain registers its own in ready().

A kind has a label people understand and a default frequency; each person may choose another
frequency per kind on their notification settings page.
"""

from __future__ import annotations

from dataclasses import dataclass

REALTIME = "realtime"
DAILY = "daily"
WEEKLY = "weekly"
NONE = "none"


@dataclass(frozen=True)
class Kind:
    key: str
    label: str  # lazily translated
    default: str = REALTIME
    description: str = ""


KINDS: dict[str, Kind] = {}


def register_kind(key: str, label, *, default: str = REALTIME, description="") -> None:
    KINDS[key] = Kind(key=key, label=label, default=default, description=description)


def get(key: str) -> Kind:
    return KINDS.get(key) or Kind(key=key, label=key)
