"""Indonesian text for the index and the queries, through triage's normaliser (slang, Javanese
words and typos standardised, Sastrawi stems, stopwords out): "perbaikan jalan" and "jalan
diperbaiki" both become `baik jalan`. Snippets are cut from the text the public page shows,
with the words whose stem matches marked, as escaped HTML."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from jembatan.triage import normalize

MAX_QUERY_TERMS = 8
MAX_QUERY_LENGTH = 200
SNIPPET_LENGTH = 220
WORD = re.compile(r"\w+(?:-\w+)*")


def terms(text: str) -> str:
    """The stemmed words of `text`, as the engines index them."""
    return " ".join(normalize.tokens(text or ""))


def query_terms(q: str) -> list[str]:
    """The distinct stems of a query, at most MAX_QUERY_TERMS. A query of stopwords only
    ("yang di") still finds what its words say."""
    q = (q or "")[:MAX_QUERY_LENGTH]
    found = normalize.tokens(q) or normalize.tokens(q, keep_stopwords=True)
    return list(dict.fromkeys(found))[:MAX_QUERY_TERMS]


def _word_stems(word: str) -> set[str]:
    return set(normalize.tokens(word, keep_stopwords=True))


def snippet(text: str, stems: list[str], *, length: int = SNIPPET_LENGTH) -> SafeString:
    """A piece of `text` around its first matching word, every matching word in <mark>."""
    text = " ".join((text or "").split())
    wanted = set(stems)
    matches = [m for m in WORD.finditer(text) if _word_stems(m.group()) & wanted]
    start = 0
    if matches and matches[0].start() > length // 3:
        start = text.rfind(" ", 0, matches[0].start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    parts = ["…" if start else ""]
    position = start
    for match in matches:
        if match.start() < start:
            continue
        if match.end() > end:
            break
        parts.append(escape(text[position:match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 — every piece of text above is escaped


def highlight(text: str, stems: list[str]) -> SafeString:
    """The whole of a short text (a title), matching words in <mark>."""
    return snippet(text, stems, length=max(len(text or ""), 1))
