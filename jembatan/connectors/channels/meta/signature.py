"""Meta signs every webhook request: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw
body, keyed with the app secret>`. Nothing is stored from a request whose signature is wrong."""

from __future__ import annotations

import hashlib
import hmac

HEADER = "X-Hub-Signature-256"
PREFIX = "sha256="


def sign(body: bytes, secret: str) -> str:
    """The header value Meta would send for this body (also used by simulate_channels)."""
    return PREFIX + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def is_valid(body: bytes, header: str | None, secret: str) -> bool:
    # Without a configured secret nothing can be verified, so nothing is accepted.
    if not secret or not header or not header.startswith(PREFIX):
        return False
    return hmac.compare_digest(sign(body, secret).encode(), header.strip().lower().encode())
