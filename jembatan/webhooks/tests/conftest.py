"""A real receiving server on loopback, in a thread, and subscriptions pointed at it."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from jembatan.webhooks import actions
from jembatan.webhooks.event_types import EVENT_TYPES


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def payload(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Answers each POST with the next code of `answers` (the last one repeats) and keeps
    every request it got."""

    answers: list[int] = field(default_factory=lambda: [200])
    requests: list[Received] = field(default_factory=list)
    url: str = ""

    def answer(self) -> int:
        index = min(len(self.requests) - 1, len(self.answers) - 1)
        return self.answers[index]


@pytest.fixture
def receiver(settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.requests.append(Received(self.path, dict(self.headers.items()), body))
            code = state.answer()
            reply = b'{"ok":true}' if code < 300 else b"upstream is down for maintenance"
            self.send_response(code)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args):  # keep the test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/jembatan"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def subscribe(receiver):
    """subscribe(actor, agency, events=…) → (subscription, secret), aimed at the receiver."""

    def make(actor, agency=None, *, events=tuple(EVENT_TYPES), name="Sistem pengaduan"):
        return actions.subscription_create(actor=actor, agency=agency, name=name,
                                           url=receiver.url, events=list(events))

    return make
