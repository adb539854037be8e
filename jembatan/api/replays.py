"""Idempotent submissions: the first answer, kept so a retry after a lost answer gets it again.

The answer holds the reporter's access key, which is stored nowhere else in readable form, so it
is encrypted (Fernet, the key ring of jembatan.core.crypto) and kept for REPLAY_WINDOW
only. The fingerprint ties it to the request that produced it: the same key with another body or
another caller never gets it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from jembatan.api.models import SubmissionReplay
from jembatan.core import crypto
from jembatan.reports.models import Report

REPLAY_WINDOW = dt.timedelta(hours=24)
PURGE_EVERY_SECONDS = 60
_last_purge = float("-inf")  # this process's last deletion of expired answers
_clock = time.monotonic


def request_fingerprint(*, body: dict, caller_id: int | None) -> str:
    canonical = json.dumps({"body": body, "caller": caller_id}, sort_keys=True,
                           cls=DjangoJSONEncoder, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def replay_remember(*, key: str, report: Report, fingerprint: str, answer: dict) -> None:
    """Keep `answer` for a retry; call it in the transaction that created `report`."""
    global _last_purge
    now = timezone.now()
    # Expired answers are deleted as new ones come: no scheduled job is needed for a table
    # that only grows with submissions. Once a minute per process is enough (`replay_find`
    # never gives an expired one) and spares every submission a statement.
    if _clock() - _last_purge >= PURGE_EVERY_SECONDS:
        _last_purge = _clock()
        SubmissionReplay.objects.filter(created_at__lt=now - REPLAY_WINDOW).delete()
    SubmissionReplay.objects.create(
        key=key, report=report, fingerprint=fingerprint, created_at=now,
        response=crypto.encrypt(json.dumps(answer, cls=DjangoJSONEncoder)),
    )


def replay_find(*, key: str) -> SubmissionReplay | None:
    """The kept answer for `key`, while it is within REPLAY_WINDOW."""
    return SubmissionReplay.objects.filter(
        key=key, created_at__gte=timezone.now() - REPLAY_WINDOW).first()


def replay_answer(replay: SubmissionReplay) -> dict | None:
    """The first answer, or None when it can no longer be read (the encryption key changed)."""
    plain = crypto.decrypt(replay.response)
    return json.loads(plain) if plain else None
