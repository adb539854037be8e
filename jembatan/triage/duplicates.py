"""Text similarity for duplicates: which of a few hundred earlier messages say the same thing
as a new one."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from jembatan.triage import normalize

MIN_SCORE = 0.3
MIN_TOKENS = 3


def is_searchable(text: str) -> bool:
    """Too few words say nothing about the matter."""
    return len(normalize.tokens(text)) >= MIN_TOKENS


def similar_texts(query: str, documents: Sequence[str], *, boosts: Sequence[float] = (),
                  limit: int = 3, min_score: float = MIN_SCORE) -> list[tuple[int, float]]:
    """The positions of the documents most like the query, with their scores, best first.

    `boosts` (one per document) is added to the score: what the caller knows beyond the
    words, such as the same village."""
    if not documents:
        return []
    normalized = [normalize.normalized(document) for document in documents]
    query = normalize.normalized(query)
    # One pass over the words: the query is the last row of the matrix it was fitted on.
    matrix = TfidfVectorizer(analyzer=str.split, sublinear_tf=True).fit_transform(
        [*normalized, query])
    scores = (matrix[:-1] @ matrix[-1].T).toarray().ravel()
    if len(boosts):
        scores = scores + np.asarray(boosts, dtype=float)
    ranked = sorted(enumerate(scores), key=lambda pair: -pair[1])
    return [(index, round(float(score), 3)) for index, score in ranked[:limit]
            if score >= min_score]
