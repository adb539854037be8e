"""The Indonesian and English catalogues are complete, and placeholders survive translation."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def catalogue(language: str):
    with (LOCALE / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
        return read_po(handle, locale=language)


def texts(value) -> list[str]:
    return list(value) if isinstance(value, tuple | list) else [value]


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_message_is_translated_and_none_is_fuzzy(language):
    missing = [
        message.id for message in catalogue(language)
        if message.id and (not all(texts(message.string)) or message.fuzzy)
    ]

    assert missing == []


def test_indonesian_translations_keep_every_placeholder():
    broken = []
    for message in catalogue("id"):
        if not message.id:
            continue
        expected = set(PLACEHOLDER.findall(" ".join(texts(message.id))))
        for translation in texts(message.string):
            if set(PLACEHOLDER.findall(translation)) != expected:
                broken.append(message.id)

    assert broken == []
