"""The coordinators' page of Open311 clients: the keys, a new key (shown once), revoking."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from jembatan.core.access import require_perm
from jembatan.open311 import actions, selectors
from jembatan.open311.forms import ClientKeyForm
from jembatan.open311.models import ClientKey


@login_required
@require_http_methods(["GET", "POST"])
def keys(request: HttpRequest) -> HttpResponse:
    require_perm(request, "open311.manage_keys")
    form = ClientKeyForm(request.POST or None)
    issued = None
    if request.method == "POST" and form.is_valid():
        key, raw = actions.client_key_issue(
            name=form.cleaned_data["name"], may_submit=form.cleaned_data["may_submit"],
            may_read_updates=form.cleaned_data["may_read_updates"], actor=request.user)
        # Rendered, not redirected: the key is shown this once and kept nowhere in readable
        # form, not even in the session.
        issued = {"key": key, "raw": raw}
        form = ClientKeyForm()
    response = render(request, "open311/keys.html", {
        "form": form, "issued": issued, "keys": selectors.client_keys(),
        "endpoint": request.build_absolute_uri("/open311/v2/"),
    })
    if issued:
        response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def key_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "open311.manage_keys")
    key = ClientKey.objects.filter(pk=pk).first()
    if key is None:
        raise Http404
    actions.client_key_revoke(key=key, actor=request.user)
    messages.success(request, _("The key of “%(name)s” no longer works.") % {"name": key.name})
    return redirect("open311:keys")
