"""Information value of a post: does it tell a citizen what, when, where, how, what it costs
and whom to contact, or is it an album of officials? Returns `informatif` or `seremonial` with a
probability and concrete suggestions in the reader's language.

The model is a logistic regression over the post's words and the signals in
lexicon/info_value.tsv; it is trained on data/posts_train.csv, shipped with the project (the
"shipped model"), the first time it is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from django.utils.translation import gettext as _
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from jembatan.triage import lexicon, normalize
from jembatan.triage.datasets import read_csv

DATA_DIR = Path(__file__).resolve().parent / "data"
ASPECTS = ("apa", "kapan", "dimana", "cara", "syarat", "biaya", "kontak", "tautan")
INFORMATIF, SEREMONIAL = "informatif", "seremonial"
# What a citizen can act on: when, how, what it costs, whom to ask, where to read more.
CONCRETE_ASPECTS = ("kapan", "cara", "biaya", "kontak", "tautan")


def _suggestion(aspect: str) -> str:
    return {
        "apa": _("Say plainly which service or programme this is and who it is for."),
        "kapan": _("Give the date and time (or the opening hours and the deadline)."),
        "dimana": _("Say where: the address or the place, and the area it covers."),
        "cara": _("Explain how to take part or register, step by step."),
        "syarat": _("List the requirements and the documents to bring."),
        "biaya": _("Say what it costs, or that it is free."),
        "kontak": _("Add a contact: a phone or WhatsApp number, or the office to ask."),
        "tautan": _("Add a link or a QR code for details or online registration."),
    }[aspect]


@dataclass
class QualityResult:
    label: str
    probability: float
    present: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def suggestions(self) -> list[str]:
        return [_suggestion(aspect) for aspect in self.missing]


@lru_cache(maxsize=1)
def _compiled() -> dict[str, list[re.Pattern]]:
    compiled: dict[str, list[re.Pattern]] = {}
    for aspect, pattern, kind in lexicon.info_value_patterns():
        regex = pattern if kind == "regex" else r"\b" + re.escape(pattern.lower()) + r"\b"
        try:
            compiled.setdefault(aspect, []).append(re.compile(regex, re.I))
        except re.error:
            continue
    return compiled


def aspects_found(text: str) -> dict[str, int]:
    lowered = (text or "").lower()
    return {aspect: sum(1 for p in patterns if p.search(lowered))
            for aspect, patterns in _compiled().items()}


# A full stop ends a sentence unless it ends a common abbreviation (Jl. Sudirman, Kec. Kertek).
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!Jl\.)(?<!No\.)(?<!Kec\.)(?<!Kab\.)(?<!Ds\.)(?<!dr\.)(?<!Dr\.)(?<!Hj\.)"
    r"\s+(?=[A-Z0-9\"'(])|\n+")
# A sentence that opens with its own label ("Syarat: ...") states that aspect best.
_LABELS = {
    "kapan": ("jadwal", "waktu", "tanggal", "pelaksanaan"),
    "dimana": ("tempat", "lokasi", "alamat"),
    "syarat": ("syarat", "persyaratan", "dokumen"),
    "biaya": ("biaya", "tarif", "harga"),
    "kontak": ("kontak", "informasi", "info", "narahubung", "hubungi", "darurat"),
}


def aspect_sentences(text: str) -> dict[str, str]:
    """The first sentence that states each aspect: the facts a reader should not miss."""
    found: dict[str, str] = {}
    sentences: list[str] = []
    for part in (part.strip(" -•\t") for part in _SENTENCE_END.split(text or "")):
        # "Jadwal:" introduces the lines that follow; it says nothing on its own.
        if sentences and sentences[-1].endswith(":"):
            sentences[-1] = f"{sentences[-1]} {part}"
        elif part:
            sentences.append(part)
    for sentence in sentences:
        label = sentence.split(":", 1)[0].strip().lower() if ":" in sentence[:20] else ""
        for aspect, labels in _LABELS.items():
            if aspect not in found and label in labels:
                # The page shows the aspect's own name beside it: "Biaya: gratis." reads
                # "Biaya — Gratis.", not "Biaya — Biaya: gratis."
                rest = sentence.split(":", 1)[1].strip()
                found[aspect] = rest[:1].upper() + rest[1:] if rest else sentence
    for sentence in sentences:
        lowered = sentence.lower()
        for aspect in ASPECTS:
            if aspect not in found and any(
                    pattern.search(lowered) for pattern in _compiled().get(aspect, ())):
                found[aspect] = sentence
    return found


def _signal_row(text: str) -> np.ndarray:
    found = aspects_found(text)
    row = [min(found.get(aspect, 0), 3) for aspect in (*ASPECTS, "seremonial")]
    row.append(sum(1 for aspect in ASPECTS if found.get(aspect)))
    return np.array(row, dtype=float)


class QualityModel:
    def fit(self, texts: list[str], labels: list[str]) -> QualityModel:
        self.vectorizer = TfidfVectorizer(analyzer=str.split, sublinear_tf=True)
        words = self.vectorizer.fit_transform([normalize.normalized(t) for t in texts])
        features = sparse.hstack([words, 0.5 * sparse.csr_matrix(
            np.vstack([_signal_row(t) for t in texts]))], format="csr")
        self.classifier = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
        self.classifier.fit(features, labels)
        return self

    def _features(self, texts: list[str]):
        words = self.vectorizer.transform([normalize.normalized(t) for t in texts])
        return sparse.hstack([words, 0.5 * sparse.csr_matrix(
            np.vstack([_signal_row(t) for t in texts]))], format="csr")

    def check(self, text: str) -> QualityResult:
        probabilities = self.classifier.predict_proba(self._features([text]))[0]
        best = int(np.argmax(probabilities))
        found = aspects_found(text)
        label = str(self.classifier.classes_[best])
        # The training posts that inform are long; a short notice ("Sekolah libur mulai 23
        # Desember") is no less useful. A post that gives a citizen something concrete to act
        # on, with no word of ceremony, informs whatever its length.
        if label == SEREMONIAL and not found.get("seremonial") and any(
                found.get(aspect) for aspect in CONCRETE_ASPECTS):
            label = INFORMATIF
            best = list(self.classifier.classes_).index(INFORMATIF)
        return QualityResult(
            label=label,
            probability=round(float(probabilities[best]), 3),
            present=[aspect for aspect in ASPECTS if found.get(aspect)],
            missing=[aspect for aspect in ASPECTS if not found.get(aspect)],
        )

    def predict(self, text: str) -> str:
        return self.check(text).label


@lru_cache(maxsize=1)
def shipped_model() -> QualityModel:
    rows = read_csv(DATA_DIR / "posts_train.csv", ("text", "label"))
    return QualityModel().fit([r["text"] for r in rows], [r["label"] for r in rows])


def info_value(text: str) -> QualityResult:
    """The checker shown beside every draft post."""
    return shipped_model().check(text)
