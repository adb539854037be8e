"""Pages of the triage domain: the routing model's state for coordinators and the
information-value checker for every agency."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jembatan.core.access import require_perm
from jembatan.triage import training
from jembatan.triage.models import RoutingModel, TriageSettings
from jembatan.triage.quality import info_value

MAX_TEXT = 5000


@login_required
def routing_status(request: HttpRequest) -> HttpResponse:
    """The current model, its accuracy on recent held-out decisions, and earlier versions."""
    require_perm(request, "triage.view_routing")
    models = list(RoutingModel.objects.defer("blob")[:10])
    active = next((m for m in models if m.is_active), None)
    settings = TriageSettings.current()
    return render(request, "triage/routing.html", {
        "models": models,
        "active": active,
        **_quality_rows(active),
        "stale": active is not None and training.routing_model_is_stale(model=active,
                                                                         settings=settings),
        "settings": settings,
        "decisions": training.decision_count(),
        "minimum": training.MIN_TRAINING_DECISIONS,
    })


def _quality_rows(model: RoutingModel | None) -> dict:
    """The held-out evaluation of a model in words people read: agency names, percentages."""
    from jembatan.core.models import Agency

    evaluation = (model.evaluation or {}) if model is not None else {}
    per_label = evaluation.get("per_label") or {}
    pairs = evaluation.get("confused_pairs") or []
    slugs = set(per_label) | {p["true"] for p in pairs} | {p["predicted"] for p in pairs}
    names = dict(Agency.objects.filter(slug__in=slugs).values_list("slug", "name"))
    agencies = sorted(
        ({"name": names.get(slug, _("an agency no longer active")),
          "precision": round(100 * row["precision"]), "recall": round(100 * row["recall"]),
          "support": row["support"]}
         for slug, row in per_label.items() if row.get("support")),
        key=lambda row: (row["recall"], row["name"]),
    )
    confused = [{"true": names.get(p["true"], _("an agency no longer active")),
                 "predicted": names.get(p["predicted"], _("an agency no longer active")),
                 "count": p["count"]} for p in pairs[:5]]
    n_test = evaluation.get("n_test") or 0
    right = round((model.accuracy or 0) * n_test) if model is not None else 0
    return {"agency_quality": agencies, "confused": confused, "n_test": n_test,
            "n_right": right,
            "accuracy_percent": round(100 * (model.accuracy or 0)) if model else 0,
            "balanced_percent": round(100 * (model.macro_f1 or 0)) if model else 0}


@login_required
@require_POST
def routing_retrain(request: HttpRequest) -> HttpResponse:
    require_perm(request, "triage.retrain_routing")
    from jembatan.triage.tasks import retrain_router_now

    retrain_router_now.enqueue()
    messages.success(request, _("Retraining has started in the background; refresh this page "
                                "in a minute."))
    return redirect("triage:routing")


@login_required
def info_value_checker(request: HttpRequest) -> HttpResponse:
    """Paste a post: is it informative for citizens, and what would they miss?"""
    require_perm(request, "triage.check_info_value")
    text = (request.POST.get("text") or request.GET.get("text") or "")[:MAX_TEXT]
    result = info_value(text) if text.strip() else None
    template = "triage/_info_value_result.html" if request.htmx else "triage/info_value.html"
    return render(request, template, {"text": text, "result": result})
