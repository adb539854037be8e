"""Staff pages of the performance figures (the dashboards are added beside these)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from jembatan.core.access import require_perm
from jembatan.insights import actions, selectors
from jembatan.insights.forms import PublicationForm
from jembatan.insights.metrics import METRICS


@login_required
def publication(request: HttpRequest) -> HttpResponse:
    """The coordinator chooses which figures the public scorecard shows."""
    require_perm(request, "insights.change_publication")
    form = PublicationForm(request.POST or None,
                           initial={"metric_keys": sorted(selectors.public_metric_keys())})
    if request.method == "POST" and form.is_valid():
        actions.publication_update(actor=request.user,
                                   metric_keys=form.cleaned_data["metric_keys"])
        messages.success(request, _("The choice of public figures has been saved."))
        return redirect("insights:publication")
    return render(request, "insights/publication.html",
                  {"form": form, "metrics": list(METRICS.values())},
                  status=400 if form.errors else 200)
