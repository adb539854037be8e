"""Every staff page, as each role, on a desktop and on a 390 px phone: no machine value reaches
a person (decision 0034, issue 14).

One demo load serves the three roles (the live server's database is flushed after each browser
test, and loading the demo takes a minute). The crawl starts at `/staf/` and follows same-origin
links under `/staf/` from each page (navigation included); paths that differ only by a number or
a code count as one page. Each page fails on: sideways scrolling, Django's "---------", an English
leftover (SUCCESSFUL, FAILED, PENDING, None, True, False as whole words), a raw field name from the
audit log, or (on the desktop) an axe-core serious or critical violation.
"""

from __future__ import annotations

import io
import re
from urllib.parse import urlsplit

import pytest

from jembatan.testing.browser import require_browser

require_browser()

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import override_settings  # noqa: E402

from jembatan.testing.browser import log_in  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ROLES = ["koordinator", "admin.dpupr", "petugas.dpupr"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
MAX_PAGES = 70
BLOCKING_IMPACTS = {"serious", "critical"}
LEFTOVERS = re.compile(r"\b(SUCCESSFUL|FAILED|PENDING|None|True|False)\b")
SKIP = re.compile(r"logout|keluar|export|ekspor|unduh|download|\.csv|\.pdf|\.xlsx|/feed|/rss|"
                  r"/media/|/berkas/|/lampiran/|/admin/")
# Pages other work is changing; the integrator removes an entry when that work is merged.
# Pages with a known problem left to other work, by path pattern, with the reason. Empty: every
# staff page must pass.
KNOWN: dict[str, str] = {}

LINKS_JS = """() => Array.from(document.querySelectorAll('a[href]'))
  .filter(a => !a.hasAttribute('download') && !a.closest('form'))
  .map(a => a.href)"""


def _pattern(path: str) -> str:
    """The page a path shows, ids, slugs and codes left out: its URL route."""
    from django.urls import Resolver404, resolve

    try:
        return "/" + resolve(path).route
    except Resolver404:
        return path


def _field_words() -> tuple[re.Pattern, re.Pattern]:
    """The field names the audit log stores, as the two patterns visible text must not hold:
    a snake_case name anywhere, a one-word name as a label (`status:`)."""
    from jembatan.core.models import AuditEntry

    names = set()
    for changes in AuditEntry.objects.values_list("changes", flat=True).iterator():
        names.update(changes or {})
    snake = sorted(n for n in names if "_" in n)
    plain = sorted(n for n in names if "_" not in n and n.isascii() and n.islower())
    snake_re = re.compile(r"\b(" + "|".join(map(re.escape, snake or ["\x00"])) + r")\b")
    plain_re = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, plain or ["\x00"])) + r"):")
    return snake_re, plain_re


def _visible_text(page) -> str:
    return page.evaluate("() => document.body.innerText")


def _crawl(page, base: str) -> list[str]:
    seen_patterns: set[str] = set()
    queue = ["/staf/"]
    pages = []
    while queue and len(pages) < MAX_PAGES:
        path = queue.pop(0)
        pattern = _pattern(path)
        if pattern in seen_patterns:
            continue
        seen_patterns.add(pattern)
        response = page.goto(base + path)
        if response is None or response.status >= 400 or urlsplit(page.url).path != path:
            continue
        if "text/html" not in (response.headers.get("content-type") or ""):
            continue  # a plain-text copy or a file
        pages.append(path)
        for href in page.evaluate(LINKS_JS):
            parts = urlsplit(href)
            if parts.netloc != urlsplit(base).netloc or not parts.path.startswith("/staf/"):
                continue
            if SKIP.search(parts.path) or _pattern(parts.path) in seen_patterns:
                continue
            queue.append(parts.path)
    return pages


def _check(page, path: str, *, phone: bool, words, axe) -> list[str]:
    problems = []
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    if overflow > 1:
        problems.append(f"scrolls sideways by {overflow}px")
    if phone:
        return problems  # the words are the same on both widths
    text = _visible_text(page)
    if "---------" in text or page.locator("option", has_text="---------").count():
        problems.append('shows "---------"')
    for found in sorted(set(LEFTOVERS.findall(text))):
        problems.append(f"shows the English leftover {found!r}")
    for pattern in words:
        for found in sorted(set(pattern.findall(text))):
            problems.append(f"shows the raw field name {found!r}")
    results = axe.run(page)
    for violation in results.response["violations"]:
        if violation.get("impact") in BLOCKING_IMPACTS:
            problems.append(f"axe {violation['impact']}: {violation['id']}")
    return problems


@pytest.fixture
def demo(transactional_db, tmp_path):
    fast_hasher = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with override_settings(PASSWORD_HASHERS=fast_hasher, MEDIA_ROOT=tmp_path):
        call_command("load_demo", stdout=io.StringIO())
        yield


def test_every_staff_page_reads_as_words_for_each_role_on_desktop_and_phone(
        demo, new_page, live_server):
    words = _field_words()
    axe = Axe()
    failures: dict[str, list[str]] = {}
    known: list[str] = []
    for username in ROLES:
        for viewport, phone in ((DESKTOP, False), (PHONE, True)):
            page = new_page(viewport=viewport)
            page.set_default_timeout(20_000)
            log_in(page, live_server, username)
            if not phone:
                paths = _crawl(page, live_server.url)
                assert len(paths) > 5, f"{username} reached only {paths}"
            for path in paths:
                page.goto(live_server.url + path)
                problems = _check(page, path, phone=phone, words=words, axe=axe)
                if not problems:
                    continue
                where = f"{username} {'390px' if phone else '1280px'} {path}"
                if phone and _pattern(path) in KNOWN:
                    known.append(f"{where}: {problems} ({KNOWN[_pattern(path)]})")
                    continue
                failures[where] = problems
    if known:
        print("\n".join(["Known, left to other work:", *known]))
    assert not failures, "\n".join(f"{where}: {'; '.join(p)}" for where, p in failures.items())
