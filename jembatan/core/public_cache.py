"""Public pages rendered once and reused, and answered `304 Not Modified` when unchanged.

The most visited pages (the home page, the report list, a report, a report through the API) are
the same for every anonymous visitor in one language, and change only when a report, an article,
a consultation, a service or the regency's reference data changes. Their main part is kept in
the shared cache (Redis in production, so every web process sees the same thing) under a key
that holds the visitor's language, the page's own parts (the query string, the tracking code)
and the current *version* of each kind of data the page shows. Saving or deleting a row of such
data gives its kind a new version after the transaction commits, so the next request builds a
new key and reads the database again: nothing has to find and delete old entries, which simply
expire. See docs/decisions/0043-public-page-cache-and-conditional-get.md.

What is never kept here: anything a signed-in person sees (only anonymous visitors use these
entries), a reporter's own view of a report, a participant's own consultation or article page,
CSRF tokens (the page around the fragment is rendered on each request, with the visitor's
token; a kept fragment's own forms hold a mark that the visitor's token replaces when it is
served, decision 0054). Each app names the models that feed public pages in its `ready()`
(`watch(scope, *models)`).
"""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from jembatan.core import request_memo

VERSION_PREFIX = "public-version:"
FRAGMENT_PREFIX = "public-fragment:"
# Entries expire even if nothing changes: a page that shows times ("3 days ago", what is open
# now) may be that much behind the clock, never behind the data.
DEFAULT_TTL = 300

# Kinds of data whose change makes public pages change.
REPORTS = "reports"
SITE = "site"  # the jurisdiction, its regions and agencies: on every page
CONTENT = "content"
PARTICIPATION = "participation"
CATALOGUE = "catalogue"
INSIGHTS = "insights"  # the performance figures and the choice of public ones
# The reference lists the staff's filter forms offer (agencies, regions, topics, labels):
# core.form_fields_cache keeps the rendered fields under their version.
LISTS = "lists"
SEARCH = "search"  # the search index: written in bulk, so its actions bump it themselves
# The staff's conversations (the count waiting for a reply in the sidebar).
CONVERSATIONS = "conversations"
# The staff and their agencies (people and memberships): the officers a report can be given to.
PEOPLE = "people"
ALL_SCOPES = (REPORTS, SITE, CONTENT, PARTICIPATION, CATALOGUE, INSIGHTS, LISTS, SEARCH,
              CONVERSATIONS, PEOPLE)

# What `{% csrf_token %}` writes into a kept fragment in place of a token. A kept copy must hold
# nobody's token; the visitor's own goes in when the copy is served (`with_visitor_token`).
# Text of the page cannot forge it: a person's `<` and `"` reach the page escaped.
TOKEN_MARK = "kept-page-token"
_TOKEN_INPUT = '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
# The same token in an htmx attribute (`hx-headers='{"X-CSRFToken": "{{ csrf_token }}"}'`).
_TOKEN_HEADER = '{{"X-CSRFToken": "{}"}}'
# A value each served copy gets new, such as a form's idempotency key: a kept form holds
# `value="kept-page-once"` and every visitor gets their own in its place (decision 0056).
ONCE_MARK = "kept-page-once"
_ONCE_VALUE = 'value="{}"'


def _is_version(key) -> bool:
    return isinstance(key, str) and key.startswith(VERSION_PREFIX)


def versions(scopes: Iterable[str]) -> str:
    """The current versions of these kinds of data, in one read of the cache. A request reads
    them once (`request_memo`): each read is a round trip to Redis, and a staff page asks five
    or six times (decision 0067). Outside a request every call reads the cache."""
    keys = [VERSION_PREFIX + scope for scope in scopes]
    known = request_memo.current()
    wanted = [key for key in keys if known is None or key not in known]
    if wanted and known is not None:
        # In a request, every kind's version in the same round trip: the page will ask for others.
        wanted = list(dict.fromkeys([*wanted, *(VERSION_PREFIX + scope for scope in ALL_SCOPES
                                                 if VERSION_PREFIX + scope not in known)]))
    found = cache.get_many(wanted) if wanted else {}
    for key in wanted:
        if key not in found:
            # add(): two processes starting at once agree on one version.
            cache.add(key, secrets.token_hex(6), None)
            found[key] = cache.get(key) or ""
    if known is not None:
        known.update(found)
        found = known
    return ".".join(str(found[key]) for key in keys)


def bump(*scopes: str) -> None:
    """New versions for these kinds of data: at once, so the rest of this transaction (and the
    request that made the change) reads the change, and again once the transaction has
    committed, because another request may have read the first new version before the commit
    and kept the old rows under it."""
    def set_new() -> None:
        new = {VERSION_PREFIX + scope: secrets.token_hex(6) for scope in scopes}
        cache.set_many(new, None)
        # The request that made the change reads it, and nothing it worked out before.
        request_memo.forget(keep=_is_version)
        known = request_memo.current()
        if known is not None:
            known.update(new)

    set_new()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(set_new)


def watch(scope: str, *models) -> None:
    """Saving or deleting a row of these models (or changing one of their many-to-many
    relations) gives `scope` a new version. `QuerySet.update()` and bulk writes send no
    signal: code that uses them on these models calls `bump()` itself."""
    def changed(sender, **kwargs) -> None:
        bump(scope)

    for model in models:
        uid = f"public-cache:{scope}:{model._meta.label}"
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=uid + ":save")
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=uid + ":delete")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(changed, sender=field.remote_field.through, weak=False,
                                dispatch_uid=f"{uid}:{field.name}")


def is_anonymous(request: HttpRequest) -> bool:
    """A visitor who is not signed in. Only they share cached pages."""
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _digest(*parts: object) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16).hexdigest()


def fragment_key(name: str, *, scopes: Iterable[str], parts: Iterable[object] = (),
                 current: str | None = None) -> str:
    """The cache key of a fragment for the current language and the data's versions
    (`current`: the versions already read for this request)."""
    current = versions(scopes) if current is None else current
    return f"{FRAGMENT_PREFIX}{name}:{get_language()}:{_digest(current, *parts)}"


def fragment(name: str, *, scopes: Iterable[str], parts: Iterable[object] = (),
             build: Callable[[], str], ttl: int = DEFAULT_TTL,
             current: str | None = None) -> SafeString:
    """The HTML `build()` renders, from the cache when the same fragment was built since the
    data last changed. `build` must render the same thing for every anonymous visitor in this
    language: no CSRF token, nothing of the visitor's own."""
    key = fragment_key(name, scopes=scopes, parts=parts, current=current)
    html = cache.get(key)
    if html is None:
        html = str(build())
        cache.set(key, html, ttl)
    return mark_safe(html)  # noqa: S308 - HTML our own templates rendered, escaped there


VALUE_PREFIX = "kept-value:"


def kept_value(name: str, *, scopes: Iterable[str], build: Callable[[], object],
               parts: Iterable[object] = (), ttl: int = DEFAULT_TTL):
    """What `build()` returns (any value the cache can keep), from the cache when it
    was worked out since the data of `scopes` last changed and within `ttl` seconds. Not tied
    to a language: `build` must return data, not words."""
    return cache.get_or_set(f"{VALUE_PREFIX}{name}:{_digest(versions(scopes), *parts)}",
                            build, ttl)


def with_visitor_token(html: str, request: HttpRequest) -> SafeString:
    """A kept fragment with this visitor's CSRF token in each form that posts (and in an htmx
    request's header), and a new value where the copy holds `ONCE_MARK`."""
    from django.middleware.csrf import get_token

    token = None
    for pattern in (_TOKEN_INPUT, _TOKEN_HEADER):
        marked = pattern.format(TOKEN_MARK)
        if marked in html:
            token = token or get_token(request)
            html = html.replace(marked, pattern.format(token))
    marked = _ONCE_VALUE.format(ONCE_MARK)
    if marked in html:
        html = html.replace(marked, _ONCE_VALUE.format(uuid.uuid4().hex))
    return mark_safe(html)  # noqa: S308 - kept HTML of our own templates, and a token


def render_shared(template: str, context: dict, request: HttpRequest) -> str:
    """`template` rendered as every anonymous visitor sees it: the forms carry `TOKEN_MARK`
    where the token goes (the context processors still run; the given context wins over the
    CSRF one, so no token is made here)."""
    from django.template.loader import render_to_string

    return render_to_string(template, {**context, "csrf_token": TOKEN_MARK}, request)


def etag_for(request: HttpRequest, *, scopes: Iterable[str], parts: Iterable[object] = (),
             current: str | None = None) -> str:
    """An entity tag that changes when the data changes, and with whatever else makes the
    whole page differ between two requests of the same browser: the language, the address, the
    session and the CSRF secret (the page carries a form with a token made from it, so a page
    kept by the browser stays valid only while the secret is the same). Work it out again once
    the page is rendered: a first visit's page sets the CSRF cookie the next request sends."""
    from django.conf import settings

    return '"' + _digest(
        versions(scopes) if current is None else current, get_language(),
        request.get_full_path(), *parts,
        request.COOKIES.get(settings.SESSION_COOKIE_NAME, ""),
        request.META.get("CSRF_COOKIE", ""),
    ) + '"'


def not_modified(request: HttpRequest, etag: str) -> HttpResponse | None:
    """`304 Not Modified` when the browser already holds this version of the page."""
    if request.method not in ("GET", "HEAD"):
        return None
    return get_conditional_response(request, etag=etag)


def mark_revalidate(response: HttpResponse, etag: str) -> HttpResponse:
    """The browser may keep the page but asks each time whether it changed (`no-cache`); no
    shared cache keeps it (`private`: it holds the visitor's CSRF token)."""
    if response.status_code == 200:
        response["ETag"] = etag
        response["Cache-Control"] = "private, no-cache"
    return response


def page(request: HttpRequest, template: str, *, content_template: str, name: str,
         scopes: Iterable[str], context: Callable[[], dict], parts: Iterable[object] = (),
         ttl: int = DEFAULT_TTL, page_context: dict | None = None,
         shared: bool = True, keep: Iterable[str] = ()) -> HttpResponse:
    """A public page whose main part (`content_template`, given `context()`) is the same for
    every anonymous visitor: kept in the cache and answered `304` when the browser holds it
    already. Signed-in people (and a visitor for whom the view says `shared=False`, such as a
    participant confirmed in the session) get it rendered afresh, without an entity tag.
    `template` places `{{ content }}` in the site's layout; the whole page is kept too and
    served as it is, unless a message waits for the visitor (then the layout is rendered for
    them around the kept content). `keep` names plain values of `context()` the layout shows
    too (a title), kept with the content. Forms that post get the visitor's token, and the
    language switcher the visitor's address, when the kept copy is served, never in the copy."""
    from django.shortcuts import render
    from django.template.loader import render_to_string

    keep = tuple(keep)
    parts = (*parts, int(time.time() // ttl))  # what changes with the clock, ttl at most late
    if not (shared and is_anonymous(request)):
        values = context()
        # The page carries this visitor's own token already; a `ONCE_MARK` still gets a value.
        content = with_visitor_token(render_to_string(content_template, values, request),
                                     request)
        return render(request, template, {
            **{value: values[value] for value in keep}, **(page_context or {}),
            "content": content})
    # The layout shows the regency's name and logo: the kept page follows them too. A page may
    # name the address it was asked under (a canonical link): kept per host name as well.
    scopes = tuple(dict.fromkeys((*scopes, SITE)))
    parts = (*parts, request.get_host())
    current = versions(scopes)
    etag = etag_for(request, scopes=scopes, parts=(name, *parts), current=current)
    unchanged = not_modified(request, etag)
    if unchanged is not None:
        return unchanged
    key = fragment_key(name, scopes=scopes, parts=parts, current=current)
    kept = cache.get(key)
    if not isinstance(kept, dict):  # a miss, or a plain string kept by an older release
        values = context()
        kept = {value: values[value] for value in keep}
        kept["content"] = render_shared(content_template, values, request)
    response = kept_response(request, template, kept, key=key, ttl=ttl,
                             page_context=page_context)
    return mark_revalidate(response, etag_for(request, scopes=scopes, parts=(name, *parts),
                                              current=current))


def kept_response(request: HttpRequest, template: str, kept: dict, *, key: str, ttl: int,
                  page_context: dict | None = None) -> HttpResponse:
    """The page `template` places the kept content in (`kept["content"]`, with the other kept
    values the layout shows), for an anonymous visitor. The whole page is kept in `kept` under
    `key` the first time and served as it is after that, with the visitor's CSRF token and
    address put in; a visitor for whom a message waits gets the layout rendered for them."""
    from django.shortcuts import render

    if _has_messages(request):
        # A message for this visitor goes in the layout: the layout is theirs this once.
        if "page" not in kept:
            cache.set(key, kept, ttl)
        return render(request, template, {
            **kept, **(page_context or {}),
            "content": with_visitor_token(kept["content"], request)})
    if "page" not in kept:
        # The whole page, layout included, as every anonymous visitor without a message sees
        # it: the layout around the content costs more to render than the kept content.
        content = mark_safe(kept["content"])  # noqa: S308 - HTML our own templates rendered
        kept["page"] = _mark_next(render_shared(
            template, {**kept, **(page_context or {}), "content": content}, request), request)
        cache.set(key, kept, ttl)
    return HttpResponse(_with_next(with_visitor_token(kept["page"], request), request))


# The language switcher sends the visitor back to the address they were on; a kept page holds
# this mark there and each visitor gets their own address (a kept page serves every query
# string that gives the same content).
NEXT_MARK = "kept-page-next"
_NEXT_INPUT = '<input name="next" type="hidden" value="{}">'


def _mark_next(html: str, request: HttpRequest) -> str:
    from django.utils.html import escape

    return html.replace(_NEXT_INPUT.format(escape(request.get_full_path())),
                        _NEXT_INPUT.format(NEXT_MARK))


def _with_next(html: str, request: HttpRequest) -> SafeString:
    from django.utils.html import escape

    return mark_safe(html.replace(_NEXT_INPUT.format(NEXT_MARK),  # noqa: S308 - escaped here
                                  _NEXT_INPUT.format(escape(request.get_full_path()))))


def _has_messages(request: HttpRequest) -> bool:
    """Whether a message waits for this visitor (counting them does not use them up)."""
    from django.contrib.messages import get_messages

    return bool(len(get_messages(request)))


def api_read(request: HttpRequest, response: HttpResponse, *, name: str, scopes: Iterable[str],
             parts: Iterable[object], build: Callable[[], object]) -> object:
    """The data of a public API read for a caller without a token: kept in the cache and
    answered `304` while it has not changed. The view checks the caller first: `build` must
    return what every caller without a token gets."""
    current = versions(scopes)
    parts = (name, *parts, int(time.time() // DEFAULT_TTL))
    etag = etag_for(request, scopes=scopes, parts=parts, current=current)
    unchanged = not_modified(request, etag)
    if unchanged is not None:
        return unchanged
    key = fragment_key(name, scopes=scopes, parts=parts, current=current)
    data = cache.get(key)
    if data is None:
        data = build()
        cache.set(key, data, DEFAULT_TTL)
    mark_revalidate(response, etag)
    return data
