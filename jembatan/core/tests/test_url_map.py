"""Every URL and URL name stays as published: links in sent e-mails, printed QR codes, the
platforms' webhook settings and bookmarks depend on them."""

import re
from pathlib import Path

import pytest
from django.urls import URLResolver, get_resolver, resolve

ROUTES = Path(__file__).with_name("routes.txt")
# A value for each converter that no literal path segment uses.
SAMPLES = {"int": "7", "str": "x", "slug": "x", "path": "x",
           "uuid": "00000000-0000-0000-0000-000000000005", "fmt": "json"}


def _walk(patterns, prefix="", namespaces=()):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespaces + ((pattern.namespace,) if pattern.namespace else ())
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            yield prefix + str(pattern.pattern), ":".join((*namespaces, pattern.name or "-"))


def _published():
    lines = ROUTES.read_text().splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def _served():
    # The admin's URLs follow the registered models; they are for the operators alone.
    return [route for route in _walk(get_resolver().url_patterns)
            if not route[0].startswith("admin/")]


def test_every_route_and_name_is_the_published_one():
    served, published = _served(), _published()
    assert sorted(set(served) - set(published)) == []
    assert sorted(set(published) - set(served)) == []
    assert len(served) == len(published)


@pytest.mark.parametrize(("route", "name"), [
    route for route in _published() if "(?P<" not in route[0]
])
def test_a_path_of_each_route_reaches_that_route(route, name):
    """No route hides another: a path made from each one resolves to it."""
    path = "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES[m.group(1) or "str"], route)
    assert resolve(path).route == route, name
