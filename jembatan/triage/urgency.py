"""Urgency: danger to life or property happening now (fire, landslide, rising flood, someone
injured, trapped or buried, a live cable down, a missing child, violence in progress, poisoning,
drowning, someone about to harm themselves…). Urgent messages jump the queue and the
coordinators (and the suggested agency) are told at once, whatever the clock says.

The reading is in two steps, both over lexicon/urgency.tsv (read on word boundaries in the
message's words and in their standardised form, so Javanese and slang count):

1. What is happening: danger words of a kind (kebakaran, longsor…), words that say people are at
   risk (still inside, trapped, unresponsive, crying for help), and pleas or now-words.
2. When and how it is meant: words that place it in the past or already handled, in a plan or a
   drill, in a risk or a fear, in an announcement, a question or a complaint about slow service.
   A word that says it is still going on ("belum ketemu", "masih") outweighs a past-time word.

A message is urgent when it names a strong danger (or a danger and people at risk) and the
reading still points to now. Missing an emergency is the worst error this product can make, so
the threshold leans towards recall; staff correct a flag in one click and the corrections are
remembered (see `corrections`). The result says why: the words and the reading.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from jembatan.triage import lexicon, normalize

THRESHOLD = 2.0
URGENT = "urgent"
NORMAL = "normal"

NOT_NOW = ("lampau", "rencana", "risiko", "pengumuman", "pertanyaan", "keluhan_layanan",
           "ucapan", "kiasan", "tidak_terjadi")
# A danger word taken away by the words before it ("belum banjir") counts against now.
SCOPED_WEIGHT = -2.0
CONTEXT_YIELDS = True
CONTEXT = ("umum", "berlangsung", "nama", "orang_rentan", "hewan_barang", *NOT_NOW)
ONGOING = "berlangsung"
MISSING = "anak_hilang"
# An animal or a thing that went missing: "kucing anak saya hilang" is not a missing child.
THING = "hewan_barang"
PEOPLE = "orang_terancam"
PERSON = "orang_rentan"


@dataclass
class UrgencyResult:
    is_urgent: bool
    score: float
    categories: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    # Why the message is read as it is: the not-now categories found (lampau, rencana…), and
    # whether a correction by staff decided it.
    reading: list[str] = field(default_factory=list)
    corrected: bool = False
    # Raised by the trained model (jembatan.triage.urgency.UrgencyModel), with its probability.
    learned: bool = False
    probability: float = 0.0

    def reason(self) -> dict:
        """What the report stores: the words, the kinds of danger, the reading."""
        return {"words": self.signals, "categories": self.categories,
                "reading": self.reading, "score": round(self.score, 1),
                "corrected": self.corrected, "learned": self.learned,
                "probability": self.probability}


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, float], ...]:
    # Longest first, so that an overlapping shorter pattern can be skipped.
    return tuple(sorted(lexicon.urgency_patterns(), key=lambda row: -len(row[0])))


# Words that say a danger is not there ("belum banjir", "tidak ada api", "durung ambles"): the
# danger word right after one of them (or after it and one of the fillers) is not read.
NEGATORS = frozenset({"tidak", "belum", "bukan", "tanpa", "tak", "jangan"})
NEGATED_FILLERS = frozenset({"ada", "sampai", "terjadi", "jadi", "kena", "pernah", "sempat",
                             "mau", "akan", "begitu", "terlalu", "sampe"})
# Words that put a danger in a comparison or a figure ("kayak mau kebakaran", "rasanya usaha saya
# tenggelam"): the danger words within the next few words are not read.
FIGURES = ("kayak mau", "seperti mau", "kaya mau", "seperti akan", "rasanya", "ibarat",
           "bagaikan", "bagai", "layaknya")
FIGURE_SCOPE = 3
# A bare comparison reaches only the next word, or the next two after "air", "orang"…
# ("keruh kayak air banjir"); "baunya kayak kabel kebakar" is a smell of a real fire.
LIKE = frozenset({"kayak", "seperti", "kaya", "kek", "mirip"})
LIKE_FILLERS = frozenset({"air", "orang", "habis", "lagi", "di"})
# …unless it compares what one smells, hears or sees ("baunya kayak kabel kebakar").
SENSES = frozenset({"bau", "baunya", "ambune", "suara", "suaranya", "bunyi", "bunyinya",
                    "kelihatan", "kelihatannya", "keliatan", "keliatannya", "terlihat",
                    "terdengar", "kedengaran"})
# A danger that may come: "bisa ambruk", "iso longsor" (a modal right before it) or "kalau sampai
# terbakar", "nek banjir" (a condition right before it, or with "sampai", "nanti" between).
MAY = frozenset({"bisa", "bakal", "bakalan", "berpotensi", "mungkin", "bisa-bisa"})
IF = frozenset({"kalau", "kalo", "jika", "bila", "apabila", "jikalau", "seumpama"})
IF_FILLERS = frozenset({"sampai", "nanti", "ada", "terjadi", "sampe", "bisa"})
# What is left after a danger ("bekas longsor", "sisa kebakaran", "pasca banjir") is in the past.
AFTERMATH = frozenset({"bekas", "sisa", "pasca", "paska", "sisanya", "bekasnya"})
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# Fear that closes its clause is felt now ("minta dijemput dan takut", "sami ajrih"); fear with
# something after it is of what may come ("takut nanti ada yang celaka", "takut putus kalau…").
# "bikin takut" says what a thing always does, so it stays a risk.
FEAR = "takut"
FEAR_TAIL = frozenset({"sekali", "banget", "semua", "pak", "bu", "mas", "mbak",
                       "sih", "nih", "ini", "sangat", "pol"})
CAUSATIVE = frozenset({"bikin", "membuat", "buat", "gawe", "jadi", "menjadi"})
CLAUSE = re.compile(r"[,.;:!?\n]+|\s(?:dan|lan|terus|trus|tapi)\s")
# "sejak kemarin", "dari semalam", "kawit 3 dina kepungkur": a time word after one of these
# says when something began, not that it is over, so it does not place the message in the past.
SINCE = frozenset({"sejak", "dari", "kawit", "wiwit", "mulai", "semenjak"})
# Handled: the person is back or found ("sudah ketemu", "sudah pulang").
FOUND = ("sudah", "ketemu", "ditemukan", "pulang")


def _fear_felt_now(text: str) -> bool:
    """Every "takut" of the message ends its clause and is not caused by a thing."""
    seen = False
    for clause in CLAUSE.split((text or "").lower()):
        words = normalize.phrase_text(clause).split()
        while words and words[-1] in FEAR_TAIL:
            words.pop()
        for i, word in enumerate(words):
            if word != FEAR:
                continue
            seen = True
            if i != len(words) - 1 or (i and words[i - 1] in CAUSATIVE):
                return False
    return seen


def _since(text: str, pattern: str) -> bool:
    """Every place of a past-time word follows "sejak", "dari"… (a number may stand between)."""
    places = _before(text, pattern, 2)
    return bool(places) and all(
        words and (words[-1] in SINCE
                   or (len(words) == 2 and words[0] in SINCE and words[1].isdigit()))
        for words in places)


def _gapped_pairs(standard: str) -> set[str]:
    """Two words with one word between: "kabel PLN jatuh" also reads as "kabel jatuh" (but not
    across a negation: "warga tidak panik" is not "warga panik")."""
    words = standard.split()
    return {f"{a} {b}" for a, gap, b in zip(words, words[1:], words[2:], strict=False)
            if gap not in NEGATORS}


@lru_cache(maxsize=4096)
def _standard_form(pattern: str) -> str:
    return normalize.phrase_text(pattern).strip()


# Emoji that say what is happening (clean() drops every symbol).
EMOJI = {"\U0001f525": ("api", "kebakaran", 2.0), "\U0001f198": ("tolong", "umum", 1.0)}
# A danger word misspelt by one letter ("tengelam", "kebakran", "longsr") is still read; only
# words of at least TYPO_LENGTH letters, and only tokens that are not words of the dictionary
# themselves ("banjar" is not "banjir").
TYPO_LENGTH = 7


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=1)
def _typo_index() -> dict[str, list[tuple[str, str, float]]]:
    index: dict[str, list[tuple[str, str, float]]] = {}
    for pattern, category, weight in _patterns():
        word = pattern.lstrip("~")
        if " " in word or len(word) < TYPO_LENGTH or weight < 2 or category in CONTEXT \
                or category == PEOPLE:
            continue
        for key in _deletes(word) | {word}:
            index.setdefault(key, []).append((word, category, weight))
    return index


def _one_letter_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


@lru_cache(maxsize=20_000)
def _typo(token: str) -> tuple[str, str, float] | None:
    if len(token) < TYPO_LENGTH - 1 or token in lexicon.replacements():
        return None
    if token in _root_words() or normalize.stem(token) in _root_words():
        return None
    index = _typo_index()
    for key in _deletes(token) | {token}:
        for word, category, weight in index.get(key, ()):
            if _one_letter_apart(token, word):
                return word, category, weight
    return None


@lru_cache(maxsize=1)
def _root_words() -> frozenset[str]:
    inner = lexicon.stemmer()
    inner = getattr(inner, "delegatedStemmer", inner)
    return frozenset(inner.dictionary.words)


def _matches(text: str) -> list[tuple[str, str, float]]:
    raw = " " + " ".join(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*",
                                    normalize.clean(text))) + " "
    standard = normalize.phrase_text(text)
    gapped = _gapped_pairs(standard)
    found: list[tuple[str, str, float]] = []
    taken: list[str] = []
    roots = set(normalize.tokens(text, keep_stopwords=True))
    for pattern, category, weight in _patterns():
        if pattern.startswith("~"):
            continue
        needle = f" {pattern} "
        if needle not in raw and needle not in standard and (weight <= 0 or pattern not in gapped):
            continue
        # One word read once: "saiki" is "sekarang", "kobong" is inside "rumah terbakar".
        form = f" {_standard_form(pattern)} "
        if any(needle in f" {longer} " or form in f" {_standard_form(longer)} "
               for longer in taken):
            continue
        taken.append(pattern)
        found.append((pattern, category, weight))
    for symbol, row in EMOJI.items():
        if symbol in (text or "") and not any(p == row[0] for p, _c, _w in found):
            found.append(row)
    read = {word for pattern, _c, _w in found for word in pattern.split()}
    for token in raw.split():
        misspelt = _typo(token)
        if misspelt and misspelt[0] not in read:
            read.add(misspelt[0])
            found.append(misspelt)
    kinds = {category for _p, category, _w in found}
    # A root inside a phrase already read ("pemadam kebakaran", "bakar sampah") is not read again.
    covered = {normalize.stem(word) for pattern, _c, _w in found for word in pattern.split()}
    for pattern, category, weight in _patterns():
        if pattern.startswith("~") and category not in kinds and pattern[1:] in roots \
                and pattern[1:] not in covered:
            found.append((pattern[1:], category, weight))
    return found


def _before(text: str, pattern: str, count: int) -> list[list[str]]:
    """The `count` words before each place the pattern (or its standard form) occurs."""
    out = []
    for needle in {f" {pattern} ", f" {_standard_form(pattern)} "}:
        start = text.find(needle)
        while start >= 0:
            out.append(text[:start].split()[-count:])
            start = text.find(needle, start + 1)
    return out


def _scoped(text: str, pattern: str) -> str:
    """How the words before a danger word place it: "tidak" (said not to be there), "kiasan"
    (a figure), "lampau" (what is left after it), or "" (read as it stands). Every place the
    word occurs must be so placed."""
    places = _before(text, pattern, FIGURE_SCOPE + 1)
    if not places:
        return ""
    readings = set()
    for words in places:
        near = words[-2:]
        if near and (near[-1] in NEGATORS
                     or (len(near) == 2 and near[0] in NEGATORS
                         and near[1] in NEGATED_FILLERS)):
            readings.add("tidak_terjadi")
        elif near and (near[-1] in MAY or near[-1] in IF
                       or (len(near) == 2 and near[0] in IF and near[1] in IF_FILLERS)):
            readings.add("risiko")
        elif near and (near[-1] in AFTERMATH or (len(near) == 2 and near[0] in AFTERMATH)):
            readings.add("lampau")
        elif any(figure in " ".join(words) for figure in FIGURES) \
                or (near and near[-1] in LIKE and (len(near) < 2 or near[0] not in SENSES)) \
                or (len(near) == 2 and near[0] in LIKE and near[1] in LIKE_FILLERS):
            readings.add("kiasan")
        else:
            return ""
    return sorted(readings)[0]


def assess_urgency(text: str, *, memory: CorrectionMemory | None = None,
                   model: UrgencyModel | None = None) -> UrgencyResult:
    """The reading of the lexicon, raised by the trained model when it is sure enough (a missed
    emergency is the worst error), unless staff corrected a message very like this one."""
    result = _read(text)
    model = model if model is not None else shipped_model()
    probability = model.probability(text)
    result.probability = round(probability, 3)
    # Raised by the model: sure, or fairly sure and the lexicon saw some danger or people at
    # risk; in both cases only when nothing places the message in the past, a plan, a risk, a
    # question… and its words do not point away from now (a lost goat: "pitik ilang").
    # Measured on the development set, the model never raised an emergency that had such a
    # reading, and it raised hard negatives that had one.
    away = bool(result.reading) or result.score < 0
    if not result.is_urgent and not away and (probability >= model.SURE or (
            probability >= model.THRESHOLD and result.categories)):
        result.is_urgent = True
        result.learned = True
    learned = memory.lookup(text) if memory is not None else None
    if learned is not None and learned != result.is_urgent:
        result.is_urgent = learned
        result.corrected = True
    return result


DEV_SET = lexicon.LEXICON_DIR.parent / "data" / "eval" / "urgency_dev.csv"


class UrgencyModel:
    """A logistic regression over the message's standard words and character n-grams, trained
    on the development set of the project (data/eval/urgency_dev.csv) and the staff's
    corrections, which count CORRECTION_WEIGHT times. It only ever raises a flag the lexicon
    missed; it never clears one."""

    THRESHOLD = 0.6
    SURE = 0.7
    CORRECTION_WEIGHT = 3.0

    def __init__(self) -> None:
        self.pipeline = None

    def fit(self, texts: list[str], urgent: list[bool],
            weights: list[float] | None = None) -> UrgencyModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        if len(set(urgent)) < 2:
            return self
        self.pipeline = make_pipeline(
            make_union(
                TfidfVectorizer(analyzer=_standard_tokens, sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                preprocessor=normalize.phrase_text),
            ),
            LogisticRegression(C=10, max_iter=3000, class_weight="balanced"),
        )
        self.pipeline.fit(texts, urgent, logisticregression__sample_weight=weights)
        return self

    def probability(self, text: str) -> float:
        if self.pipeline is None:
            return 0.0
        return float(self.pipeline.predict_proba([text])[0][1])


def _standard_tokens(text: str) -> list[str]:
    return normalize.tokens(text, keep_stopwords=True)


def development_examples() -> tuple[list[str], list[bool]]:
    import csv

    with DEV_SET.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row.get("text")]
    return [row["text"] for row in rows], [row["label"] == URGENT for row in rows]


ORDINARY_SET = lexicon.LEXICON_DIR.parent / "data" / "routing_train.csv"


@lru_cache(maxsize=1)
def ordinary_examples() -> tuple[str, ...]:
    """Everyday messages to the agencies (the routing training file) that the lexicon does not
    read as urgent. The development set is half emergencies; without these the model would
    think any short message an emergency ("Data IPM Wonosobo terbaru")."""
    import csv

    with ORDINARY_SET.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle) if row.get("text")]
    return tuple(text for text in texts if not _read(text).is_urgent)


def train_model(corrections: list[tuple[str, bool]] = (),
                examples: tuple[list[str], list[bool]] | None = None) -> UrgencyModel:
    texts, urgent = examples if examples is not None else development_examples()
    texts, urgent = list(texts), list(urgent)
    ordinary = ordinary_examples()
    texts += ordinary
    urgent += [False] * len(ordinary)
    weights = [1.0] * len(texts)
    for text, is_urgent in corrections:
        texts.append(text)
        urgent.append(is_urgent)
        weights.append(UrgencyModel.CORRECTION_WEIGHT)
    return UrgencyModel().fit(texts, urgent, weights)


@lru_cache(maxsize=1)
def shipped_model() -> UrgencyModel:
    """Trained on the development set alone (what urgency_eval measures)."""
    return train_model()


class CorrectionMemory:
    """What staff corrected: a new message very like a corrected one (character n-grams,
    cosine at least SIMILAR) is read as staff read that one. Rebuilt whenever a correction
    arrives (jembatan.reports.routing.current_urgency_memory), so each correction reaches the
    next message at once."""

    SIMILAR = 0.6

    def __init__(self, texts: list[str], urgent: list[bool]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.urgent = list(urgent)
        self.vectorizer = None
        if texts:
            self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
                                              sublinear_tf=True,
                                              preprocessor=normalize.phrase_text)
            self.matrix = self.vectorizer.fit_transform(texts)

    def lookup(self, text: str) -> bool | None:
        if self.vectorizer is None:
            return None
        scores = (self.matrix @ self.vectorizer.transform([text]).T).toarray().ravel()
        best = int(scores.argmax())
        return self.urgent[best] if scores[best] >= self.SIMILAR else None


def _read(text: str) -> UrgencyResult:
    found = _matches(text)
    standard = normalize.phrase_text(text)
    # The words before a danger word can take it away: "belum banjir", "bekas longsor",
    # "kayak mau kebakaran". The danger is then not read, and the reading says why.
    placed = []
    for pattern, category, weight in found:
        if category in CONTEXT or category == PEOPLE or weight <= 0:
            continue
        scope = _scoped(standard, pattern)
        if scope:
            placed.append((pattern, category, weight, scope))
    found = [row for row in found if row not in {(p, c, w) for p, c, w, _s in placed}]
    for pattern, _category, _weight, scope in placed:
        found.append((pattern, scope, SCOPED_WEIGHT))
    found = [(p, c, w) for p, c, w in found if not (c == "lampau" and _since(standard, p))]
    if any(p == FEAR and c == "risiko" for p, c, _w in found) and _fear_felt_now(text):
        found = [row for row in found if not (row[0] == FEAR and row[1] == "risiko")]
    # A year before this one places the event in the past ("lindu taun 2006").
    this_year = datetime.date.today().year
    years = [year for year in YEAR.findall(standard) if int(year) < this_year]
    if years and not any(c == "lampau" and p in years for p, c, _w in found):
        found.append((years[0], "lampau", -3.0))
    danger = [(p, c, w) for p, c, w in found if c not in CONTEXT and c != PEOPLE and w > 0]
    people = [(p, c, w) for p, c, w in found if c == PEOPLE]
    if "?" in text and not people and not any(c == "umum" for _p, c, _w in found):
        # A question with no plea, no now-word and nobody at risk asks about a danger.
        found.append(("?", "pertanyaan", -2.0))
    ongoing = sum(w for _p, c, w in found if c == ONGOING)
    # A child, an old person, a climber not back or out of reach ("durung bali", "putus
    # kontak"), and not found: the time words say when it began, not that it is over.
    still_missing = bool(danger) and all(c == MISSING for _p, c, _w in danger) \
        and any(w >= 2 for *_r, w in danger) and any(c == PERSON for _p, c, _w in found) \
        and not any(c == THING for _p, c, _w in found) \
        and not any(c == "lampau" and any(f in p for f in FOUND) for p, c, _w in found)
    still = ongoing >= 2 or still_missing
    # "tidak panik", "jangan panik": a now-word that is negated says nothing.
    context = sum(w for p, c, w in found if c == "umum" and _scoped(standard, p) != "tidak_terjadi")
    if CONTEXT_YIELDS and not still and any(c in NOT_NOW and w <= -3 for _p, c, w in found):
        # A clear not-now reading ("simulasi", "minggu lalu"): pleas and now-words ("siang ini",
        # "saiki butuh bantuan") then speak of the message, not of the danger.
        context = min(context, 0)
    not_now = [(p, c, w) for p, c, w in found if c in NOT_NOW]

    # One event is often named by several words ("ambrol", "runtuh"): the strongest counts in
    # full, each further one adds a little.
    dangers = sorted(danger, key=lambda row: -row[2])
    first_kind = dangers[0][1] if dangers else ""
    positive = (dangers[0][2] if dangers else 0.0) \
        + sum(0.5 if c == first_kind else 1.0 for _p, c, _w in dangers[1:]) \
        + sum(w for *_rest, w in people) + context + ongoing
    negative = 0.0
    for _p, category, weight in not_now:
        # "sejak kemarin, belum ketemu": still going on outweighs the past-time word.
        if category == "lampau" and still_missing:
            # A missing person not found: the time words say only when it began.
            continue
        negative += weight / 2 if category == "lampau" and still else weight
    negative += sum(w for _p, c, w in found if c == "nama" and w < 0)
    # Only "hilang" and the like, and a goat, a cat or a wallet named beside it: that is what
    # is lost ("kucing anak saya hilang"), and the person named is its owner.
    thing = sum(w for _p, c, w in found if c == THING) \
        if dangers and all(c == MISSING for _p, c, _w in dangers) else 0.0
    negative += thing

    strongest = max((w for *_rest, w in danger), default=0.0)
    if strongest >= 1.5 and not thing and any(c == PERSON for _p, c, _w in found):
        # A child, an old person, a climber… is the one in danger: "bocah ilang" is a missing
        # child, not a lost purse.
        strongest += 1
        positive += 1
    score = positive + negative
    people_weight = max((w for *_rest, w in people), default=0.0)
    # A strong danger word, or a danger word with anything that says people or now.
    has_danger = strongest >= 3 or (strongest >= 2 and positive >= THRESHOLD) \
        or (strongest >= 1 and people_weight >= 1 and positive >= THRESHOLD + 0.5)
    # The kinds and words taken away by the words before them are still named to staff ("danger
    # words were found (a landslide), but…"); they count for nothing in the score.
    categories = list(dict.fromkeys([c for _p, c, _w in danger + people]
                                    + [c for _p, c, _w, _s in placed]))
    reading = list(dict.fromkeys(c for _p, c, _w in not_now))
    if thing:
        reading.append(THING)
    signals = [p for p, _c, _w in danger + people][:6] + [p for p, *_rest in placed][:2]
    return UrgencyResult(is_urgent=has_danger and score >= THRESHOLD, score=score,
                         categories=categories, signals=signals, reading=reading)


KIND_LABELS = {
    "kebakaran": gettext_lazy("fire"),
    "longsor": gettext_lazy("landslide"),
    "banjir": gettext_lazy("flood"),
    "korban_luka": gettext_lazy("someone injured or unconscious"),
    "kabel_listrik": gettext_lazy("live electricity"),
    "anak_hilang": gettext_lazy("someone missing"),
    "kecelakaan": gettext_lazy("an accident"),
    "pohon_tumbang": gettext_lazy("a fallen tree"),
    "bangunan_runtuh": gettext_lazy("a collapse"),
    "gas_bocor": gettext_lazy("a gas leak"),
    "kriminal_berlangsung": gettext_lazy("violence or a crime in progress"),
    "keracunan": gettext_lazy("poisoning"),
    "orang_tenggelam": gettext_lazy("drowning or someone swept away"),
    "hewan_buas": gettext_lazy("a dangerous animal"),
    "bunuh_diri": gettext_lazy("someone about to harm themselves"),
    "orang_terancam": gettext_lazy("people trapped or at risk"),
}
READING_LABELS = {
    "lampau": gettext_lazy("an event in the past or already handled"),
    "rencana": gettext_lazy("a plan, a drill or training"),
    "risiko": gettext_lazy("a risk or a fear"),
    "pengumuman": gettext_lazy("an announcement"),
    "pertanyaan": gettext_lazy("a question"),
    "keluhan_layanan": gettext_lazy("a complaint about slow service"),
    "ucapan": gettext_lazy("thanks, condolences or an offer of help"),
    "kiasan": gettext_lazy("a figure of speech, a story or a film"),
    "tidak_terjadi": gettext_lazy("a danger said not to be there (not yet, none)"),
    "hewan_barang": gettext_lazy("an animal or a thing that went missing"),
}


def explain(reason: dict, *, is_urgent: bool) -> str:
    """One sentence for staff: how the message was read."""
    kinds = ", ".join(str(KIND_LABELS[k]) for k in reason.get("categories", [])
                      if k in KIND_LABELS)
    readings = ", ".join(str(READING_LABELS[k]) for k in reason.get("reading", [])
                         if k in READING_LABELS)
    if reason.get("corrected"):
        if is_urgent:
            return _("Staff marked this report as an emergency happening now.")
        return _("Staff marked this report as not urgent.")
    if is_urgent and reason.get("learned"):
        return _("Read as an emergency happening now by the model trained on messages staff "
                 "marked (%(percent)s%% sure), although no danger word of the lexicon decided "
                 "it.") % {"percent": round(100 * reason.get("probability", 0))}
    if is_urgent and kinds and readings:
        return _("Read as danger happening now (%(kinds)s): words that it is still going on "
                 "outweigh those of %(readings)s.") % {"kinds": kinds, "readings": readings}
    if is_urgent and kinds:
        return _("Read as danger happening now (%(kinds)s); nothing places it in the past, in "
                 "a plan or in a risk.") % {"kinds": kinds}
    if is_urgent:
        return _("Marked urgent when it was received.")
    if kinds and readings:
        return _("Danger words were found (%(kinds)s), but the message reads as %(readings)s, "
                 "so it was not marked urgent.") % {"kinds": kinds, "readings": readings}
    if kinds:
        return _("Danger words were found (%(kinds)s), but not enough to read an emergency "
                 "happening now.") % {"kinds": kinds}
    return _("No words of an emergency happening now were found.")
