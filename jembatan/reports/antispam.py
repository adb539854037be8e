"""Spam protection for public forms without any third-party service.

Three layers: a honeypot field that people never see; rate limits per IP address and per
contact (email or phone); and, once a sender comes close to the limit, a proof-of-work
challenge that the browser solves in a second or two (a SHA-256 search, as in Hashcash/ALTCHA).
Nothing is sent to anyone else and no cookie or fingerprint is kept about the visitor.
"""

from __future__ import annotations

import hashlib
import secrets

from django.core import signing
from django.core.cache import cache
from django_ratelimit.core import get_usage

POW_SALT = "jembatan.reports.pow"
POW_DIFFICULTY = 4  # leading zero hex digits: about 65,000 hashes on average
POW_MAX_AGE = 30 * 60

IP_RATE = "10/h"
CONTACT_RATE = "5/h"
CHALLENGE_AFTER = 3  # submissions from one address within the hour before a challenge appears
GROUP = "reports.submit"


def _usage(request, *, key, rate: str, increment: bool) -> dict | None:
    # Both methods, one counter: the form's GET peeks at the count its POSTs increment.
    return get_usage(request, group=GROUP, key=key, rate=rate, method=["GET", "POST"],
                     increment=increment)


def ip_usage(request, *, increment: bool = False) -> dict | None:
    return _usage(request, key="ip", rate=IP_RATE, increment=increment)


def contact_key(email: str, phone: str) -> str:
    # Hashed: the cache must not become a list of citizens' addresses.
    raw = (email or "").strip().lower() + "|" + (phone or "").strip()
    return hashlib.sha256(raw.encode()).hexdigest()


def contact_usage(request, *, email: str, phone: str, increment: bool = False) -> dict | None:
    if not (email or phone):
        return None
    value = contact_key(email, phone)
    return _usage(request, key=lambda group, request: value, rate=CONTACT_RATE,
                  increment=increment)


def is_limited(request, *, email: str = "", phone: str = "", increment: bool) -> bool:
    """Count this submission (when increment) and say whether a limit is exceeded."""
    by_ip = ip_usage(request, increment=increment)
    by_contact = contact_usage(request, email=email, phone=phone, increment=increment)
    return bool((by_ip and by_ip["should_limit"]) or (by_contact and by_contact["should_limit"]))


def needs_challenge(request) -> bool:
    usage = ip_usage(request, increment=False)
    return bool(usage and usage["count"] >= CHALLENGE_AFTER)


def new_challenge() -> str:
    return signing.dumps({"s": secrets.token_hex(8), "d": POW_DIFFICULTY}, salt=POW_SALT)


def verify_challenge(challenge: str, nonce: str) -> bool:
    """True when `nonce` solves `challenge`, the challenge is fresh and was not used before."""
    try:
        data = signing.loads(challenge, salt=POW_SALT, max_age=POW_MAX_AGE)
    except signing.BadSignature:
        return False
    if not nonce or len(nonce) > 32:
        return False
    digest = hashlib.sha256(f"{challenge}:{nonce}".encode()).hexdigest()
    if not digest.startswith("0" * int(data["d"])):
        return False
    # Single use: a solved challenge cannot be replayed for a second submission.
    return cache.add(f"pow-used:{hashlib.sha256(challenge.encode()).hexdigest()}", 1,
                     POW_MAX_AGE)
