"""One HTTP POST of a webhook, to the address that was checked (see addresses.py).

The standard library's http.client is enough for one POST, and lets the connection go to the
checked IP address while TLS still verifies the certificate of the name in the URL. Redirects
are not followed (a redirect could lead inside the network); a 3xx counts as a failure.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from jembatan.webhooks.addresses import Endpoint

RESPONSE_KEPT = 500  # characters of the response shown in the delivery log
RESPONSE_READ = 64 * 1024  # a receiver's answer is read this far, never more


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    duration_ms: int
    response_body: str
    error: str

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, endpoint: Endpoint, timeout: float) -> None:
        super().__init__(endpoint.host, endpoint.port, timeout=timeout)
        self._address = endpoint.address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, endpoint: Endpoint, timeout: float) -> None:
        super().__init__(endpoint.host, endpoint.port, timeout=timeout,
                         context=ssl.create_default_context())
        self._address = endpoint.address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def post(endpoint: Endpoint, *, body: bytes, headers: dict[str, str]) -> Outcome:
    timeout = float(getattr(settings, "WEBHOOKS_TIMEOUT_SECONDS", 10))
    connection_class = (_PinnedHTTPSConnection if endpoint.scheme == "https"
                        else _PinnedHTTPConnection)
    connection = connection_class(endpoint, timeout)
    started = time.monotonic()
    try:
        connection.request("POST", endpoint.path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read(RESPONSE_READ)
        text = content.decode(response.headers.get_content_charset() or "utf-8",
                              errors="replace")
        return Outcome(status_code=response.status, duration_ms=_ms(started),
                       response_body=text[:RESPONSE_KEPT], error="")
    except ssl.SSLError as error:
        message = _("The secure connection failed (%(reason)s).") % {
            "reason": error.reason or error}
    except TimeoutError:
        message = _("The server did not answer within %(seconds)s seconds.") % {
            "seconds": int(timeout)}
    except (OSError, http.client.HTTPException) as error:
        message = _("The server could not be reached (%(reason)s).") % {
            "reason": f"{type(error).__name__}: {error}"}
    finally:
        connection.close()
    return Outcome(None, _ms(started), "", message[:500])


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
