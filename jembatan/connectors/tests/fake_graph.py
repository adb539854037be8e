"""A local HTTP server that answers like Meta's Graph API and WhatsApp Cloud API do.

Tests queue the answers they want (`server.answer(...)`); without one the server succeeds the
way the platform documents it. Every request is kept with its path, headers and JSON body.
Error bodies follow Meta's published error format.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TOKEN = "EAAGm0PX4ZCpsBAKtokenrahasia"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict
    json: dict


def whatsapp_error(code: int, message: str, details: str) -> dict:
    return {"error": {"message": message, "type": "OAuthException", "code": code,
                      "error_data": {"messaging_product": "whatsapp", "details": details},
                      "fbtrace_id": "AazX3pWQ7mBfJkHt2Nq1sLr"}}


EXPIRED_TOKEN = {"error": {
    "message": "Error validating access token: Session has expired on Friday, 27-Nov-26 "
               "01:00:00 PST. The current time is Friday, 27-Nov-26 17:43:37 PST.",
    "type": "OAuthException", "code": 190, "error_subcode": 463,
    "fbtrace_id": "A1b2C3d4E5f6G7h8I9j0KlM"}}
OUTSIDE_WINDOW = whatsapp_error(
    131047, "(#131047) Re-engagement message",
    "Message failed to send because more than 24 hours have passed since the customer last "
    "replied to this number.")
THROUGHPUT_LIMIT = whatsapp_error(130429, "(#130429) Rate limit hit",
                                  "Cloud API message throughput has been reached.")
APP_LIMIT = {"error": {"message": "(#4) Application request limit reached",
                       "type": "OAuthException", "is_transient": True, "code": 4,
                       "fbtrace_id": "AmB8qXy1ZtLw0cVd3RsE5fK"}}
UNKNOWN_ERROR = {"error": {"message": "An unknown error has occurred.", "type": "OAuthException",
                           "is_transient": False, "code": 1,
                           "fbtrace_id": "ANp4Ws7eQzR2yHt9uLx6vBc"}}
INVALID_PARAMETER = {"error": {"message": "(#100) Invalid parameter", "type": "OAuthException",
                               "code": 100, "fbtrace_id": "AcD5rT8yU1iO4pA7sF0gH3j"}}
NO_PERMISSION = {"error": {
    "message": "(#200) Requires pages_manage_engagement permission to manage the object",
    "type": "OAuthException", "code": 200, "fbtrace_id": "AkL2zX5cV8bN1mQ4wE7rT0y"}}


class FakeGraph:
    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self._answers: list[tuple[int, dict, dict]] = []
        self._lock = threading.Lock()
        self._count = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"_raw": raw.decode("latin-1")}
                status, payload, headers = server._next(self.path, body)
                server.requests.append(Seen("POST", self.path, dict(self.headers), body))
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v23.0"
        # A short poll makes shutdown() return at once instead of after up to half a second.
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01},
                                       daemon=True)

    def answer(self, status: int, payload: dict, headers: dict | None = None,
               times: int = 1) -> None:
        """The next `times` requests get this answer."""
        self._answers.extend([(status, payload, headers or {})] * times)

    def _next(self, path: str, body: dict) -> tuple[int, dict, dict]:
        with self._lock:
            self._count += 1
            if self._answers:
                return self._answers.pop(0)
            if path.endswith("/messages"):
                to = body.get("to", "")
                wamid = f"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjk{self._count:04d}"
                return 200, {"messaging_product": "whatsapp",
                             "contacts": [{"input": to, "wa_id": to}],
                             "messages": [{"id": wamid}]}, {}
            return 200, {"id": f"1784512093{self._count:04d}_9120384756{self._count:04d}"}, {}


@pytest.fixture
def graph(settings):
    """The fake Graph API, with the project pointed at it in live mode."""
    server = FakeGraph()
    server.thread.start()
    settings.META_GRAPH_URL = server.url
    settings.CONNECTORS_MODE = "live"
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()
