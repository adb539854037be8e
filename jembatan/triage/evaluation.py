"""Shared measurement of the evaluation commands: quality and latency of a fitted model."""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support


def evaluate(predict, texts: list[str], truth: list[str]) -> dict:
    """Predict one message at a time (as the product does) and compute the metrics."""
    predicted, latencies = [], []
    for text in texts:
        started = time.perf_counter()
        predicted.append(predict(text))
        latencies.append((time.perf_counter() - started) * 1000)
    labels = sorted(set(truth) | set(predicted))
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=labels, zero_division=0
    )
    confused = Counter((t, p) for t, p in zip(truth, predicted, strict=True) if t != p)
    interval = confidence_interval(truth, predicted) if len(truth) >= 10 else {}
    ordered = sorted(latencies)
    return {
        "accuracy": round(float(accuracy_score(truth, predicted)), 4),
        "macro_f1": round(float(f1_score(truth, predicted, average="macro", labels=labels,
                                         zero_division=0)), 4),
        "latency_ms_mean": round(statistics.fmean(latencies), 3),
        "latency_ms_p95": round(ordered[max(int(len(ordered) * 0.95) - 1, 0)], 3),
        "n_test": len(texts),
        "per_label": {
            label: {"precision": round(float(p), 4), "recall": round(float(r), 4),
                    "f1": round(float(f), 4), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "confused_pairs": [
            {"true": t, "predicted": p, "count": n} for (t, p), n in confused.most_common(10)
        ],
        **interval,
    }


def confidence_interval(truth: list[str], predicted: list[str], *, rounds: int = 1000,
                        seed: int = 0) -> dict:
    """95% bootstrap intervals of accuracy and macro-F1: the messages are resampled with
    replacement, so a small test set shows how little one figure alone says."""
    rng = np.random.default_rng(seed)
    truth_array, predicted_array = np.array(truth), np.array(predicted)
    accuracies, f1s = [], []
    for _round in range(rounds):
        sample = rng.integers(0, len(truth), len(truth))
        t, p = truth_array[sample], predicted_array[sample]
        accuracies.append(float((t == p).mean()))
        f1s.append(float(f1_score(t, p, average="macro", labels=sorted(set(t)),
                                  zero_division=0)))
    return {
        "accuracy_ci95": [round(float(np.percentile(accuracies, 2.5)), 4),
                          round(float(np.percentile(accuracies, 97.5)), 4)],
        "macro_f1_ci95": [round(float(np.percentile(f1s, 2.5)), 4),
                          round(float(np.percentile(f1s, 97.5)), 4)],
    }


def write_report(out, result: dict, *, label_name: str, as_json: bool) -> None:
    out.write(f"accuracy      {result['accuracy']:.4f}"
              + (f"  (95% CI {result['accuracy_ci95'][0]:.3f}–{result['accuracy_ci95'][1]:.3f})"
                 if "accuracy_ci95" in result else ""))
    out.write(f"macro-F1      {result['macro_f1']:.4f}"
              + (f"  (95% CI {result['macro_f1_ci95'][0]:.3f}–{result['macro_f1_ci95'][1]:.3f})"
                 if "macro_f1_ci95" in result else ""))
    if "cross_validation" in result:
        cv = result["cross_validation"]
        out.write(f"cross-validated on the training file ({cv['folds']} folds): macro-F1 "
                  f"{cv['macro_f1_mean']:.4f} ± {cv['macro_f1_std']:.4f}")
    out.write(f"latency (ms)  mean {result['latency_ms_mean']:.3f}  "
              f"p95 {result['latency_ms_p95']:.3f}")
    out.write(f"\n{label_name:<32} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>4}")
    for label, row in result["per_label"].items():
        out.write(f"{label[:32]:<32} {row['precision']:>9.3f} {row['recall']:>7.3f} "
                  f"{row['f1']:>6.3f} {row['support']:>4}")
    if result["confused_pairs"]:
        out.write("\nmost confused (true → predicted)")
        for pair in result["confused_pairs"]:
            out.write(f"  {pair['count']:>3} × {pair['true']} → {pair['predicted']}")
    if as_json:
        out.write(json.dumps(result, ensure_ascii=False))
