"""Bulk writing for `generate_load`: rows go straight into the tables, as the actions would have
left them, without running an action per row.

A million reports through the actions would take hours (each one locks, audits, enqueues and
recounts). The generators in each domain's `loadgen.py` instead work out, per object, the whole
history the actions would have produced (timeline, messages, audit entries, clocks) and hand the
rows to a `TableWriter`: PostgreSQL's COPY (psycopg 3 `cursor.copy`) there, batched
`executemany` on SQLite. Ids are given by the generator (from the table's current maximum), so
rows of one table can point to rows of another before either is written; the sequences are set
past them at the end.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import queue
import random
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.db import connection, connections, models, transaction

PACKAGE = Path(__file__).resolve().parent.parent
# The audit entry that marks a database as filled by generate_load (see `is_generated`).
GENERATED_ACTION = "generate_load"  # also written as a literal where the entry is made


def fast_sqlite() -> None:
    """An SQLite file being filled needs no crash safety: a failed run is thrown away."""
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("PRAGMA journal_mode = MEMORY")


def next_id(model: type[models.Model]) -> int:
    found = model.objects.aggregate(top=models.Max("pk"))["top"]
    return (found or 0) + 1


def reset_sequences(model_list: Iterable[type[models.Model]]) -> None:
    """After explicit ids, the next row created by the site must not collide with them."""
    statements = connection.ops.sequence_reset_sql(_NoStyle(), list(model_list))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


@contextmanager
def secondary_indexes_set_aside(model_list: Iterable[type[models.Model]]) -> Iterator[int]:
    """PostgreSQL's advice for a bulk load: fill the tables first and build their indexes once
    afterwards, instead of keeping every index up to date row by row (on two cores the upkeep
    of a million reports' indexes, the search vectors' GIN included, took one core for the
    whole load). Primary keys and the indexes behind constraints stay, so a wrong row still
    fails. The indexes are built again even when the load fails. Yields how many were set
    aside; elsewhere (SQLite, or inside a transaction such as a test's) nothing is done."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield 0
        return
    tables = sorted({model._meta.db_table for model in model_list})
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT index_class.relname, pg_get_indexdef(i.indexrelid)
                 FROM pg_index i
                 JOIN pg_class table_class ON table_class.oid = i.indrelid
                 JOIN pg_class index_class ON index_class.oid = i.indexrelid
                WHERE table_class.relname = ANY(%s)
                  AND table_class.relnamespace = to_regnamespace(current_schema())
                  AND NOT i.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                   WHERE c.conindid = i.indexrelid)
                ORDER BY pg_relation_size(i.indrelid) DESC, index_class.relname""",
            [tables])
        set_aside = cursor.fetchall()
        for name, _definition in set_aside:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    try:
        yield len(set_aside)
    finally:
        _build_indexes([definition for _name, definition in set_aside])


def _build_indexes(definitions: list[str], connections_at_once: int = 2) -> None:
    """Build the indexes over two connections at once: PostgreSQL builds a GIN index (the
    search vectors') and the indexes of smaller tables with one process each, so one
    connection alone would leave a core idle most of the time."""
    pending = queue.Queue()
    for definition in definitions:
        pending.put(definition)
    errors: list[BaseException] = []

    def build() -> None:
        try:
            with connection.cursor() as cursor:
                # Memory for the sorts of the builds.
                cursor.execute("SET maintenance_work_mem = '512MB'")
                while not errors:
                    try:
                        definition = pending.get_nowait()
                    except queue.Empty:
                        return
                    cursor.execute(definition)
        except BaseException as error:  # raised again below, in the caller's thread
            errors.append(error)
        finally:
            connection.close()

    builders = [threading.Thread(target=build, name=f"loadgen-index-{n}")
                for n in range(connections_at_once)]
    for builder in builders:
        builder.start()
    for builder in builders:
        builder.join()
    if errors:
        raise errors[0]


_json = json.JSONEncoder(ensure_ascii=False).encode


class _NoStyle:
    def __getattr__(self, name):
        return lambda text: text


class TableWriter:
    """Rows of one model with every column given, written in batches.

    Django's field defaults are not database defaults: columns a generator does not name take
    the model's default here, computed once. Rows are dicts by attname; `flush` writes what is
    buffered (the caller decides the transaction).
    """

    def __init__(self, model: type[models.Model], columns: Sequence[str]) -> None:
        self.model = model
        # Without an id among the columns, the database numbers the rows.
        fields = [f for f in model._meta.concrete_fields
                  if not f.primary_key or f.attname in columns]
        self.fields = fields
        self.names = [f.attname for f in fields]
        unknown = set(columns) - set(self.names)
        if unknown:
            raise ValueError(f"{model.__name__} has no field {sorted(unknown)}")
        template = model()
        self.fixed: dict[str, object] = {}
        for f in fields:
            if f.attname in columns or f.primary_key:
                continue
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                value = f.pre_save(template, add=True)
            else:
                value = getattr(template, f.attname)
            self.fixed[f.attname] = self._prep(f, value)
        self.json_positions = [(position, f.attname) for position, f in enumerate(fields)
                               if isinstance(f, models.JSONField)]
        self.rows: list[tuple] = []
        self.written = 0
        quoted = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        self.table = connection.ops.quote_name(model._meta.db_table)
        self.copy_sql = f"COPY {self.table} ({quoted}) FROM STDIN"
        # Only the model's own table and column names are joined in, never a value.
        self.insert_sql = (f"INSERT INTO {self.table} ({quoted}) VALUES ("  # noqa: S608
                           + ", ".join(["%s"] * len(fields)) + ")")

    @staticmethod
    def _prep(f, value):
        if isinstance(f, models.JSONField):
            return json.dumps(value, ensure_ascii=False)
        return f.get_db_prep_save(value, connection) if value is not None else None

    def add(self, row: dict) -> None:
        # The hot loop of a load (some twenty million rows at a million reports): one pass.
        fixed = self.fixed
        values = [row[name] if name in row else fixed.get(name) for name in self.names]
        for position, name in self.json_positions:
            if name in row:
                values[position] = _json(row[name])
        self.rows.append(tuple(values))

    def take(self) -> list[tuple]:
        rows, self.rows = self.rows, []
        return rows

    def flush(self) -> None:
        self.write(self.take())

    def write(self, rows: list[tuple]) -> None:
        if not rows:
            return
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # The Django cursor wraps psycopg's; COPY needs the real one.
                raw = cursor.cursor
                with raw.copy(self.copy_sql) as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                sqlite_rows = [tuple(_sqlite_value(v) for v in row) for row in rows]
                cursor.executemany(self.insert_sql, sqlite_rows)
        self.written += len(rows)


class Pipeline:
    """Writes each batch in a second thread, with its own connection, while the generator makes
    the next one: on two cores the database's work (COPY, index upkeep, the deferred foreign-key
    checks at commit) and Python's overlap. Batches are written in order, one transaction each,
    so a row may point to a row of an earlier batch.

    Only on PostgreSQL outside a transaction: an SQLite file has one writer, and a second
    connection would not see rows of a transaction still open (a test's)."""

    def __init__(self) -> None:
        self.threaded = connection.vendor == "postgresql" and not connection.in_atomic_block
        self.queue: queue.Queue = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = None
        if self.threaded:
            self.thread = threading.Thread(target=self._run, name="loadgen-writer", daemon=True)
            self.thread.start()

    def submit(self, writers: Sequence[TableWriter]) -> None:
        batch = [(writer, writer.take()) for writer in writers]
        if not self.threaded:
            with transaction.atomic():
                for writer, rows in batch:
                    writer.write(rows)
            return
        if self.error is not None:
            raise self.error
        self.queue.put(batch)

    def _run(self) -> None:
        try:
            while True:
                batch = self.queue.get()
                if batch is None:
                    return
                if self.error is None:
                    try:
                        with transaction.atomic():
                            for writer, rows in batch:
                                writer.write(rows)
                    except BaseException as error:  # raised again in the main thread
                        self.error = error
        finally:
            connection.close()

    def close(self) -> None:
        if self.thread is not None:
            self.queue.put(None)
            self.thread.join()
            self.thread = None
        if self.error is not None:
            raise self.error


def _sqlite_value(value):
    # SQLite's adapter stores datetimes as text in Django's own format (UTC, no offset).
    if isinstance(value, dt.datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass
class Plan:
    """What to generate, shared by the domains' generators."""

    reports: int
    conversations: int
    consultations: int
    years: int
    batch: int
    now: dt.datetime
    rng: random.Random
    log: object = print
    counts: dict[str, int] = field(default_factory=dict)
    # Processes that make the rows of the big tables at once (`in_lanes`).
    processes: int = 1

    @property
    def start(self) -> dt.datetime:
        return self.now - dt.timedelta(days=365 * self.years)

    def sorted_moments(self, total: int) -> list[dt.datetime]:
        """`total` moments over the period, oldest first, a little busier on weekdays and in
        office hours (as reports and messages arrive)."""
        span = (self.now - self.start).total_seconds() - 600
        rng = self.rng
        raw = []
        while len(raw) < total:
            seconds = rng.random() * span
            moment = self.start + dt.timedelta(seconds=seconds)
            hour = (moment.hour + 7) % 24  # Asia/Jakarta
            weight = 1.0 if 7 <= hour <= 21 else 0.25
            if moment.weekday() >= 5:
                weight *= 0.6
            if rng.random() < weight:
                raw.append(seconds)
        raw.sort()
        return [self.start + dt.timedelta(seconds=s) for s in raw]


def in_lanes(plan: Plan, work: Callable[[int, int], dict[str, int]]) -> dict[str, int]:
    """Run `work(lane, lanes)` in `plan.processes` processes at once and add up the counts
    each returns; each lane makes every lanes-th batch.

    Making the rows is Python's work and takes one core whatever the database does (a million
    reports: 600 s with PostgreSQL idle half the time), so on PostgreSQL outside a transaction
    the lanes are forked processes, each with its own connection, its own writer thread and
    its own random stream (drawn from the plan's, so a seed gives the same data for the same
    number of processes). Elsewhere (SQLite, a test's transaction) there is one lane, here."""
    lanes = plan.processes
    if lanes <= 1 or connection.vendor != "postgresql" or connection.in_atomic_block:
        return work(0, 1)
    base = plan.rng.getrandbits(64)
    # No child may inherit the parent's socket to the database, nor output not yet written
    # (each child would write it again).
    connections.close_all()
    sys.stdout.flush()
    sys.stderr.flush()
    context = multiprocessing.get_context("fork")
    children = []
    for lane in range(lanes):
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_lane, args=(work, lane, lanes, base, plan, send),
                                name=f"loadgen-lane-{lane}")
        child.start()
        send.close()
        children.append((child, receive))
    totals: dict[str, int] = {}
    failures = []
    for child, receive in children:
        try:
            answer = receive.recv()
        except EOFError:  # the child died before it could say anything
            answer = None
        child.join()
        if child.exitcode != 0 or answer is None or answer[0] != "ok":
            failures.append(answer[1] if answer else f"{child.name} exited {child.exitcode}")
            continue
        for key, value in answer[1].items():
            totals[key] = totals.get(key, 0) + value
    if failures:
        raise RuntimeError("A generator process failed:\n" + "\n".join(failures))
    return totals


def _lane(work, lane: int, lanes: int, base: int, plan: Plan, send) -> None:
    plan.rng.seed(base + lane)
    try:
        send.send(("ok", work(lane, lanes)))
    except BaseException:
        send.send(("failed", traceback.format_exc()))
        raise
    finally:
        connections.close_all()
        send.close()


def audit_content_type(model: type[models.Model]) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model, for_concrete_model=False).pk


def is_generated() -> bool:
    """True when generate_load has filled this database before."""
    from jembatan.core.models import AuditEntry

    return AuditEntry.objects.filter(action=GENERATED_ACTION).exists()


@lru_cache(maxsize=1)
def reporter_names() -> tuple[str, ...]:
    import tomllib

    texts = tomllib.loads((PACKAGE / "reports/demo/texts.toml").read_text())
    people = tomllib.loads((PACKAGE / "participation/demo/participation.toml").read_text())
    return tuple(texts["reporter_names"]) + tuple(p["name"] for p in people["participant"])
