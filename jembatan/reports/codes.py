"""Tracking codes and access keys that people read aloud, type on a phone and copy by hand.

Both use an alphabet without 0/O and 1/I, so nothing is ambiguous when read from a screen or a
letter. A tracking code (WSB-7KX3-9P) is public; the access key (K7MX-3PQR-9WZT) is the
reporter's secret and is stored only as a SHA-256 hash (it has 60 bits of randomness, so a
slow password hash is not needed).
"""

import hashlib
import hmac
import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
TRACKING_CODE = re.compile(r"^[A-Z]{3,5}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$")


def _random(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_tracking_code(prefix: str) -> str:
    return f"{prefix}-{_random(4)}-{_random(2)}"


def normalize_tracking_code(raw: str) -> str:
    """Accept what people type: lower case and stray spaces."""
    return re.sub(r"\s+", "", (raw or "")).upper()


def new_access_key() -> str:
    return f"{_random(4)}-{_random(4)}-{_random(4)}"


def normalize_access_key(raw: str) -> str:
    key = re.sub(r"[\s-]+", "", (raw or "")).upper()
    if len(key) == 12:
        return f"{key[:4]}-{key[4:8]}-{key[8:]}"
    return key


def hash_access_key(key: str) -> str:
    return hashlib.sha256(normalize_access_key(key).encode()).hexdigest()


def access_key_matches(key: str, stored_hash: str) -> bool:
    if not key or not stored_hash:
        return False
    return hmac.compare_digest(hash_access_key(key), stored_hash)
