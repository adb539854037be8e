"""The routing taxonomy as the routers read it.

In the product the taxonomy is the coordinators' `Topic` table (seeded from the shipped
lexicon/taxonomy.tsv by `migrate`). The shipped file is used instead only while the database has
no topics at all, and by `routing_eval`, whose result must depend on the project's files alone.

Reading the table costs one query; the routers need it on every suggestion, so the topics are
kept in memory under a version stamp held in Django's cache. Saving or deleting a topic changes
the stamp, so every process (web workers and the task worker share the cache when it is Redis)
reloads the topics on its next suggestion.
"""

from __future__ import annotations

import re
import threading
import uuid

from django.core.cache import cache

from jembatan.triage import lexicon

VERSION_KEY = "triage:taxonomy-version"

_memo: dict[str, object] = {}
_lock = threading.Lock()


def terms_split(text: str) -> tuple[str, ...]:
    """A cell of comma- or line-separated words → lower-case terms, each once, in order."""
    terms = (" ".join(part.split()).lower() for part in re.split(r"[,\n]", text or ""))
    return tuple(dict.fromkeys(term for term in terms if term))


def terms_join(terms) -> str:
    return ", ".join(terms)


def taxonomy_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        # add(), not set(): when two processes start at once, both end up with the same stamp.
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY) or ""
    return version


def taxonomy_invalidate() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def taxonomy_topics() -> tuple[lexicon.Topic, ...]:
    """The active topics of the database, or the shipped file while the database has none."""
    version = taxonomy_version()
    with _lock:
        if not version or _memo.get("version") != version:
            _memo.update(version=version, topics=_load())
        return _memo["topics"]


def _load() -> tuple[lexicon.Topic, ...]:
    from jembatan.triage.models import Topic

    # In creation order, which for the shipped topics is the order of the file: the routers
    # then behave exactly as they do on the file.
    rows = list(Topic.objects.order_by("pk").values_list(
        "name", "agency_kinds", "duty_keywords", "message_keywords", "is_active"))
    if not rows:
        return lexicon.file_topics()
    return tuple(
        lexicon.Topic(name, terms_split(kinds), terms_split(duties), terms_split(messages))
        for name, kinds, duties, messages, is_active in rows if is_active
    )
