"""What triage's language models do for reports: reading a new report (urgency, suggested
agencies, automatic assignment), finding open reports about the same matter, and giving triage
the coordinators' dispositions and the staff's urgency corrections to learn from."""

from __future__ import annotations

import datetime as dt

from django.db.models import Max
from django.utils import timezone

from jembatan.core.workflow import SYSTEM
from jembatan.reports import actions
from jembatan.reports.models import OPEN_STATUSES, Privacy, Report, Status
from jembatan.triage import duplicates, registry, training
from jembatan.triage.models import RoutingModel, TriageSettings
from jembatan.triage.sources import Decisions
from jembatan.triage.suggestions import suggest_agencies
from jembatan.triage.urgency import assess_urgency

DUPLICATE_WINDOW_DAYS = 30


def _text(title: str, body: str) -> str:
    return f"{title}. {body}"


# --- What triage learns from ------------------------------------------------------------------


def _disposed():
    return (Report.objects.filter(lead_agency__isnull=False, disposed_at__isnull=False)
            .exclude(status__in=(Status.DITOLAK, Status.DIGABUNG)))


# The router learns from the latest decisions only: they say where reports go now (duties move
# between agencies), a year or two of a regency's reports is plenty for its vocabulary, and
# the training stays well inside a background task's time limit at any size (a million
# decisions took longer than the three minutes RQ allows, and never finished).
TRAINING_WINDOW = 25_000


def training_decisions(*, window: int = TRAINING_WINDOW) -> Decisions:
    """What coordinators decided, oldest first: the text of each of the latest `window`
    handled reports and its final lead agency."""
    rows = list(_disposed().order_by("-disposed_at", "-pk")
                .values_list("title", "body", "lead_agency__slug")[:window])
    rows.reverse()
    texts, labels = [], []
    for title, body, slug in rows:
        texts.append(_text(title, body))
        labels.append(slug)
    return Decisions(texts=texts, labels=labels)


def training_decision_count(since=None) -> int:
    """Every decision, or those made after `since`."""
    decided = _disposed()
    if since is not None:
        decided = decided.filter(disposed_at__gt=since)
    return decided.count()


def router_retrain(*, min_decisions: int = training.MIN_TRAINING_DECISIONS
                   ) -> RoutingModel | None:
    """Train a new routing model on the latest dispositions now."""
    decisions = training_decisions()
    return training.router_train(texts=decisions.texts, labels=decisions.labels,
                                 min_decisions=min_decisions)


def urgency_corrections() -> list[tuple[str, bool]]:
    """What staff corrected, oldest first: each corrected report's text and whether it is
    urgent."""
    return [(_text(title, body), urgent) for title, body, urgent in
            Report.objects.filter(urgency_corrected_at__isnull=False)
            .order_by("urgency_corrected_at").values_list("title", "body", "is_urgent")]


def current_urgency_memory():
    """The urgency model with every correction so far, rebuilt when a new one arrives."""
    stamp = Report.objects.filter(urgency_corrected_at__isnull=False).aggregate(
        latest=Max("urgency_corrected_at"))["latest"]
    return registry.current_urgency_memory(version=str(stamp),
                                           corrections=urgency_corrections)


# --- Reading a report -------------------------------------------------------------------------


def warm_up() -> None:
    """Load the routing and urgency models (and the word lists they read) into this process: an
    RQ worker calls it before forking the process that runs a task, which then starts with them
    instead of loading them again for every report (core/redis_tasks.Worker)."""
    text = _text("Jalan kabupaten rusak", "Jalan berlubang di dekat pasar, motor sering jatuh.")
    memory, model = current_urgency_memory()
    assess_urgency(text, memory=memory, model=model)
    suggest_agencies(text, kecamatan_code="", desa_code="")



def report_triage(*, report_id: int, notify: bool = True) -> dict:
    """After a report arrives: urgency, suggested agency, and automatic disposition when the
    coordinator allowed it and the model is sure enough."""
    report = Report.objects.select_related("kecamatan").get(pk=report_id)
    text = _text(report.title, report.body)
    memory, model = current_urgency_memory()
    urgency = assess_urgency(text, memory=memory, model=model)
    suggestions, reasons = suggest_agencies(text, kecamatan_code=report.kecamatan_id or "",
                                            desa_code=report.desa_id or "")
    report = actions.report_triage_record(report=report, urgency=urgency,
                                          suggestions=suggestions, reasons=reasons,
                                          notify=notify)
    top = suggestions[0] if suggestions else None
    settings = TriageSettings.current()
    disposed = False
    if (settings.auto_dispose and top is not None and report.status == Status.BARU
            and not report.is_returned and top.probability >= settings.auto_dispose_threshold):
        actions.report_dispose(report=report, actor=SYSTEM, agency=top.agency,
                               note="", auto=True)
        disposed = True
    return {"urgent": report.is_urgent if report.urgency_corrected_at else urgency.is_urgent,
            "suggested": top.agency.slug if top else None, "auto_disposed": disposed}


# --- Duplicates -------------------------------------------------------------------------------


def similar_open_reports(*, text: str, kecamatan_code: str = "", desa_code: str = "",
                         exclude_pk: int | None = None,
                         limit: int = 3) -> list[tuple[Report, float]]:
    """Open reports of the last 30 days about the same matter in the same area."""
    if not kecamatan_code or not duplicates.is_searchable(text):
        return []
    since = timezone.now() - dt.timedelta(days=DUPLICATE_WINDOW_DAYS)
    # Plain values of the candidates (a model instance each cost five times the query); the few
    # that match are read as reports afterwards.
    candidates = list(
        Report.objects.filter(status__in=OPEN_STATUSES, created_at__gte=since,
                              kecamatan_id=kecamatan_code)
        .exclude(pk=exclude_pk).exclude(privacy=Privacy.RAHASIA)
        .order_by("-created_at").values_list("pk", "title", "body", "desa_id")[:300]
    )
    # The same desa makes the same matter far more likely.
    found = duplicates.similar_texts(
        text, [f"{title} {body}" for _pk, title, body, _desa in candidates],
        boosts=[0.1 if desa_code and desa == desa_code else 0.0
                for _pk, _title, _body, desa in candidates],
        limit=limit)
    if not found:
        return []
    reports = Report.objects.only(
        "pk", "tracking_code", "title", "body", "desa_id", "status", "privacy", "created_at",
    ).in_bulk([candidates[index][0] for index, _score in found])
    return [(reports[candidates[index][0]], score) for index, score in found
            if candidates[index][0] in reports]
