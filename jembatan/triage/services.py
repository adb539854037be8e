"""The triage domain inside the product: suggestions for reports, urgency, duplicates,
retraining from the coordinators' dispositions."""

from __future__ import annotations

import datetime as dt
import io
import logging
import threading
from dataclasses import dataclass

import joblib
import numpy as np
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from sklearn.feature_extraction.text import TfidfVectorizer

from jembatan.core.models import Agency
from jembatan.triage import normalize
from jembatan.triage.evaluation import evaluate
from jembatan.triage.models import RoutingModel, TriageSettings
from jembatan.triage.router import AgencyInfo, ColdStartRouter, Prediction, TrainedRouter
from jembatan.triage.taxonomy import taxonomy_topics, taxonomy_version
from jembatan.triage.urgency import CorrectionMemory, UrgencyModel, assess_urgency, train_model

logger = logging.getLogger(__name__)

HOLDOUT_SHARE = 0.2
MIN_TRAINING_DECISIONS = 40
DUPLICATE_WINDOW_DAYS = 30
DUPLICATE_MIN_SCORE = 0.3

_cache: dict[str, object] = {}
_lock = threading.Lock()


def _agency_infos() -> list[AgencyInfo]:
    return [AgencyInfo(a.slug, a.name, a.duties) for a in
            Agency.objects.active().only("slug", "name", "duties").order_by("slug")]


def current_router():
    """The active stored model, or the cold-start router built from the agencies' duties and
    the coordinators' taxonomy (rebuilt as soon as either changes).

    A stored model keeps the taxonomy it was trained with; a changed taxonomy reaches it at the
    next retraining (see retrain_if_due).
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
                router = ColdStartRouter(taxonomy_topics()).fit(_agency_infos())
            _cache.update(key=key, router=router)
        return _cache["router"]


@dataclass
class AgencySuggestion:
    agency: Agency
    probability: float


def suggest_agencies(text: str, *, kecamatan_code: str = "",
                     desa_code: str = "") -> tuple[list[AgencySuggestion], list[str]]:
    """The top three agencies for a text, with the words that drove the first one.

    A kecamatan, kelurahan or desa office is suggested only for a matter of its own area: the
    report is located there, or the text names the area. The others keep their order.
    """
    if not Agency.objects.active().exists():
        # A new installation before its agencies are entered: nothing to suggest, and the
        # cold-start router cannot be built from no agencies at all.
        return [], []
    prediction: Prediction = current_router().predict(text, top=8)
    agencies = Agency.objects.select_related("region").in_bulk(
        [s.label for s in prediction.suggestions], field_name="slug")
    words = f" {' '.join(normalize.words(text))} "
    suggestions = [AgencySuggestion(agencies[s.label], round(s.probability, 3))
                   for s in prediction.suggestions if s.label in agencies
                   and _serves_area(agencies[s.label], words=words,
                                    kecamatan_code=kecamatan_code, desa_code=desa_code)]
    return suggestions[:3], prediction.explanation


def _serves_area(agency: Agency, *, words: str, kecamatan_code: str, desa_code: str) -> bool:
    if agency.kind not in (Agency.Kind.KECAMATAN, Agency.Kind.DESA) or agency.region is None:
        return True
    code = agency.region.code
    if code in (kecamatan_code, desa_code):
        return True
    if desa_code and agency.kind == Agency.Kind.KECAMATAN and desa_code.startswith(f"{code}."):
        return True
    name = " ".join(normalize.words(agency.region.name))
    return bool(name) and f" {name} " in words


def training_decisions():
    """What coordinators decided: each handled report's text and its final lead agency."""
    from jembatan.reports.models import Report, Status

    return (
        Report.objects.filter(lead_agency__isnull=False, disposed_at__isnull=False)
        .exclude(status__in=(Status.DITOLAK, Status.DIGABUNG))
        .order_by("disposed_at")
        .values_list("title", "body", "lead_agency__slug")
    )


def router_retrain(*, min_decisions: int = MIN_TRAINING_DECISIONS) -> RoutingModel | None:
    """Train a new version from the dispositions; measure it on the most recent ones first."""
    rows = list(training_decisions())
    if len(rows) < min_decisions:
        logger.info("routing: %s decisions, %s needed to train", len(rows), min_decisions)
        return None
    texts = [f"{title}. {body}" for title, body, _slug in rows]
    labels = [slug for _title, _body, slug in rows]
    cut = int(len(rows) * (1 - HOLDOUT_SHARE))
    agencies = _agency_infos()
    topics = taxonomy_topics()
    trial = TrainedRouter(topics, agencies=agencies).fit(texts[:cut], labels[:cut])
    evaluation = evaluate(lambda text: trial.predict(text).label, texts[cut:], labels[cut:])
    final = TrainedRouter(topics, agencies=agencies).fit(texts, labels)
    buffer = io.BytesIO()
    joblib.dump(final, buffer)
    with transaction.atomic():
        RoutingModel.objects.filter(is_active=True).update(is_active=False)
        model = RoutingModel.objects.create(
            kind=RoutingModel.Kind.TRAINED, n_examples=len(rows), n_agencies=len(set(labels)),
            accuracy=evaluation["accuracy"], macro_f1=evaluation["macro_f1"],
            evaluation={k: evaluation[k] for k in ("accuracy", "macro_f1", "n_test",
                                                   "latency_ms_mean", "confused_pairs",
                                                   "per_label")},
            blob=buffer.getvalue(), is_active=True,
        )
    logger.info("routing: model v%s trained on %s decisions, held-out macro-F1 %.3f",
                model.pk, len(rows), evaluation["macro_f1"])
    return model


def retrain_if_due() -> RoutingModel | None:
    """Scheduled: retrain once enough new decisions arrived since the last model, or when a
    coordinator changed the taxonomy after it was trained."""
    settings = TriageSettings.current()
    latest = RoutingModel.objects.filter(kind=RoutingModel.Kind.TRAINED).first()
    if latest is None or routing_model_is_stale(model=latest, settings=settings):
        return router_retrain()
    decisions = training_decisions().count()
    if decisions - latest.n_examples >= settings.retrain_after:
        return router_retrain()
    return None


def routing_model_is_stale(*, model: RoutingModel, settings: TriageSettings) -> bool:
    """Trained before the last change of the taxonomy."""
    changed = settings.taxonomy_changed_at
    return model.kind == RoutingModel.Kind.TRAINED and changed is not None \
        and model.created_at < changed


def urgency_corrections():
    """What staff corrected: each corrected report's text and whether it is urgent."""
    from jembatan.reports.models import Report

    return (Report.objects.filter(urgency_corrected_at__isnull=False)
            .order_by("urgency_corrected_at").values_list("title", "body", "is_urgent"))


def current_urgency_memory() -> tuple[CorrectionMemory, UrgencyModel]:
    """The staff's urgency corrections and the model trained with them, rebuilt as soon as a
    new correction arrives (a few hundred messages: well under a second)."""
    from jembatan.reports.models import Report

    stamp = Report.objects.filter(urgency_corrected_at__isnull=False).aggregate(
        latest=Max("urgency_corrected_at"))["latest"]
    key = f"urgency:{stamp}"
    with _lock:
        if _cache.get("urgency_key") != key:
            rows = [(f"{title}. {body}", urgent) for title, body, urgent
                    in urgency_corrections()]
            _cache.update(urgency_key=key, urgency_memory=(
                CorrectionMemory([text for text, _u in rows], [u for _t, u in rows]),
                train_model(rows)))
        return _cache["urgency_memory"]


def similar_open_reports(*, text: str, kecamatan_code: str = "", desa_code: str = "",
                         exclude_pk: int | None = None, limit: int = 3):
    """Open reports of the last 30 days about the same matter in the same area."""
    from jembatan.reports.models import OPEN_STATUSES, Privacy, Report

    if not kecamatan_code or len(normalize.tokens(text)) < 3:
        return []
    since = timezone.now() - dt.timedelta(days=DUPLICATE_WINDOW_DAYS)
    candidates = list(
        Report.objects.filter(status__in=OPEN_STATUSES, created_at__gte=since,
                              kecamatan_id=kecamatan_code)
        .exclude(pk=exclude_pk).exclude(privacy=Privacy.RAHASIA)
        .only("pk", "tracking_code", "title", "body", "desa_id", "status", "privacy",
              "created_at")
        .order_by("-created_at")[:300]
    )
    if not candidates:
        return []
    documents = [normalize.normalized(f"{r.title} {r.body}") for r in candidates]
    query = normalize.normalized(text)
    vectorizer = TfidfVectorizer(analyzer=str.split, sublinear_tf=True).fit([*documents, query])
    matrix = vectorizer.transform(documents)
    scores = (matrix @ vectorizer.transform([query]).T).toarray().ravel()
    # The same desa makes the same matter far more likely.
    scores = scores + np.array([0.1 if desa_code and r.desa_id == desa_code else 0.0
                                for r in candidates])
    ranked = sorted(zip(scores, candidates, strict=True), key=lambda pair: -pair[0])
    return [(report, round(float(score), 3)) for score, report in ranked[:limit]
            if score >= DUPLICATE_MIN_SCORE]


def report_triage(*, report_id: int, notify: bool = True) -> dict:
    """After a report arrives: urgency, suggested agency, and automatic disposition when the
    coordinator allowed it and the model is sure enough."""
    from jembatan.reports import actions, notifications
    from jembatan.reports.models import Report, Status
    from jembatan.reports.rules import SYSTEM

    report = Report.objects.select_related("kecamatan").get(pk=report_id)
    text = f"{report.title}. {report.body}"
    memory, model = current_urgency_memory()
    urgency = assess_urgency(text, memory=memory, model=model)
    if report.urgency_corrected_at is not None:
        # Staff already decided; a later reading never overrides them.
        urgency.is_urgent = report.is_urgent
    suggestions, reasons = suggest_agencies(text, kecamatan_code=report.kecamatan_id or "",
                                            desa_code=report.desa_id or "")
    top = suggestions[0] if suggestions else None
    # People are told by a task of its own, enqueued as the urgent flag commits: emails sent
    # here, after the flag, were lost when the worker died in between, because the rerun sees
    # the flag already set.
    with transaction.atomic():
        Report.objects.filter(pk=report.pk).update(
            is_urgent=report.is_urgent or urgency.is_urgent,
            urgency_signals=urgency.signals if urgency.is_urgent else [],
            urgency_reason=urgency.reason() if report.urgency_corrected_at is None
            else report.urgency_reason,
            suggested_agency=top.agency if top else None,
            suggestion_confidence=top.probability if top else None,
            suggestion_reasons=reasons,
            suggestions=[{"agency": s.agency.slug, "probability": s.probability}
                         for s in suggestions],
        )
        if notify and urgency.is_urgent and not report.is_urgent:
            notifications.after_commit("report_urgent", report,
                                       agency_ids=[top.agency.pk] if top else [])
    settings = TriageSettings.current()
    disposed = False
    if (settings.auto_dispose and top is not None and report.status == Status.BARU
            and not report.is_returned and top.probability >= settings.auto_dispose_threshold):
        actions.report_dispose(report=report, actor=SYSTEM, agency=top.agency,
                               note="", auto=True)
        disposed = True
    return {"urgent": urgency.is_urgent, "suggested": top.agency.slug if top else None,
            "auto_disposed": disposed}
