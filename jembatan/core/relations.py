"""Related rows read beside a query instead of joined into it.

On PostgreSQL a query joining the big reports table to six or eight small ones (agencies,
regions, people, topics) cost 12–45 ms of planning for 1 ms of execution at a million reports:
the planner weighs every join order against every index of the big table (decision 0063). One
small query per related table, for the rows in hand, costs a fraction of that.

The rows of the small reference tables that every list names (agencies, regions, topics) are
kept in each process while their data keeps its version (`public_cache.LISTS`, given a new one
by every save or delete of those rows): a page of the inbox then reads them from memory
instead of three more queries (decision 0067)."""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Collection, Sequence

from django.db import models

# Rows kept per process, at most this many in all: a regency has a few hundred agencies and
# regions; in a deployment with far more, the rows past the bound are read as before.
KEPT_ROWS_MAX = 20_000

_kept_models: set[type[models.Model]] = set()
_kept: dict = {"version": None, "rows": {}, "size": 0}


def keep_rows(*kept_models: type[models.Model]) -> None:
    """Read rows of these models from the per-process copy (their saves and deletes must give
    `public_cache.LISTS` a new version: `public_cache.watch(LISTS, ...)`)."""
    _kept_models.update(kept_models)


def forget_kept_rows() -> None:
    _kept.update(version=None, rows={}, size=0)


def kept_rows(model: type[models.Model], keys: Collection, field_name: str = "pk") -> dict:
    """`model.in_bulk(keys)`, from the per-process copy for a kept model. Each request gets its
    own copies of the rows, so a page that changes one changes nothing for the next page."""
    keys = set(keys) - {None}
    if not keys:
        return {}
    if model not in _kept_models:
        return model._base_manager.in_bulk(keys, field_name=field_name)
    from jembatan.core import public_cache

    version = public_cache.versions([public_cache.LISTS])
    if _kept["version"] != version:
        forget_kept_rows()
        _kept["version"] = version
    table = _kept["rows"].setdefault((model, field_name), {})
    rows = {key: table[key] for key in keys if key in table}
    missing = keys - rows.keys()
    if missing:
        found = model._base_manager.in_bulk(missing, field_name=field_name)
        rows.update(found)
        # Past the bound, rows are read but not kept until the next version.
        if _kept["size"] + len(found) <= KEPT_ROWS_MAX:
            table.update(found)
            _kept["size"] += len(found)
    return _copies(model, field_name, rows)


def _copies(model, field_name: str, rows: dict) -> dict:
    """Copies of the kept rows: one per request, shared by every list of the request that names
    the row (as `prefetch_related` shares one row among the objects pointing to it), else one
    per call outside a request. Copying a row costs about as much as reading it from memory
    ten times: an inbox names the same agencies and regions in its list, its urgent box and
    its sidebar."""
    from jembatan.core import request_memo

    memo = request_memo.current()
    if memo is None:
        return {key: copy.copy(row) for key, row in rows.items()}
    made = memo.setdefault(("kept-row-copies", model, field_name), {})
    out = {}
    for key, row in rows.items():
        # A row kept again under a new version is a new object: copy that one.
        mine = made.get(key)
        if mine is None or mine[0] is not row:
            mine = made[key] = (row, copy.copy(row))
        out[key] = mine[1]
    return out


def attach_relations(objects: Sequence[models.Model], *names: str) -> Sequence[models.Model]:
    """Give `objects` (all of one model) the related rows of the foreign keys `names`, one
    query per related table whatever the number of keys pointing to it, cached on each object
    as `select_related` would: reading `obj.name` afterwards makes no query."""
    if not objects:
        return objects
    meta = type(objects[0])._meta
    fields = [meta.get_field(name) for name in names]
    wanted: dict[tuple, set] = defaultdict(set)
    for field in fields:
        key = (field.related_model, field.target_field.attname)
        wanted[key] |= {getattr(obj, field.attname) for obj in objects} - {None}
    found = {
        key: kept_rows(key[0], ids, field_name=key[1]) for key, ids in wanted.items()
    }
    for field in fields:
        rows = found[(field.related_model, field.target_field.attname)]
        for obj in objects:
            value = getattr(obj, field.attname)
            field.set_cached_value(obj, rows.get(value) if value is not None else None)
    return objects
