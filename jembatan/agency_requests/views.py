"""Pages of the requests between agencies: the lists "asked of us" and "we asked", a request
with each asked agency's status and the comments, and the form to ask."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from jembatan.agency_requests import access as requests_access
from jembatan.agency_requests import actions as requests_actions
from jembatan.agency_requests import rules as requests_rules
from jembatan.agency_requests import selectors as requests_selectors
from jembatan.agency_requests.forms import AnswerForm, CancelForm, CommentForm, RequestForm
from jembatan.agency_requests.models import RequestAttachment
from jembatan.core.files import serve_stored
from jembatan.core.filter_chips import Chip
from jembatan.core.forms import error_text, form_errors_flash
from jembatan.core.models import Agency
from jembatan.core.pagination import InvalidCursor, keyset_page
from jembatan.core.rules import agency_ids_of
from jembatan.forum.access import forum_staff

PAGE_SIZE = 25
LISTS = {"masuk", "keluar", "semua"}


@forum_staff
@require_GET
def request_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    default = "semua" if user.is_coordinator and not agency_ids_of(user) else "masuk"
    which = request.GET.get("daftar", default)
    if which not in LISTS or (which == "semua" and not user.is_coordinator):
        which = default
    if which == "masuk":
        qs = requests_selectors.requests_asked_of(user)
    elif which == "keluar":
        qs = requests_selectors.requests_made_by(user)
    else:
        qs = requests_selectors.requests_all(user)
    only_open = request.GET.get("terbuka") == "1"
    if only_open:
        qs = qs.filter(status__in=requests_selectors.OPEN)
    waiting_only = which == "masuk" and request.GET.get("tunggu") == "1"
    chips = []
    if waiting_only:
        qs = requests_selectors.requests_waiting_for(user)
        query = request.GET.copy()
        query.pop("tunggu", None)
        query.pop("cursor", None)
        chips.append(Chip(label=_("Waiting for our answer"),
                          remove_url=f"{request.path}?{query.urlencode()}"))
    try:
        page = keyset_page(qs, cursor=request.GET.get("cursor") or None, size=PAGE_SIZE)
    except InvalidCursor:
        return redirect("agency_requests:request_list")
    own = agency_ids_of(user)
    today = timezone.localdate()
    for item in page.items:
        item.our_targets = [t for t in item.targets.all() if t.agency_id in own]
        # Overdue for us: our part is still open after the due date (or the whole request is).
        if which == "masuk":
            item.overdue = item.due_date < today and item.is_open and any(
                t.is_open for t in item.our_targets)
        else:
            item.overdue = item.is_overdue(today)
    return render(request, "agency_requests/request_list.html", {
        "page": page, "which": which, "only_open": only_open, "chips": chips,
        "waiting_only": waiting_only,
        "may_ask": requests_rules.can_ask(user),
        "waiting": requests_selectors.open_asked_count(user) if own else 0,
    })


@forum_staff
def request_new(request: HttpRequest) -> HttpResponse:
    if not requests_rules.can_ask(request.user):
        raise PermissionDenied
    own = Agency.objects.filter(pk__in=agency_ids_of(request.user)).order_by("short_name")
    initial = {}
    if request.method == "GET" and request.GET.getlist("kepada"):
        initial["asked"] = list(Agency.objects.filter(
            slug__in=request.GET.getlist("kepada")[:20]).values_list("pk", flat=True))
    form = RequestForm(request.POST or None, own_agencies=own, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            item = requests_actions.request_create(
                requesting_agency=data["requesting_agency"], asked=data["asked"],
                kind=data["kind"], title=data["title"], body=data["body"],
                due_date=data["due_date"], actor=request.user)
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            messages.success(request, _("Your request is sent to the agencies you asked."))
            return redirect(item.get_absolute_url())
    status = 400 if form.errors else 200
    return render(request, "agency_requests/request_new.html", {"form": form}, status=status)


@forum_staff
@require_GET
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = requests_access.get_request_for_user(request, pk)
    user = request.user
    answerable = []
    for target in item.targets.all():
        target.request = item
        actions = [(code, label) for code, label in AnswerForm.ACTIONS
                   if requests_rules.can_answer(user, target, code)]
        if actions:
            answerable.append((target, actions))
    return render(request, "agency_requests/request_detail.html", {
        "item": item, "answerable": answerable, "comment_form": CommentForm(),
        "may_cancel": requests_rules.can_cancel_request(user, item), "cancel_form": CancelForm(),
        "overdue": item.is_overdue(),
    })


@forum_staff
@require_POST
def request_answer(request: HttpRequest, pk: int) -> HttpResponse:
    item = requests_access.get_request_for_user(request, pk)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        form_errors_flash(request, form)
        return redirect(item.get_absolute_url())
    target = next((t for t in item.targets.all() if t.agency_id == form.cleaned_data["agency"]),
                  None)
    if target is None:
        raise Http404
    try:
        requests_actions.request_answer(target=target, action=form.cleaned_data["action"],
                                        note=form.cleaned_data["note"], actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("The status is saved; the requesting agency is told."))
    return redirect(item.get_absolute_url())


@forum_staff
@require_POST
def request_comment(request: HttpRequest, pk: int) -> HttpResponse:
    item = requests_access.get_request_for_user(request, pk)
    form = CommentForm(request.POST, request.FILES)
    if form.is_valid():
        requests_actions.request_comment(agency_request=item, actor=request.user,
                                         body=form.cleaned_data["body"],
                                         attachments=form.cleaned_data["attachments"])
        messages.success(request, _("Your comment is saved."))
    else:
        form_errors_flash(request, form)
    return redirect(item.get_absolute_url())


@forum_staff
@require_POST
def request_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    item = requests_access.get_request_for_user(request, pk)
    form = CancelForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    requests_actions.request_cancel(agency_request=item, actor=request.user, note=note)
    messages.success(request, _("The request is cancelled."))
    return redirect(item.get_absolute_url())


@login_required
@require_GET
def request_attachment(request: HttpRequest, pk: int) -> HttpResponse:
    attachment = get_object_or_404(RequestAttachment.objects.select_related("comment"), pk=pk)
    requests_access.get_request_for_user(request, attachment.comment.request_id)
    return serve_stored(attachment)


