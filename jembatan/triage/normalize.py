"""Normalisation of Indonesian public messages as people write them: WhatsApp shorthand,
typos, repeated letters, emoji, mentions, Javanese words. Word lists live in lexicon/ as data.

The result is a list of stemmed tokens (Sastrawi, cached per word) without stopwords, which
every model of the triage domain uses.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from jembatan.triage import lexicon

URL = re.compile(r"https?://\S+|www\.\S+|\bbit\.ly/\S+", re.I)
MENTION = re.compile(r"@\w+")
HASHTAG = re.compile(r"#(\w+)")
REPEATS = re.compile(r"(\w)\1{2,}")  # bangeeeet → banget (three or more of one letter)
TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
NUMBER = re.compile(r"^\d+$")


SYMBOLS = re.compile(r"[^a-z0-9\s-]+")


def _strip_symbols(text: str) -> str:
    # Indonesian is written in Latin letters: accents fold to their base letter, and emoji and
    # every other symbol become a space.
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return SYMBOLS.sub(" ", folded)


@lru_cache(maxsize=4096)
def clean(text: str) -> str:
    """Lower case, no URLs or mentions, hashtags split into words, symbols removed."""
    text = (text or "").lower()
    text = URL.sub(" ", text)
    text = MENTION.sub(" ", text)
    text = HASHTAG.sub(r" \1 ", text)
    text = _strip_symbols(text)
    text = REPEATS.sub(r"\1", text)
    return text


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return lexicon.stemmer().stem(word) or word


def words(text: str) -> list[str]:
    """Tokens with informal and Javanese words replaced by standard Indonesian (not stemmed)."""
    return list(_standard_words(text))


@lru_cache(maxsize=4096)
def _standard_words(text: str) -> tuple[str, ...]:
    # Cached: routing reads each message's words several times (word features, topic phrases,
    # topic stems).
    replacements = lexicon.replacements()
    out: list[str] = []
    for token in TOKEN.findall(clean(text)):
        replacement = replacements.get(token)
        if replacement:
            out.extend(replacement.split())
        else:
            out.append(token)
    return tuple(out)


def tokens(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Stemmed standard-Indonesian tokens, stopwords and bare numbers removed."""
    stop = lexicon.stopwords()
    result = []
    for word in _standard_words(text):
        if NUMBER.match(word) or len(word) < 2:
            continue
        if not keep_stopwords and word in stop:
            continue
        result.append(stem(word))
    return result


@lru_cache(maxsize=4096)
def normalized(text: str) -> str:
    """The normalised text as one string (what the vectorisers read)."""
    return " ".join(tokens(text))


@lru_cache(maxsize=4096)
def phrase_text(text: str) -> str:
    """Standardised but unstemmed text with stopwords kept, for phrase matching."""
    return " " + " ".join(_standard_words(text)) + " "
