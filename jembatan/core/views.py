"""Staff pages of the core domain: the start page per role, agencies, audit log, calendar."""

import mimetypes

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from jembatan.core import actions, background, selectors, start_counts
from jembatan.core.access import get_agency_for_user, require_perm
from jembatan.core.files import serve_file
from jembatan.core.forms import AgencyProfileForm, AuditFilterForm, WorkdayCalculatorForm
from jembatan.core.models import Jurisdiction
from jembatan.core.pagination import InvalidCursor, keyset_page
from jembatan.core.scheduler import job_status
from jembatan.core.workdays import add_working_days
from jembatan.insights import start_figures

AUDIT_PAGE_SIZE = 50


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """Where staff land after logging in: today's work for their role, most urgent first, each
    count a link to the list of exactly those items."""
    user = request.user
    if not user.has_perm("core.use_staff_area"):
        messages.info(request, _("Your account has no staff role. Welcome to the public site."))
        return redirect("portal:home")
    memberships = list(selectors.memberships_for_user(user=user))
    context = {
        "memberships": memberships,
        "work": None,
        "pinned": None,
        "counts_by_kind": None,
        "recent_audit": None,
        "jobs": None,
        "problem_tasks": None,
        "waiting_tasks": None,
        "insights": None,
    }
    if user.is_coordinator:
        context["work"] = start_counts.coordinator_work(user)
        context["pinned"] = start_counts.unread_pinned_announcements()
        context["jobs"] = job_status()
        context["problem_tasks"] = background.problem_tasks()
        context["waiting_tasks"] = background.waiting_summary()
        context["counts_by_kind"] = _kind_rows(selectors.agency_counts_by_kind())
        context["recent_audit"] = list(selectors.audit_entries()[:10])
        context["insights"] = start_figures.coordinator_summary()
    elif memberships:
        context["work"] = start_counts.agency_work(user)
        context["insights"] = start_figures.agency_summary(memberships[0].agency)
    if context["work"] is not None:
        # What needs doing first, what is done after: the empty ones go to the end.
        context["todo"] = [item for item in context["work"] if item.count]
        context["done"] = [item for item in context["work"] if not item.count]
    return render(request, "core/start.html", context)


@login_required
@require_http_methods(["POST"])
def task_retry(request: HttpRequest, task_id: str) -> HttpResponse:
    """A coordinator runs a failed or stuck background task again."""
    require_perm(request, "core.retry_background_task")
    try:
        actions.task_retry(task_id=str(task_id), actor=request.user)
    except actions.TaskNotFound as error:
        raise Http404 from error
    except actions.TaskNotRetryable:
        message = _("This task is waiting, running or done, so it was not run again.")
        return render(request, "reports/conflict.html", {"message": message}, status=409)
    messages.success(request, _("The task has been queued again."))
    return redirect(f"{reverse('core:start')}#background-work")


def _kind_rows(counts: dict[str, int]) -> list[tuple[str, int]]:
    from jembatan.core.models import Agency

    return [(label, counts.get(value, 0)) for value, label in Agency.Kind.choices]


@login_required
def agency_detail(request: HttpRequest, slug: str) -> HttpResponse:
    agency = get_agency_for_user(request, slug, perm="core.view_agency_internal")
    can_edit = request.user.has_perm("core.change_agency_profile", agency)
    return render(
        request,
        "core/agency_detail.html",
        {
            "agency": agency,
            "members": selectors.members_of_agency(agency=agency),
            "can_edit": can_edit,
            "can_view_history": request.user.has_perm("core.view_object_history", agency),
            "can_manage_channels": request.user.has_perm("connectors.manage_accounts", agency),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def agency_edit(request: HttpRequest, slug: str) -> HttpResponse:
    agency = get_agency_for_user(request, slug, perm="core.change_agency_profile")
    form = AgencyProfileForm(request.POST or None, instance=agency)
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in form.changed_data}
        # The form already copied the values onto `agency`; the action needs the stored row.
        agency.refresh_from_db()
        actions.agency_update(agency=agency, actor=request.user, **values)
        messages.success(request, _("The agency profile has been saved."))
        return redirect("core:agency", slug=agency.slug)
    return render(request, "core/agency_edit.html", {"agency": agency, "form": form})


@login_required
def agency_history(request: HttpRequest, slug: str) -> HttpResponse:
    agency = get_agency_for_user(request, slug, perm="core.view_object_history")
    entries = selectors.history_of(agency)[:200]
    return render(request, "core/agency_history.html", {"agency": agency, "entries": entries})


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    require_perm(request, "core.view_audit_log")
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    entries = selectors.audit_entries(
        agency=filters.get("agency"),
        actor=filters.get("actor"),
        content_type=filters.get("object_type"),
        q=filters.get("q") or "",
    )
    try:
        page = keyset_page(entries, cursor=request.GET.get("cursor"), size=AUDIT_PAGE_SIZE)
    except InvalidCursor:
        messages.error(request, _("That page link is no longer valid; showing the newest entries."))
        page = keyset_page(entries, cursor=None, size=AUDIT_PAGE_SIZE)
    query = request.GET.copy()
    query.pop("cursor", None)
    return render(
        request,
        "core/audit_log.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


@login_required
def workday_calculator(request: HttpRequest) -> HttpResponse:
    """Lets staff check a deadline and see which days the calendar skipped."""
    require_perm(request, "core.use_staff_area")
    initial = {"start": timezone.localtime().replace(second=0, microsecond=0), "days": 5}
    form = WorkdayCalculatorForm(request.GET or None, initial=initial)
    result = None
    if form.is_valid():
        result = add_working_days(start=form.cleaned_data["start"], days=form.cleaned_data["days"])
    return render(request, "core/workdays.html", {"form": form, "result": result})


@require_GET
def jurisdiction_logo(request: HttpRequest) -> HttpResponse:
    """The logo in the page header. Public like the portal, but served by name through this view
    all the same: the media root is never a public directory."""
    current = Jurisdiction.current()
    if current is None or not current.logo:
        raise Http404
    content_type = mimetypes.guess_type(current.logo.name)[0] or ""
    return serve_file(current.logo, content_type=content_type, filename="logo", public=True)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler403: the refusal page; a rate limit (django-ratelimit's Ratelimited, a kind of
    PermissionDenied) gets its own 429 page instead of "not allowed"."""
    from django_ratelimit.exceptions import Ratelimited

    if isinstance(exception, Ratelimited):
        response = render(request, "429.html", status=429)
        response["Retry-After"] = "60"
        return response
    return render(request, "403.html", status=403)
