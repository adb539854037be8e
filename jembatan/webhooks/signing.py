"""The signature of an outgoing webhook, Stripe-style.

Header `Jembatan-Signature: t=<unix seconds>,v1=<hex>` where the hex is
HMAC-SHA256(secret, "<t>.<body>"). During a secret rotation a second `v1=` signed with the
previous secret follows. A receiver recomputes the HMAC over the timestamp and the raw body,
compares in constant time with any `v1`, and rejects a timestamp older than a few minutes, so
a captured request cannot be replayed later. `verify` below is that check (docs/webhooks.md
shows it standalone).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

SECRET_PREFIX = "whsec_"
DEFAULT_TOLERANCE_SECONDS = 300


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(secrets_: list[str], timestamp: int, body: bytes) -> str:
    parts = [f"t={timestamp}"] + [f"v1={signature(s, timestamp, body)}" for s in secrets_]
    return ",".join(parts)


class SignatureInvalid(ValueError):
    pass


def verify(secret: str, header: str, body: bytes, *,
           tolerance: int = DEFAULT_TOLERANCE_SECONDS, now: float | None = None) -> int:
    """The timestamp of a valid signature; SignatureInvalid when it does not match or is too
    old (or too far in the future) to be anything but a replay."""
    timestamp, candidates = None, []
    for item in header.split(","):
        key, _sep, value = item.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            candidates.append(value)
    if timestamp is None or not candidates:
        raise SignatureInvalid("no timestamp or no v1 signature")
    now = time.time() if now is None else now
    if abs(now - timestamp) > tolerance:
        raise SignatureInvalid("timestamp outside the tolerance")
    expected = signature(secret, timestamp, body)
    if not any(hmac.compare_digest(expected, candidate) for candidate in candidates):
        raise SignatureInvalid("signature does not match")
    return timestamp
