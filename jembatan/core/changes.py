"""What an action changed, as the audit log stores it: field snapshots, their difference, and
the one way an action changes some fields of an object and records only what changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.db import models


def _jsonable(value: Any) -> Any:
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or ""
    return value


def snapshot(obj: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The current values of `fields`, ready to store as JSON."""
    return {name: _jsonable(getattr(obj, name)) for name in fields}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {
        name: [before.get(name), after.get(name)]
        for name in dict.fromkeys([*before, *after])
        if before.get(name) != after.get(name)
    }


def update_with_audit(
    obj: models.Model,
    *,
    actor: Any,
    action: str,
    values: Mapping[str, Any],
    fields: Iterable[str] | None = None,
    validate: Callable[[], None] | None = None,
    save: Callable[[list[str]], None] | None = None,
    agency: Any = None,
    also: Mapping[str, tuple[Any, Any]] | None = None,
    note: str = "",
) -> dict[str, list[Any]]:
    """Set `values` on `obj` and validate it; if anything changed, save it and write one audit
    entry. Returns the changes, `{field: [before, after]}` (empty: nothing was saved).

    `fields` are the ones callers may change; `validate` defaults to `full_clean`; `save` gets
    the changed field names and defaults to `obj.save()`; `also` adds changes that are not
    plain fields (a tag list) as `{name: (before, after)}`.
    """
    # Imported here: core.actions imports this module for its snapshots.
    from jembatan.core.actions import audit_record

    if fields is not None:
        unknown = set(values) - set(fields)
        if unknown:
            raise ValueError(f"unknown {type(obj).__name__.lower()} fields: {sorted(unknown)}")
    extra = also or {}
    before = {**snapshot(obj, values), **{name: pair[0] for name, pair in extra.items()}}
    for name, value in values.items():
        setattr(obj, name, value)
    (validate or obj.full_clean)()
    after = {**snapshot(obj, values), **{name: pair[1] for name, pair in extra.items()}}
    changes = diff(before, after)
    if changes:
        if save is None:
            obj.save()
        else:
            save(list(changes))
        audit_record(actor=actor, action=action, obj=obj, agency=agency, changes=changes,
                     note=note)
    return changes
