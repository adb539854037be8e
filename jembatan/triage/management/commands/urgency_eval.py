"""urgency_eval: measure urgency detection on a labelled file (text,label with labels
urgent/normal). Exit code 2 for unusable input files."""

import json
import statistics
import time

from django.core.management.base import BaseCommand, CommandError

from jembatan.triage.datasets import DatasetError, read_csv
from jembatan.triage.urgency import (
    NORMAL,
    URGENT,
    UrgencyModel,
    assess_urgency,
    shipped_model,
    train_model,
)


class Command(BaseCommand):
    help = ("Evaluate urgency detection on --test TEST.csv (text,label with labels "
            "urgent/normal): precision, recall and F1 of the urgent class.")

    def add_arguments(self, parser):
        parser.add_argument("--test", required=True, help="CSV with header text,label")
        parser.add_argument("--json", action="store_true",
                            help="End with one line of JSON with the metrics.")
        parser.add_argument("--errors", action="store_true",
                            help="List the misread messages (for the development set only).")
        parser.add_argument("--folds", type=int, default=0,
                            help="Cross-validate on the file itself: the trained model of each "
                                 "fold learns from the other folds only (for the development "
                                 "set, which the shipped model is trained on).")

    def handle(self, *args, **options):
        try:
            rows = read_csv(options["test"], ("text", "label"))
        except DatasetError as error:
            raise CommandError(str(error), returncode=2) from error
        wrong = sorted({r["label"] for r in rows} - {URGENT, NORMAL})
        if wrong:
            raise CommandError(f"{options['test']}: unknown label(s) {', '.join(wrong)}; "
                               f"use {URGENT} or {NORMAL}", returncode=2)
        models = self._models(rows, options["folds"])
        tp = fp = fn = 0
        latencies, errors = [], []
        for i, row in enumerate(rows):
            model = models[i]
            started = time.perf_counter()
            result = assess_urgency(row["text"], model=model)
            latencies.append((time.perf_counter() - started) * 1000)
            truth = row["label"] == URGENT
            tp += truth and result.is_urgent
            fp += (not truth) and result.is_urgent
            fn += truth and not result.is_urgent
            if truth != result.is_urgent:
                errors.append((row["label"], result, row["text"]))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics = {"precision": round(precision, 4), "recall": round(recall, 4),
                   "f1": round(f1, 4), "latency_ms_mean": round(statistics.fmean(latencies), 3)}
        n_urgent = sum(r["label"] == URGENT for r in rows)
        self.stdout.write(f"urgency: {len(rows)} test messages, {n_urgent} urgent")
        self.stdout.write(f"precision     {precision:.4f}")
        self.stdout.write(f"recall        {recall:.4f}")
        self.stdout.write(f"F1            {f1:.4f}")
        self.stdout.write(f"missed {fn}, false alarms {fp}")
        self.stdout.write(f"latency (ms)  mean {metrics['latency_ms_mean']:.3f}")
        if options["errors"]:
            for label, result, text in errors:
                self.stdout.write(f"  [{label}] {result.score:+.1f} "
                                  f"{','.join(result.signals)} | {text}")
        if options["json"]:
            self.stdout.write(json.dumps(metrics))

    def _models(self, rows, folds: int) -> list[UrgencyModel]:
        """The model each row is read with (trained before any time is measured)."""
        if folds < 2:
            model = shipped_model()
            return [model] * len(rows)
        from sklearn.model_selection import StratifiedKFold

        labels = [row["label"] == URGENT for row in rows]
        models: list[UrgencyModel] = [None] * len(rows)
        splitter = StratifiedKFold(folds, shuffle=True, random_state=0)
        for train, test in splitter.split(rows, labels):
            model = train_model(examples=([rows[i]["text"] for i in train],
                                          [labels[i] for i in train]))
            for i in test:
                models[i] = model
        self.stdout.write(f"cross-validated: {folds} folds")
        return models
