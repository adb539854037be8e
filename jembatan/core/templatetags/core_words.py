"""Template filters that turn stored values into words (see core/words.py)."""

from __future__ import annotations

from django import template

from jembatan.core import words

register = template.Library()


@register.filter
def duration(value) -> str:
    """A length of time in words: "22 jam 17 menit"."""
    return words.duration_words(value)


@register.filter
def ago(moment) -> str:
    """How long ago: "3 hari lalu"."""
    return words.ago_words(moment)


@register.filter
def percent(value) -> str:
    """A share between 0 and 1 as "85%"."""
    return words.percent_words(value)


@register.filter
def audit_changes(entry) -> list[dict]:
    """What an audit entry changed, with field labels and value labels."""
    model = entry.content_type.model_class() if entry.content_type_id else None
    return words.change_rows(model, entry.changes)


@register.filter
def choice_label(label) -> str:
    """A choice's label for a select written out by hand: Django's "---------" in words."""
    return words.choice_words(label)
