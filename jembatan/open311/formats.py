"""Open311's two formats: the same rows as JSON or as XML, with the element names of the
GeoReport v2 specification (a list `attributes` holds `attribute` elements, and so on)."""

from __future__ import annotations

import datetime as dt
import json
from xml.etree import ElementTree

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import timezone

# The element of each item of a list, by the list's name.
ITEM_ELEMENTS = {
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}
CONTENT_TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}


def w3c(moment: dt.datetime | None) -> str | None:
    """A W3C date-time with the offset, as the specification asks: 2026-12-06T19:48:33+07:00."""
    if moment is None:
        return None
    return timezone.localtime(moment).isoformat(timespec="seconds")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fill(element: ElementTree.Element, value) -> None:
    if isinstance(value, dict):
        for name, child in value.items():
            _fill(ElementTree.SubElement(element, name), child)
    elif isinstance(value, list):
        item = ITEM_ELEMENTS[element.tag]
        for child in value:
            _fill(ElementTree.SubElement(element, item), child)
    else:
        element.text = _text(value)


def xml_document(root: str, item: str | None, body) -> bytes:
    element = ElementTree.Element(root)
    if item is None:
        _fill(element, body)
    else:
        for row in body:
            _fill(ElementTree.SubElement(element, item), row)
    return ElementTree.tostring(element, encoding="UTF-8", xml_declaration=True)


def respond(fmt: str, body, *, root: str, item: str | None, status: int = 200) -> HttpResponse:
    """`body` is a list of rows (root holds one `item` element per row) or, with item None,
    one object (the discovery document, a service definition)."""
    if fmt == "xml":
        content = xml_document(root, item, body)
    else:
        content = json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False).encode()
    return HttpResponse(content, status=status, content_type=CONTENT_TYPES[fmt])


def errors(fmt: str, status: int, description: str) -> HttpResponse:
    """The specification's error list: [{"code", "description"}], <errors><error>…"""
    return respond(fmt, [{"code": status, "description": description}], root="errors",
                   item="error", status=status)
