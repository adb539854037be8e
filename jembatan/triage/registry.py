"""The models triage serves from, kept in memory per process: the current agency router and
the urgency model with the staff's corrections. Each is rebuilt as soon as what it was built
from changes; the caller says what that is."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable

import joblib
from django.db.models import Max

from jembatan.core.models import Agency
from jembatan.triage.models import RoutingModel
from jembatan.triage.router import AgencyInfo, ColdStartRouter
from jembatan.triage.taxonomy import taxonomy_topics, taxonomy_version
from jembatan.triage.urgency import CorrectionMemory, UrgencyModel, train_model

_cache: dict[str, object] = {}
_lock = threading.Lock()


def cache_clear() -> None:
    """Forget every model built in this process (tests, after a fixture replaced the data)."""
    with _lock:
        _cache.clear()


def agency_infos() -> list[AgencyInfo]:
    return [AgencyInfo(a.slug, a.name, a.duties) for a in
            Agency.objects.active().only("slug", "name", "duties").order_by("slug")]


def current_router():
    """The active stored model, or the cold-start router built from the agencies' duties and
    the coordinators' taxonomy (rebuilt as soon as either changes).

    A stored model keeps the taxonomy it was trained with; a changed taxonomy reaches it at the
    next retraining (see training.retrain_if_due).
    """
    model = RoutingModel.objects.filter(is_active=True).only("pk").first()
    if model is not None:
        key = f"model:{model.pk}"
    else:
        stamp = Agency.objects.aggregate(latest=Max("updated_at"))["latest"]
        key = f"cold:{stamp}:{taxonomy_version()}"
    with _lock:
        if _cache.get("key") != key:
            if model is not None:
                blob = RoutingModel.objects.values_list("blob", flat=True).get(pk=model.pk)
                router = joblib.load(io.BytesIO(bytes(blob)))
            else:
                router = ColdStartRouter(taxonomy_topics()).fit(agency_infos())
            _cache.update(key=key, router=router)
        return _cache["router"]


def current_urgency_memory(
    *, version: str, corrections: Callable[[], list[tuple[str, bool]]],
) -> tuple[CorrectionMemory, UrgencyModel]:
    """The staff's urgency corrections and the model trained with them.

    `version` changes whenever a correction arrives (the caller's latest correction time);
    `corrections` gives every correction as (text, urgent) and is called only to rebuild (a
    few hundred messages: well under a second)."""
    key = f"urgency:{version}"
    with _lock:
        if _cache.get("urgency_key") != key:
            rows = list(corrections())
            _cache.update(urgency_key=key, urgency_memory=(
                CorrectionMemory([text for text, _u in rows], [u for _t, u in rows]),
                train_model(rows)))
        return _cache["urgency_memory"]
