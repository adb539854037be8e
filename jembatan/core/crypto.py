"""Secrets of connected accounts (access tokens, mailbox passwords) are encrypted at rest.

Fernet (AES-128-CBC + HMAC-SHA256) from `cryptography`. Keys come from CONNECTORS_SECRET_KEYS
(comma-separated Fernet keys, newest first, so keys can be rotated); without it a key is derived
from SECRET_KEY, which is enough for development and the demo.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


@cache
def _fernet() -> MultiFernet:
    keys = [k.strip() for k in getattr(settings, "CONNECTORS_SECRET_KEYS", []) if k.strip()]
    if not keys:
        digest = hashlib.sha256(("jembatan-connectors:" + settings.SECRET_KEY).encode()).digest()
        keys = [base64.urlsafe_b64encode(digest).decode()]
    return MultiFernet([Fernet(k) for k in keys])


def encrypt(plain: str) -> str:
    if not plain:
        return ""
    return _fernet().encrypt(plain.encode()).decode()


def decrypt(token: str) -> str:
    """The plain secret, or "" when it cannot be read (e.g. the key was replaced)."""
    if not token:
        return ""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        return ""
