"""Routing speed and size: prediction latency per message on one core, training time on
100,000 messages, and the memory a loaded model takes.

    taskset -c 0 .venv/bin/python bench/triage.py [--messages 100000] [--urgency-only]

Times per message are given twice: wall-clock, and CPU time of this process
(time.process_time). On a shared machine the wall-clock includes the time spent waiting for
the processor; the CPU time is what the work itself costs on one core, and is the figure to
hold against the 5 ms target there. `taskset -c 0` pins the process to one core.

The 100,000 training messages are the shipped training set recombined (each message joined with
a sentence of another message of the same agency), so the vocabulary grows the way real
history does; the test set is the shipped one.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# One core, as the target says.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--urgency-only", action="store_true",
                        help="Only the urgency reading (no 100,000-message routing training).")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jembatan.settings")
    import django

    django.setup()
    import joblib
    from sklearn.metrics import f1_score

    from jembatan.triage.lexicon import file_topics
    from jembatan.triage.router import TrainedRouter

    data = ROOT / "jembatan" / "triage" / "data"
    if args.urgency_only:
        with (data / "routing_test.csv").open(encoding="utf-8") as handle:
            bench_urgency([r["text"] for r in csv.DictReader(handle)])
        return 0
    with (data / "routing_train.csv").open(encoding="utf-8") as handle:
        train = [(r["text"], r["agency"]) for r in csv.DictReader(handle)]
    with (data / "routing_test.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    test = [r["text"] for r in rows]
    truth = [r["agency"] for r in rows]
    rng = random.Random(1)
    by_agency: dict[str, list[str]] = {}
    for text, agency in train:
        by_agency.setdefault(agency, []).append(text)
    texts, labels = [], []
    while len(texts) < args.messages:
        text, agency = rng.choice(train)
        other = rng.choice(by_agency[agency]).split(".")[0]
        texts.append(f"{text} {other} {rng.randint(1, 99)}")
        labels.append(agency)

    topics = file_topics()
    started = time.perf_counter()
    router = TrainedRouter(topics).fit(texts, labels)
    training_s = time.perf_counter() - started
    print(f"training on {len(texts):,} messages: {training_s:.1f} s")

    buffer = io.BytesIO()
    joblib.dump(router, buffer)
    size_mb = buffer.tell() / 1e6
    tracemalloc.start()
    loaded = joblib.load(io.BytesIO(buffer.getvalue()))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"stored model: {size_mb:.1f} MB; memory to load it: {peak / 1e6:.1f} MB")

    for text in test[:50]:  # warm the stemmer's per-word cache as a running process has
        loaded.predict(text)
    predicted = []
    print("prediction: " + timed(test, lambda text: predicted.append(loaded.predict(text).label)))
    # Not a quality target (the history is the training set recombined), but a check that the
    # shortcuts taken for large histories do not cost quality.
    print(f"macro-F1 of this model on the shipped test set: "
          f"{f1_score(truth, predicted, average='macro'):.3f}")
    bench_urgency(test)
    return 0


def bench_urgency(test: list[str]) -> None:
    """The urgency reading: training its model (development set + everyday messages) and the
    time per message of lexicon and model together."""
    from jembatan.triage.urgency import assess_urgency, train_model

    started, started_cpu = time.perf_counter(), time.process_time()
    model = train_model()
    print(f"urgency model training: {time.perf_counter() - started:.1f} s wall-clock, "
          f"{time.process_time() - started_cpu:.1f} s CPU")
    for text in test[:50]:
        assess_urgency(text, model=model)
    print("urgency: " + timed(test, lambda text: assess_urgency(text, model=model)))


def timed(texts: list[str], work) -> str:
    """Mean and 95th percentile per message, wall-clock and CPU time of this process."""
    wall, cpu = [], []
    for text in texts:
        began, began_cpu = time.perf_counter(), time.process_time()
        work(text)
        cpu.append((time.process_time() - began_cpu) * 1000)
        wall.append((time.perf_counter() - began) * 1000)
    wall.sort()
    cpu.sort()
    p95 = int(len(texts) * 0.95) - 1
    return (f"mean {statistics.fmean(cpu):.2f} ms, p95 {cpu[p95]:.2f} ms CPU per message; "
            f"wall-clock mean {statistics.fmean(wall):.2f} ms, p95 {wall[p95]:.2f} ms "
            f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    sys.exit(main())
