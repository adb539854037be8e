"""What a post borrows from the Bakohumas space: agencies' services (inserted as text) and library
items (attached). Both live in the coordination app; when a piece is missing there, the pickers
are simply empty rather than breaking the editor.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

PICKER_LIMIT = 200


def service_picker(user) -> list[dict]:
    """Active services of every agency as {"id", "label", "text"} for the insert picker."""
    try:
        from jembatan.coordination.catalogue import (
            ServiceFilters,
            service_as_text,
            services_search,
        )
    except ImportError:
        return []
    if not user.has_perm("content.use_content"):
        return []
    services = services_search(filters=ServiceFilters(active_only=True))
    return [{"id": s.pk, "label": f"{s.agency.short_name} · {s.name}", "text": service_as_text(s)}
            for s in services.order_by("agency__short_name", "name")[:PICKER_LIMIT]]


def library_choices(user) -> list[tuple[str, str]]:
    """(id, label) of the library items `user` may put in a post."""
    try:
        from jembatan.coordination.library import library_item_choices
    except ImportError:
        return []
    items = library_item_choices(user, limit=PICKER_LIMIT)
    return [(str(item.pk), _item_label(item)) for item in items]


def library_items(user, ids: list[str]) -> list[dict]:
    """The chosen items as {"id", "title", "url"}, only among those `user` may use."""
    wanted = {str(i) for i in ids}
    if not wanted:
        return []
    try:
        from jembatan.coordination.library import library_item_choices
    except ImportError:
        return []
    found = []
    for item in library_item_choices(user, limit=PICKER_LIMIT):
        if str(item.pk) in wanted:
            found.append({"id": str(item.pk), "title": _item_label(item), "url": _item_url(item)})
    return found


def _item_label(item) -> str:
    agency = getattr(getattr(item, "agency", None), "short_name", "")
    kind = item.get_kind_display() if hasattr(item, "get_kind_display") else ""
    return " · ".join(part for part in (str(item), str(kind), agency) if part)


def _item_url(item) -> str:
    try:
        return item.get_absolute_url()
    except Exception:  # an item without a page still attaches, by its title
        logger.debug("library item %s has no page", item.pk)
        return ""
