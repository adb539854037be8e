"""Agency routing: which agency should handle a message, how sure we are, and why.

Two sources of knowledge are combined:

- The taxonomy of public-service topics (lexicon/taxonomy.tsv, editable): each topic groups the
  words citizens use for it (formal, informal, Javanese) and the words agencies use for it in
  their names and duties. With 16 examples per agency, word statistics cannot know that "gas
  melon" and "elpiji" are the same matter; the topic features can.
- What the installation learns: the coordinators' own dispositions, or the training file of the
  evaluation command.

Cold start (no labelled data): each agency's profile is its name and duties, expanded with the
citizen words of the topics its duties match; a message goes to the most similar profile.
Trained: a logistic regression over word and character n-grams of the normalised text, the
topic activations, the kinds of agency of those topics and (when agencies' duties are known) the
cold-start scores, combined with each label's messages expanded with the synonyms of its topics.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn import config_context
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import normalize as l2_normalize

from jembatan.triage import normalize
from jembatan.triage.lexicon import Topic

LARGE_HISTORY = 20_000
CALIBRATION_SAMPLE = 3_000


@dataclass(frozen=True)
class AgencyInfo:
    label: str
    name: str
    description: str


@dataclass
class Suggestion:
    label: str
    probability: float


@dataclass
class Prediction:
    suggestions: list[Suggestion]
    explanation: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.suggestions[0].label

    @property
    def probability(self) -> float:
        return self.suggestions[0].probability


class TopicMatcher:
    """Finds the taxonomy's topics in a text by their keywords (after normalisation).

    Keywords are indexed once: multi-word phrases by their standard words, single words by their
    stem. A text is then read once, looking up in the index the word n-grams (n ≤ 4) that start
    with the first word of some phrase.
    """

    MAX_PHRASE_WORDS = 4
    MAX_ACTIVATION = 3.0

    def __init__(self, topics: tuple[Topic, ...] | list[Topic]) -> None:
        self.topics = list(topics)
        self._phrases: dict[str, set[int]] = {}
        self._stems: dict[str, set[int]] = {}
        # First word of the phrases → the longest phrase that starts with it.
        self._starts: dict[str, int] = {}
        for index, topic in enumerate(self.topics):
            for keyword in topic.message_keywords:
                words = normalize.words(keyword)
                if not words:
                    continue
                if len(words) == 1:
                    self._stems.setdefault(normalize.stem(words[0]), set()).add(index)
                elif len(words) <= self.MAX_PHRASE_WORDS:
                    self._phrases.setdefault(" ".join(words), set()).add(index)
                    self._starts[words[0]] = max(self._starts.get(words[0], 0), len(words))

    @property
    def kinds(self) -> sparse.csr_matrix:
        """Topics × kinds of agency (binary): which kinds of body handle each topic."""
        if getattr(self, "_kinds", None) is None:
            vocabulary: dict[str, int] = {}
            rows, columns = [], []
            for index, topic in enumerate(self.topics):
                for kind in topic.agency_kinds:
                    standard = " ".join(normalize.words(kind))
                    if standard:
                        rows.append(index)
                        columns.append(vocabulary.setdefault(standard, len(vocabulary)))
            matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)),
                                       shape=(len(self.topics), max(len(vocabulary), 1)))
            matrix.data = np.minimum(matrix.data, 1.0)
            self._kinds = matrix
        return self._kinds

    def __setstate__(self, state: dict) -> None:
        # Models stored before the index of first words existed.
        self.__dict__.update(state)
        if "_starts" not in state:
            self._starts = {}
            for phrase in self._phrases:
                first, *rest = phrase.split()
                self._starts[first] = max(self._starts.get(first, 0), len(rest) + 1)

    def __len__(self) -> int:
        return len(self.topics)

    def matches(self, text: str) -> list[tuple[int, str]]:
        words = normalize.words(text)
        found: dict[tuple[int, str], None] = {}
        starts, phrases = self._starts, self._phrases
        for start, word in enumerate(words):
            longest = starts.get(word)
            if longest is None:
                continue
            for size in range(2, min(longest, len(words) - start) + 1):
                phrase = " ".join(words[start:start + size])
                for index in phrases.get(phrase, ()):
                    found[(index, phrase)] = None
        for word in set(normalize.tokens(text, keep_stopwords=True)):
            for index in self._stems.get(word, ()):
                found[(index, word)] = None
        return list(found)

    def matrix(self, texts: list[str]) -> sparse.csr_matrix:
        return self.matrix_of([self.matches(text) for text in texts])

    def matrix_of(self, matched: list[list[tuple[int, str]]]) -> sparse.csr_matrix:
        """Topic activations (texts × topics) from each text's matches."""
        rows = [row for row, found in enumerate(matched) for _match in found]
        columns = [index for found in matched for index, _keyword in found]
        matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, columns)),
                                   shape=(len(matched), len(self.topics)))  # duplicates add up
        matrix.data = np.minimum(matrix.data, self.MAX_ACTIVATION)
        return matrix

    def agency_affinity(self, agency: AgencyInfo) -> np.ndarray:
        """How strongly each topic belongs to an agency, from its name and duties."""
        name = f" {' '.join(normalize.words(agency.name))} "
        duties = f" {' '.join(normalize.words(agency.description))} "
        duty_stems = set(normalize.tokens(agency.description))
        scores = np.zeros(len(self.topics))
        for index, topic in enumerate(self.topics):
            score = 0.0
            for kind in topic.agency_kinds:
                kind_text = f" {' '.join(normalize.words(kind))} "
                if kind_text.strip() and kind_text in name:
                    score += 3.0
                elif kind_text.strip() and kind_text in duties:
                    score += 1.0
            for keyword in topic.duty_keywords + topic.message_keywords:
                standard = " ".join(normalize.words(keyword))
                if not standard:
                    continue
                if " " in standard:
                    score += 1.0 if f" {standard} " in duties else 0.0
                elif normalize.stem(standard) in duty_stems:
                    score += 0.5
            scores[index] = score
        return scores


def _word_vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=str.split, sublinear_tf=True, min_df=1)


def _char_vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                           min_df=1, max_features=150_000)


def _softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    shifted = (scores - scores.max(axis=1, keepdims=True)) / temperature
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


class ColdStartRouter:
    """Routes by similarity to the agencies' duties, expanded with the taxonomy."""

    temperature = 0.08
    # Lexical similarity to the topic-expanded profiles carries most of the signal; direct
    # topic overlap only breaks near-ties (measured on the Wonosobo test set).
    topic_weight = 0.15

    def __init__(self, topics) -> None:
        self.matcher = TopicMatcher(topics)

    def fit(self, agencies: list[AgencyInfo]) -> ColdStartRouter:
        self.labels = [agency.label for agency in agencies]
        affinity = np.vstack([self.matcher.agency_affinity(a) for a in agencies])
        # A topic counts for the agencies it fits best, not for every agency that mentions one
        # of its words: keep, per topic, the agencies within 60% of the best score.
        best = affinity.max(axis=0, keepdims=True)
        strong = np.where((affinity > 0) & (affinity >= 0.6 * best), affinity, 0.0)
        self.affinity = l2_normalize(strong, axis=1) if strong.size else strong
        profiles = []
        for agency, row in zip(agencies, strong, strict=True):
            expansion = []
            for index in np.argsort(-row)[:12]:
                if row[index] <= 0:
                    break
                expansion.extend(self.matcher.topics[index].message_keywords)
            profiles.append(normalize.normalized(
                f"{agency.name} {agency.name} {agency.description} {' '.join(expansion)}"))
        self.vectorizer = _word_vectorizer().fit(profiles)
        self.profiles = self.vectorizer.transform(profiles)
        return self

    def scores(self, texts: list[str]) -> np.ndarray:
        normalized = [normalize.normalized(text) for text in texts]
        words = self.vectorizer.transform(normalized)
        lexical = (words @ self.profiles.T).toarray()
        topics = l2_normalize(self.matcher.matrix(texts).toarray(), axis=1)
        topical = topics @ self.affinity.T
        return lexical + self.topic_weight * topical

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return _softmax(self.scores(texts), self.temperature)

    def predict(self, text: str, *, top: int = 3) -> Prediction:
        probabilities = self.predict_proba([text])[0]
        order = np.argsort(-probabilities)[:top]
        best = self.labels[order[0]]
        return Prediction(
            suggestions=[Suggestion(self.labels[i], float(probabilities[i])) for i in order],
            explanation=self._explain(text, order[0]) if best else [],
        )

    def _explain(self, text: str, index: int) -> list[str]:
        words = set(normalize.tokens(text))
        vocabulary = self.vectorizer.vocabulary_
        profile = self.profiles[index].toarray()[0]
        weighted = sorted(((profile[vocabulary[w]], w) for w in words if w in vocabulary),
                          reverse=True)
        reasons = [word for weight, word in weighted if weight > 0][:4]
        for topic_index, keyword in self.matcher.matches(text):
            if self.affinity[index, topic_index] > 0 and keyword not in reasons:
                reasons.append(keyword)
        return reasons[:6]


class TrainedRouter:
    """Learns from labelled messages; uses the taxonomy and, when known, the agencies' duties.

    Besides the topics a message mentions, the features include the kinds of agency that handle
    those topics (from the taxonomy): with sixteen examples per agency, a word never seen with
    an agency still points to it when it belongs to a topic of the same kind of body.
    """

    # Models stored before these existed were trained without kinds of agency.
    kind_weight = 0.0
    kind_expansion = 0.0

    def __init__(self, topics, *, agencies: list[AgencyInfo] | None = None,
                 C: float = 8.0, char_weight: float = 0.6, topic_weight: float = 0.2,
                 profile_weight: float = 0.6, kind_weight: float = 0.2,
                 kind_expansion: float = 0.5) -> None:
        self.kind_weight = kind_weight
        self.kind_expansion = kind_expansion
        self.matcher = TopicMatcher(topics)
        self.agencies = agencies or []
        self.C = C
        self.char_weight = char_weight
        self.topic_weight = topic_weight
        self.profile_weight = profile_weight
        self.cold = ColdStartRouter(topics).fit(self.agencies) if self.agencies else None

    def _prepared(self, texts: list[str]) -> tuple[list[str], list[str], sparse.csr_matrix]:
        """Each text read once: normalised words, cleaned characters, topic activations.

        Text by text, so that the per-text caches of normalize (cleaned text, standard words)
        serve all three even when the texts are far more than the caches hold.
        """
        normalized, cleaned, matched = [], [], []
        for text in texts:
            cleaned.append(normalize.clean(text))
            normalized.append(normalize.normalized(text))
            matched.append(self.matcher.matches(text))
        topics = self.matcher.matrix_of(matched)
        return normalized, cleaned, topics

    def _features(self, texts: list[str], *, fit: bool = False,
                  prepared: tuple | None = None) -> sparse.csr_matrix:
        normalized, cleaned, topics = prepared or self._prepared(texts)
        if fit:
            # fit_transform reads the texts once; fit then transform would read them twice.
            self.words = _word_vectorizer()
            self.chars = _char_vectorizer()
            word_block = self.words.fit_transform(normalized)
            char_block = self.chars.fit_transform(cleaned)
        else:
            word_block = self.words.transform(normalized)
            char_block = self.chars.transform(cleaned)
        blocks = [
            word_block,
            self.char_weight * char_block,
            self.topic_weight * l2_normalize(topics, axis=1),
        ]
        if self.kind_weight:
            present = topics.copy()
            present.data = np.ones_like(present.data)
            blocks.append(self.kind_weight * l2_normalize(present @ self.matcher.kinds, axis=1))
        if self.cold is not None:
            blocks.append(sparse.csr_matrix(self._cold_block(texts)))
        return sparse.hstack(blocks, format="csr")

    def _cold_block(self, texts: list[str]) -> np.ndarray:
        # Cold-start scores in the order of the trained labels (zero for unknown agencies).
        scores = self.cold.scores(texts)
        columns = [self.cold.labels.index(label) if label in self.cold.labels else None
                   for label in self.labels]
        block = np.zeros((len(texts), len(self.labels)))
        for position, column in enumerate(columns):
            if column is not None:
                block[:, position] = scores[:, column]
        return block

    temperature = 1.0

    def fit(self, texts: list[str], labels: list[str], *, calibrate: bool = True
            ) -> TrainedRouter:
        if calibrate:
            self.temperature = self._calibrated_temperature(texts, labels)
        self.labels = sorted(set(labels))
        prepared = self._prepared(texts)
        features = self._features(texts, fit=True, prepared=prepared)
        if len(texts) > LARGE_HISTORY:
            # Stochastic gradient descent on the same logistic loss: minutes become seconds.
            self.classifier = SGDClassifier(loss="log_loss", alpha=1e-5, max_iter=10,
                                            tol=1e-4, class_weight="balanced", random_state=7)
        else:
            self.classifier = LogisticRegression(C=self.C, max_iter=3000,
                                                 class_weight="balanced")
        self.classifier.fit(features, labels)
        # Predicting multiplies by coef_.T; stored column-major, that transpose needs no copy
        # of the (features × agencies) matrix on every message.
        self.classifier.coef_ = np.asfortranarray(self.classifier.coef_)
        self.labels = list(self.classifier.classes_)
        self._fit_profiles(texts, labels, prepared=prepared)
        return self

    def _calibrated_temperature(self, texts: list[str], labels: list[str]) -> float:
        """Temperature scaling on a held-out fifth, so that "80% sure" means right about 80%
        of the time (the combined scores are otherwise far too modest with many agencies)."""
        counts = Counter(labels)
        if len(counts) < 2 or min(counts.values()) < 3:
            return 1.0
        if len(texts) > CALIBRATION_SAMPLE:
            # A large history calibrates just as well on a sample, at a fraction of the cost.
            texts, _rest, labels, _rest_labels = train_test_split(
                texts, labels, train_size=CALIBRATION_SAMPLE, stratify=labels, random_state=7)
        train_x, held_x, train_y, held_y = train_test_split(
            texts, labels, test_size=0.2, stratify=labels, random_state=7)
        trial = TrainedRouter(self.matcher.topics, agencies=self.agencies, C=self.C,
                              char_weight=self.char_weight, topic_weight=self.topic_weight,
                              kind_weight=self.kind_weight, kind_expansion=self.kind_expansion,
                              profile_weight=self.profile_weight)
        trial.fit(train_x, train_y, calibrate=False)
        logits = trial._logits(trial._features(held_x), held_x)
        truth = np.array([trial.labels.index(y) if y in trial.labels else -1 for y in held_y])
        known = truth >= 0
        best, best_loss = 1.0, np.inf
        for temperature in (0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0):
            probabilities = _softmax(logits[known], temperature)
            loss = -np.mean(np.log(probabilities[np.arange(known.sum()), truth[known]] + 1e-9))
            if loss < best_loss:
                best, best_loss = temperature, loss
        return best

    def _fit_profiles(self, texts: list[str], labels: list[str], *, prepared: tuple) -> None:
        """Each label's messages, expanded with the synonyms of the topics they mention.

        Sixteen messages about "elpiji" then also match "gas melon" and "tabung 3 kg": the
        taxonomy lends the words the training data never used.
        """
        index = {label: i for i, label in enumerate(self.labels)}
        normalized, _cleaned, topic_matrix = prepared
        positions = [index[label] for label in labels]
        # labels × messages: summing a label's rows is one sparse product.
        members = sparse.csr_matrix((np.ones(len(labels)), (positions, np.arange(len(labels)))),
                                    shape=(len(self.labels), len(labels)))
        present = (topic_matrix > 0).astype(float)
        sizes = np.maximum(np.bincount(positions, minlength=len(self.labels)), 1)[:, None]
        share = (members @ present).toarray() / sizes
        if self.kind_expansion:
            # A topic none of a label's messages mention still belongs to it when the label's
            # messages often concern the same kind of agency: sixteen police messages about
            # theft, fights and SIM lend the police the words of online fraud and gambling.
            kinds = self.matcher.kinds
            kind_share = (members @ ((present @ kinds) > 0).astype(float)).toarray() / sizes
            per_topic = np.maximum(np.asarray(kinds.sum(axis=1)).ravel(), 1)
            share = share + self.kind_expansion * (kinds @ kind_share.T).T / per_topic
        strong = (share >= 0.1) & (share >= 0.5 * share.max(axis=0, keepdims=True))
        profiles = []
        for position, label in enumerate(self.labels):
            own = " ".join(n for n, lab in zip(normalized, labels, strict=True) if lab == label)
            topics = [t for t in np.argsort(-share[position]) if strong[position, t]][:8]
            synonyms = " ".join(k for t in topics for k in self.matcher.topics[t].message_keywords)
            profiles.append(f"{own} {normalize.normalized(synonyms)}")
        # Word weights from the profiles and (at most) 20,000 of the messages: enough to know
        # which words are common, without reading a large history twice.
        self.profile_vectorizer = _word_vectorizer().fit(profiles + normalized[:20_000])
        self.profile_matrix = self.profile_vectorizer.transform(profiles)

    def _profile_proba(self, texts: list[str]) -> np.ndarray:
        normalized = [normalize.normalized(text) for text in texts]
        scores = (self.profile_vectorizer.transform(normalized) @ self.profile_matrix.T).toarray()
        return _softmax(scores, 0.05)

    def _logits(self, features: sparse.csr_matrix, texts: list[str]) -> np.ndarray:
        return np.log(self.classifier.predict_proba(features) + 1e-9) \
            + self.profile_weight * np.log(self._profile_proba(texts) + 1e-9)

    def _combined(self, features: sparse.csr_matrix, texts: list[str]) -> np.ndarray:
        return _softmax(self._logits(features, texts), self.temperature)

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return self._combined(self._features(texts), texts)

    def predict(self, text: str, *, top: int = 3) -> Prediction:
        # Our own features are always finite and our own calls well-formed: skipping
        # scikit-learn's check of every value and of every call's parameters saves more than a
        # millisecond per message (most of it with the duties' scores read too).
        with config_context(assume_finite=True, skip_parameter_validation=True):
            features = self._features([text])
            probabilities = self._combined(features, [text])[0]
        order = np.argsort(-probabilities)[:top]
        return Prediction(
            suggestions=[Suggestion(self.labels[i], float(probabilities[i])) for i in order],
            explanation=self._explain(text, features, order[0]),
        )

    def _explain(self, text: str, features: sparse.csr_matrix, index: int) -> list[str]:
        coefficients = self.classifier.coef_[index] if self.classifier.coef_.shape[0] > 1 \
            else self.classifier.coef_[0]
        word_count = len(self.words.vocabulary_)
        row = features[:, :word_count].tocoo()
        if getattr(self, "_word_names", None) is None or len(self._word_names) != word_count:
            self._word_names = self.words.get_feature_names_out()  # once, not per message
        names = self._word_names
        contributions = sorted(((coefficients[j] * v, names[j]) for j, v in
                                zip(row.col, row.data, strict=True)), reverse=True)
        reasons = [name for weight, name in contributions if weight > 0][:4]
        for _topic, keyword in self.matcher.matches(text):
            if keyword not in reasons:
                reasons.append(keyword)
        return reasons[:6]

