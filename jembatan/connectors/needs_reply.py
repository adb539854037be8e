"""Does an inbound message need a reply? A suggestion that staff can change.

No reply is needed for thanks, acknowledgements and praise ("makasih min", "siap", "mantap 👍"),
for messages of only emoji or punctuation, and for spam (gambling, loan and follower promotions).
Anything with a question, a complaint or a request needs a reply. Short texts are judged as a
whole, so "terima kasih, tapi jalannya kapan diperbaiki?" still needs a reply.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from jembatan.triage import normalize

LEXICON = Path(__file__).parent / "lexicon" / "no_reply.tsv"
QUESTION = re.compile(r"\?|\b(apa|apakah|kapan|bagaimana|gimana|gmn|kenapa|knp|mengapa|dimana|"
                      r"di mana|berapa|brp|bisa|bisakah|mohon|tolong|minta|info|syarat|cara|"
                      r"kok|kenapa|piye|pripun|ngapa|pundi|pinten)\b", re.I)
URLISH = re.compile(r"https?://|www\.|wa\.me/|bit\.ly/", re.I)

REASONS = {
    "thanks": _("thanks"),
    "ack": _("acknowledgement"),
    "praise": _("praise or greeting"),
    "spam": _("looks like spam"),
    "empty": _("only emoji or symbols"),
    "question": _("a question or request"),
    "default": _("a message to answer"),
    "auto": _("an automatic reply or a bounce"),
    "notice": _("a notice from the platform or a reaction, nothing to answer"),
    "no_sender": _("no sender address to answer"),
}


@dataclass(frozen=True)
class Suggestion:
    needs_reply: bool
    reason: str  # a key of REASONS

    @property
    def label(self) -> str:
        return str(REASONS[self.reason])


@cache
def _phrases() -> dict[str, str]:
    with LEXICON.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return {" ".join(normalize.words(row["phrase"])): row["kind"]
                for row in csv.DictReader(lines, delimiter="\t")}


def suggest(text: str) -> Suggestion:
    words = normalize.words(text or "")
    if not words:
        return Suggestion(False, "empty")
    joined = " ".join(words)
    phrases = _phrases()
    # Spam anywhere in the text: promotions hide among normal words.
    for phrase, kind in phrases.items():
        if kind == "spam" and re.search(rf"\b{re.escape(phrase)}\b", joined):
            return Suggestion(False, "spam")
    if QUESTION.search(text) or QUESTION.search(joined):
        return Suggestion(True, "question")
    # Short texts made only of thanks/ack/praise phrases (plus address words) need no reply.
    rest = f" {joined} "
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrases[phrase] != "spam":
            rest = rest.replace(f" {phrase} ", " ")
    leftover = [w for w in rest.split() if w not in _ADDRESS]
    kinds = [kind for phrase, kind in phrases.items() if f" {phrase} " in f" {joined} "]
    # One unknown word is allowed in a short text: usually a name ("mantap Dinkominfo").
    if kinds and len(words) <= 12 and len(leftover) <= (1 if len(words) <= 8 else 0):
        return Suggestion(False, kinds[0])
    if URLISH.search(text) and len(words) <= 6:
        return Suggestion(False, "spam")
    return Suggestion(True, "default")


# Words of address and fillers that do not change the meaning of a thank-you.
_ADDRESS = {"min", "admin", "mimin", "pak", "bu", "bapak", "ibu", "kak", "mas", "mbak", "dik",
            "bang", "sam", "lur", "dulur", "nggih", "ya", "yaa", "sudah", "nya", "infonya",
            "informasinya", "atas", "untuk", "banyak", "sekali", "sangat", "semua", "kalian",
            "kita", "dan", "juga", "lah", "deh", "dong", "kok", "sih", "wonosobo", "tim",
            "jajaran", "selalu", "terus", "the", "so", "much", "very", "good", "job", "gan"}
