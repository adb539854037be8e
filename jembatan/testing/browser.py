"""Shared pieces of the browser tests: Debian's Chromium driven by Playwright (sync API).

Test modules call `require_browser()` at import, which skips the module with a printed reason
when Chromium or Playwright is missing, then import the fixtures from here.
"""

import shutil
import threading
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_browser() -> None:
    if not CHROMIUM.exists():
        reason = f"browser tests need Debian's Chromium at {CHROMIUM}, which is not installed"
        print(reason)
        pytest.skip(reason, allow_module_level=True)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the environment
        reason = "browser tests need the playwright package (pip install playwright)"
        print(reason)
        pytest.skip(reason, allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert shutil.which(str(CHROMIUM))
    # Playwright's sync API runs an event loop in the test thread; Django refuses database
    # access from such a thread unless told it is fine (the live server runs separately).
    # Only while the browser is open, so every other test keeps Django's guard.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def console():
    """Every console message and page error of the test's page, as text."""
    return []


@pytest.fixture
def new_page(browser, console):
    """Opens pages in separate browser contexts: one per person in a test. `new_page(viewport=…)`
    and other options of `browser.new_context` change the defaults (a 1280 px screen, Indonesian).
    """
    opened: list[_Watched] = []

    def make(**options):
        context = browser.new_context(**{
            "viewport": {"width": 1280, "height": 900}, "locale": "id-ID", **options})
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("console", lambda message: console.append(message.text))
        page.on("pageerror", lambda error: console.append(str(error)))
        opened.append(_Watched(context, page))
        return page

    with _test_queries_wait_for_the_server(opened):
        yield make
        # The test's database is emptied after this: nothing new is sent, and what was sent is
        # answered first.
        for watched in _open(opened):
            watched.context.route("**/*", lambda route: route.abort())
        _wait_for_answers(opened)
    for watched in _open(opened):
        watched.context.close()


class _Watched:
    """A browser context and the requests it has sent that are not answered yet."""

    def __init__(self, context, page):
        self.context, self.page, self.pending = context, page, set()
        context.on("request", lambda request: self.pending.add(request))
        context.on("requestfinished", lambda request: self.pending.discard(request))
        context.on("requestfailed", lambda request: self.pending.discard(request))


def _open(opened: list[_Watched]) -> list[_Watched]:
    # A context closed by the test has closed its page too.
    return [watched for watched in opened if not watched.page.is_closed()]


def _wait_for_answers(opened: list[_Watched], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    for watched in _open(opened):
        while watched.pending and time.monotonic() < deadline:
            watched.page.wait_for_timeout(20)  # Playwright delivers the page's events meanwhile
        watched.pending.clear()  # one never answered is waited for once, not before each query


@contextmanager
def _test_queries_wait_for_the_server(opened: list[_Watched]):
    """With SQLite in memory, the live server's threads use the test's one connection (the
    database lives in it). Django's transactions on it are not made for two threads: a query
    of the test while a page's request is served (the bell's count, asked for as each staff
    page loads) can land inside the other's transaction, or the teardown's, and fail either
    at random. So each query of the test waits until its pages' requests are answered."""
    from django.db import connections

    shared = [connection for connection in connections.all()
              if connection.vendor == "sqlite" and connection.is_in_memory_db()]
    test_thread = threading.get_ident()

    def after_the_server(execute, sql, params, many, context):
        if threading.get_ident() == test_thread:
            _wait_for_answers(opened)
        return execute(sql, params, many, context)

    with ExitStack() as stack:
        for connection in shared:
            stack.enter_context(connection.execute_wrapper(after_the_server))
        yield


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def core_demo(transactional_db):
    """The demo's jurisdiction, agencies and accounts (`load_demo --core-only`), to sign in as
    the demo's people."""
    import io

    from django.core.management import call_command

    call_command("load_demo", "--core-only", stdout=io.StringIO())


def log_in(page, live_server, username: str) -> None:
    """Sign in through the login page as one of the demo's accounts."""
    from django.urls import reverse

    from jembatan.core.demo.loader import DEMO_PASSWORD

    page.goto(live_server.url + reverse("login"))
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()
