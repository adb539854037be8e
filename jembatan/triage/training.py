"""Training the agency router from the coordinators' decisions, storing each version with its
held-out evaluation. The decisions come as plain data, from the caller or from the source
registered in `sources`."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

import joblib

from jembatan.triage.actions import routing_model_activate
from jembatan.triage.evaluation import evaluate
from jembatan.triage.models import RoutingModel, TriageSettings
from jembatan.triage.registry import agency_infos
from jembatan.triage.router import TrainedRouter
from jembatan.triage.sources import decision_count, decisions
from jembatan.triage.taxonomy import taxonomy_topics

logger = logging.getLogger(__name__)

HOLDOUT_SHARE = 0.2
MIN_TRAINING_DECISIONS = 40


def router_train(*, texts: Sequence[str], labels: Sequence[str],
                 min_decisions: int = MIN_TRAINING_DECISIONS) -> RoutingModel | None:
    """Train a new version from decisions given oldest first; measure it on the most recent
    ones first. It becomes the active model."""
    texts, labels = list(texts), list(labels)
    if len(texts) != len(labels):
        raise ValueError("every text needs exactly one label")
    if len(texts) < min_decisions:
        logger.info("routing: %s decisions, %s needed to train", len(texts), min_decisions)
        return None
    cut = int(len(texts) * (1 - HOLDOUT_SHARE))
    agencies = agency_infos()
    topics = taxonomy_topics()
    trial = TrainedRouter(topics, agencies=agencies).fit(texts[:cut], labels[:cut])
    evaluation = evaluate(lambda text: trial.predict(text).label, texts[cut:], labels[cut:])
    final = TrainedRouter(topics, agencies=agencies).fit(texts, labels)
    buffer = io.BytesIO()
    joblib.dump(final, buffer)
    model = routing_model_activate(
        actor=None, blob=buffer.getvalue(), n_examples=len(texts), n_agencies=len(set(labels)),
        evaluation={k: evaluation[k] for k in ("accuracy", "macro_f1", "n_test",
                                               "latency_ms_mean", "confused_pairs", "per_label")},
    )
    logger.info("routing: model v%s trained on %s decisions, held-out macro-F1 %.3f",
                model.pk, len(texts), evaluation["macro_f1"])
    return model


def router_retrain(*, min_decisions: int = MIN_TRAINING_DECISIONS) -> RoutingModel | None:
    """Train a new version from the decisions the registered source gives (its latest ones)."""
    given = decisions()
    return router_train(texts=given.texts, labels=given.labels, min_decisions=min_decisions)


def retrain_if_due() -> RoutingModel | None:
    """Scheduled: retrain once enough new decisions arrived since the last model, or when a
    coordinator changed the taxonomy after it was trained."""
    settings = TriageSettings.current()
    latest = RoutingModel.objects.filter(kind=RoutingModel.Kind.TRAINED).first()
    if latest is None or routing_model_is_stale(model=latest, settings=settings):
        return router_retrain()
    # Decisions made since the model was trained (it learnt from the latest ones only, so
    # their total says nothing of what is new).
    if decision_count(since=latest.created_at) >= settings.retrain_after:
        return router_retrain()
    return None


def routing_model_is_stale(*, model: RoutingModel, settings: TriageSettings) -> bool:
    """Trained before the last change of the taxonomy."""
    changed = settings.taxonomy_changed_at
    return model.kind == RoutingModel.Kind.TRAINED and changed is not None \
        and model.created_at < changed
