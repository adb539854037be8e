"""eval_overlap: find test messages too close to a training, development or taxonomy text.

An independent test set must not copy or paraphrase what the models learned from: every test
message is compared (character 3–5-grams, TF-IDF cosine) with every text of the other files and
the shipped taxonomy's phrases; pairs at or above --threshold are listed, and the exit code is 1
when there is any, so the check can run in CI.
"""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from sklearn.feature_extraction.text import TfidfVectorizer

from jembatan.triage import normalize
from jembatan.triage.datasets import DatasetError, read_csv
from jembatan.triage.lexicon import file_topics


def _texts(path: str) -> list[str]:
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle) if row.get("text")]


class Command(BaseCommand):
    help = ("Compare --test FILE.csv with --against FILE.csv… (and the taxonomy) and list the "
            "test messages that are near-copies.")

    def add_arguments(self, parser):
        parser.add_argument("--test", required=True)
        parser.add_argument("--against", nargs="+", default=[])
        parser.add_argument("--threshold", type=float, default=0.6)

    def handle(self, *args, **options):
        try:
            test = [row["text"] for row in read_csv(options["test"], ("text",))]
            for path in options["against"]:
                read_csv(path, ("text",))
        except DatasetError as error:
            raise CommandError(str(error), returncode=2) from error
        others = [text for path in options["against"] for text in _texts(path)]
        others += [", ".join(topic.message_keywords) for topic in file_topics()]
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                     preprocessor=normalize.clean)
        vectorizer.fit(test + others)
        scores = vectorizer.transform(test) @ vectorizer.transform(others).T
        near = []
        for i, text in enumerate(test):
            row = scores.getrow(i)
            if row.nnz and row.data.max() >= options["threshold"]:
                j = row.indices[row.data.argmax()]
                near.append((row.data.max(), text, others[j]))
        self.stdout.write(f"{len(test)} test messages against {len(others)} texts: "
                          f"{len(near)} at or above {options['threshold']:.2f}")
        for score, text, other in sorted(near, reverse=True):
            self.stdout.write(f"  {score:.2f}  {text}\n        ~ {other}")
        if near:
            raise CommandError("near-copies found", returncode=1)
