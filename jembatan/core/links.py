"""Links that every staff page repeats, reversed once per process.

`reverse()` walks the URL resolver each time (about 0.1 ms); the sidebar, the start page's
counts and the dashboards' figures link to the same few dozen pages on every request. The
result depends only on the name and arguments, the URL configuration and the script prefix,
which are the cache's key.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse


@lru_cache(maxsize=1024)
def _reversed(name: str, args: tuple[str, ...], prefix: str, urlconf: str) -> str | None:
    try:
        return reverse(name, args=args, urlconf=urlconf)
    except NoReverseMatch:
        return None


def reverse_once(name: str, *args: str) -> str | None:
    """reverse(name, args=args), kept per URL configuration and script prefix; None when the
    name is not installed (a link of an app this installation leaves out)."""
    return _reversed(name, args, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
