"""The client's address, for rate limits: one function that every limit keys on.

Behind a reverse proxy every connection comes from the proxy, so CLIENT_IP_HEADER names the
header the proxy sets to the client's address (e.g. HTTP_X_REAL_IP). A request that reaches the
application without it (a health check from the host, a probe that bypasses the proxy, a
misconfigured proxy) must still be served: it is counted under its socket address instead, and
the misconfiguration is logged once per process rather than once per request.
"""

from __future__ import annotations

import ipaddress
import logging

from django.conf import settings
from django.http import HttpRequest

logger = logging.getLogger(__name__)

# The address used when the request carries none at all (a Unix-socket connection without the
# proxy header): every such request then shares one rate-limit bucket, which errs on the safe side.
UNKNOWN_ADDRESS = "0.0.0.0"  # noqa: S104 - a rate-limit key, never bound to

_warned: set[str] = set()


def _warn_once(reason: str, message: str, *args) -> None:
    if reason not in _warned:
        _warned.add(reason)
        logger.warning(message, *args)


def _valid(value: str) -> str | None:
    value = value.strip()
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def _meta_key(header: str) -> str:
    """`X-Real-IP` as well as `HTTP_X_REAL_IP`: operators write the header either way."""
    header = header.strip()
    if not header or header.startswith("HTTP_") or header == "REMOTE_ADDR":
        return header
    return "HTTP_" + header.upper().replace("-", "_")


def client_ip(request: HttpRequest) -> str:
    """The address the request came from: the proxy's header when set, else the socket's."""
    header = _meta_key(getattr(settings, "CLIENT_IP_HEADER", ""))
    if header:
        raw = request.META.get(header, "")
        # X-Forwarded-For lists every hop; the last one is the address our own proxy saw (the
        # ones before it are whatever the client chose to send).
        candidate = _valid(raw.rsplit(",", 1)[-1]) if raw else None
        if candidate:
            return candidate
        _warn_once("header", "CLIENT_IP_HEADER is %s but a request came without a valid "
                   "value in it; using the socket address for rate limits. Check that the "
                   "proxy sets the header (this is logged once per process).", header)
    address = _valid(request.META.get("REMOTE_ADDR") or "")
    if address:
        return address
    _warn_once("socket", "A request came with no client address at all (a Unix socket "
               "without CLIENT_IP_HEADER?); such requests share one rate limit (this is "
               "logged once per process).")
    return UNKNOWN_ADDRESS
