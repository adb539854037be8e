"""What a post borrows from the Bakohumas space: agencies' services (inserted as text) and library
items (attached). They live in the catalogue and library apps.
"""

from __future__ import annotations

from jembatan.catalogue.selectors import ServiceFilters, service_as_text, services_search
from jembatan.library.selectors import library_item_choices

PICKER_LIMIT = 200


def service_picker(user) -> list[dict]:
    """Active services of every agency as {"id", "label", "text"} for the insert picker."""
    if not user.has_perm("content.use_content"):
        return []
    services = services_search(filters=ServiceFilters(active_only=True))
    return [{"id": s.pk, "label": f"{s.agency.short_name} · {s.name}", "text": service_as_text(s)}
            for s in services.order_by("agency__short_name", "name")[:PICKER_LIMIT]]


def library_choices(user) -> list[tuple[str, str]]:
    """(id, label) of the library items `user` may put in a post."""
    items = library_item_choices(user, limit=PICKER_LIMIT)
    return [(str(item.pk), _item_label(item)) for item in items]


def library_picture_choices(user) -> list[tuple[int, str]]:
    """(id, label) of the library photos `user` may use as a post's picture."""
    items = library_item_choices(user, limit=PICKER_LIMIT)
    return [(item.pk, _item_label(item)) for item in items if item.file and item.is_image]


def library_items(user, ids: list[str]) -> list[dict]:
    """The chosen items as {"id", "title", "url"}, only among those `user` may use."""
    if not ids:
        return []
    return [{"id": str(item.pk), "title": _item_label(item), "url": item.get_absolute_url()}
            for item in library_item_choices(user, limit=PICKER_LIMIT, ids=ids)]


def _item_label(item) -> str:
    parts = (str(item), str(item.get_kind_display()), item.agency.short_name)
    return " · ".join(part for part in parts if part)
