"""Pages of the service catalogue and the work programmes: staff find, add and change them;
the public portal lists each agency's active services."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jembatan.catalogue import actions as catalogue_actions
from jembatan.catalogue import selectors as catalogue_selectors
from jembatan.catalogue.access import get_entry_for_user, staff_required
from jembatan.catalogue.forms import ProgrammeForm, ServiceFilterForm, ServiceForm
from jembatan.catalogue.models import Programme, Service
from jembatan.core.access import get_agency_for_public
from jembatan.core.forms import form_page
from jembatan.core.pagination import InvalidCursor, keyset_page
from jembatan.core.rules import agencies_for_editing

PAGE_SIZE = 25
PUBLIC_PAGE_SIZE = 30


# --- Services -----------------------------------------------------------------------------------


@staff_required
def service_list(request: HttpRequest) -> HttpResponse:
    form = ServiceFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = catalogue_selectors.ServiceFilters(q=data.get("q") or "", agency=data.get("agency"),
                                       free_only=bool(data.get("free")))
    services = catalogue_selectors.services_search(filters=filters)
    try:
        page = keyset_page(services, cursor=request.GET.get("cursor"), size=PAGE_SIZE,
                           time_field="updated_at")
    except InvalidCursor:
        page = keyset_page(services, cursor=None, size=PAGE_SIZE, time_field="updated_at")
    query = request.GET.copy()
    query.pop("cursor", None)
    return render(request, "catalogue/service_list.html", {
        "form": form, "page": page, "query": query.urlencode(),
        "can_add": agencies_for_editing(request.user).exists(),
    })


@staff_required
def service_detail(request: HttpRequest, pk: int) -> HttpResponse:
    service = get_entry_for_user(request, Service.objects.select_related("agency"), pk)
    return render(request, "catalogue/service_detail.html", {
        "service": service,
        "text": catalogue_selectors.service_as_text(service),
        "can_change": request.user.has_perm("catalogue.change_entry", service),
    })


@staff_required
def service_text(request: HttpRequest, pk: int) -> HttpResponse:
    """The service as ready-to-paste text: a partial for htmx, plain text otherwise."""
    service = get_entry_for_user(request, Service.objects.select_related("agency"), pk)
    text = catalogue_selectors.service_as_text(service)
    if request.htmx:
        return render(request, "catalogue/service_text.html",
                      {"service": service, "text": text})
    return HttpResponse(text, content_type="text/plain; charset=utf-8")


@staff_required
def service_create(request: HttpRequest) -> HttpResponse:
    if not agencies_for_editing(request.user).exists():
        raise PermissionDenied
    form = ServiceForm(request.POST or None, user=request.user)

    def save(data):
        values = {k: v for k, v in data.items() if k != "agency"}
        return catalogue_actions.service_create(agency=data["agency"], actor=request.user, **values)

    return form_page(request, form, save, done=_("The service was added."),
                     template="catalogue/service_form.html")


@staff_required
def service_edit(request: HttpRequest, pk: int) -> HttpResponse:
    service = get_entry_for_user(request, Service.objects.select_related("agency"), pk,
                                    change=True)
    form = ServiceForm(request.POST or None, instance=Service.objects.get(pk=service.pk),
                       user=request.user)

    def save(data):
        catalogue_actions.service_update(service=service, actor=request.user, **data)
        return service

    return form_page(request, form, save, done=_("The service was saved."),
                     template="catalogue/service_form.html", context={"service": service})


def service_public_list(request: HttpRequest, slug: str) -> HttpResponse:
    """The public portal's list of an agency's active services."""
    agency = get_agency_for_public(slug)
    return render(request, "catalogue/service_public_list.html", {
        "agency": agency, "services": catalogue_selectors.services_public(agency=agency),
    })


def service_public_all(request: HttpRequest) -> HttpResponse:
    """The public portal's list of every agency's active services, with filters."""
    form = ServiceFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = catalogue_selectors.ServiceFilters(q=data.get("q") or "", agency=data.get("agency"),
                                                 free_only=bool(data.get("free")))
    paginator = Paginator(catalogue_selectors.services_public_all(filters=filters),
                          PUBLIC_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("halaman"))
    query = request.GET.copy()
    query.pop("halaman", None)
    return render(request, "catalogue/service_public_all.html", {
        "form": form, "page": page, "query": query.urlencode(),
    })


# --- Work programmes ----------------------------------------------------------------------------


@staff_required
def programme_list(request: HttpRequest) -> HttpResponse:
    """Programmes running from today on (or from ?dari=), every agency or one."""
    form = ServiceFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    today = timezone.localdate()
    programmes = catalogue_selectors.programmes_between(
        start=today, end=today + dt.timedelta(days=366), agency=data.get("agency"))
    return render(request, "catalogue/programme_list.html", {
        "form": form, "programmes": programmes[:200],
        "can_add": agencies_for_editing(request.user).exists(),
    })


@staff_required
def programme_detail(request: HttpRequest, pk: int) -> HttpResponse:
    programme = get_entry_for_user(request, Programme.objects.select_related("agency"), pk)
    return render(request, "catalogue/programme_detail.html", {
        "programme": programme,
        "can_change": request.user.has_perm("catalogue.change_entry", programme),
    })


@staff_required
def programme_create(request: HttpRequest) -> HttpResponse:
    if not agencies_for_editing(request.user).exists():
        raise PermissionDenied
    form = ProgrammeForm(request.POST or None, user=request.user)

    def save(data):
        values = {k: v for k, v in data.items() if k != "agency"}
        return catalogue_actions.programme_create(agency=data["agency"], actor=request.user,
                                                  **values)

    return form_page(request, form, save, done=_("The work programme was added."),
                     template="catalogue/programme_form.html")


@staff_required
def programme_edit(request: HttpRequest, pk: int) -> HttpResponse:
    programme = get_entry_for_user(request, Programme.objects.select_related("agency"), pk,
                                      change=True)
    form = ProgrammeForm(request.POST or None, instance=Programme.objects.get(pk=programme.pk),
                         user=request.user)

    def save(data):
        catalogue_actions.programme_update(programme=programme, actor=request.user, **data)
        return programme

    return form_page(request, form, save, done=_("The work programme was saved."),
                     template="catalogue/programme_form.html", context={"programme": programme})


@require_POST
@staff_required
def programme_delete(request: HttpRequest, pk: int) -> HttpResponse:
    programme = get_entry_for_user(request, Programme.objects.select_related("agency"), pk,
                                      change=True)
    catalogue_actions.programme_delete(programme=programme, actor=request.user)
    messages.success(request, _("The work programme was removed."))
    return redirect("catalogue:programme_list")
