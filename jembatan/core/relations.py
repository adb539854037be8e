"""Related rows read beside a query instead of joined into it.

On PostgreSQL a query joining the big reports table to six or eight small ones (agencies,
regions, people, topics) cost 12–45 ms of planning for 1 ms of execution at a million reports:
the planner weighs every join order against every index of the big table (decision 0063). One
small query per related table, for the rows in hand, costs a fraction of that."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from django.db import models


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
        key: key[0]._base_manager.in_bulk(ids, field_name=key[1]) if ids else {}
        for key, ids in wanted.items()
    }
    for field in fields:
        rows = found[(field.related_model, field.target_field.attname)]
        for obj in objects:
            value = getattr(obj, field.attname)
            field.set_cached_value(obj, rows.get(value) if value is not None else None)
    return objects
