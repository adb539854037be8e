"""Report pages: the citizen's side (send, track, follow, answer, rate) and the staff side
(inboxes, the report page with its actions, entering a report received offline)."""

from __future__ import annotations

import time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.decorators import ratelimit

from jembatan.core import public_cache
from jembatan.core.access import require_perm
from jembatan.core.files import serve_stored
from jembatan.core.filter_chips import filter_chips
from jembatan.core.form_fields_cache import fields_html
from jembatan.core.forms import error_text, form_error_text
from jembatan.core.models import Agency, Region
from jembatan.core.pagination import InvalidCursor, keyset_page, keyset_page_due_first
from jembatan.core.relations import kept_rows
from jembatan.core.workflow import Actor, InvalidTransition
from jembatan.reports import actions, antispam, clocks, codes, exports, notifications, selectors
from jembatan.reports.access import (
    SESSION_KEY,
    get_report_for_staff,
    get_report_for_viewer,
    remember_reporter,
)
from jembatan.reports.forms import (
    KIND_HELP,
    PRIVACY_HELP,
    AnswerObjectionForm,
    AssignForm,
    BulkDisposeForm,
    CloseForm,
    DisposeForm,
    ForwardForm,
    InboxFilterForm,
    MergeForm,
    MessageForm,
    OfficerReportForm,
    PublicFilterForm,
    RatingForm,
    ReasonForm,
    RejectForm,
    ReporterMessageForm,
    ReportForm,
    RespondForm,
    SavedFilterForm,
    SendKeyForm,
    TrackForm,
)
from jembatan.reports.models import (
    Attachment,
    CannedResponse,
    Message,
    Report,
    SavedFilter,
    Status,
)
from jembatan.reports.rules import ACTIONS, ALLOWED_FROM, REPORTER, may_take, report_roles
from jembatan.reports.templatetags.reports_tags import report_rows_html

PAGE_SIZE = 25
CONFIRMATION_SESSION_KEY = "report_confirmation"
# The key just issued, kept for an hour so that only this browser can email it to its owner.
KEY_MAIL_SESSION_KEY = "report_key_mail"
KEY_MAIL_SECONDS = 3600
SIMILAR_MAX_TEXT = 5000


def _is_reporter(report: Report, actor: Actor) -> bool:
    """By the access key (this session) or by being the account that sent the report."""
    return REPORTER in report_roles(report, actor)


def _conflict(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "reports/conflict.html", {"message": message}, status=409)


# --- Citizen side -------------------------------------------------------------------------------


def submit(request: HttpRequest) -> HttpResponse:
    """The public report form. No account needed."""
    challenge = antispam.new_challenge() if antispam.needs_challenge(request) else ""
    if request.method == "POST":
        form = ReportForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            # Namespaced so a web form key can never match an API client's key.
            idempotency_key = "web:" + data["idempotency_key"]
            existing = Report.objects.filter(idempotency_key=idempotency_key).first()
            if existing is not None:
                # A double click or a retry: show the report we already have.
                return redirect("reports:submitted", code=existing.tracking_code)
            if antispam.needs_challenge(request) and not antispam.verify_challenge(
                data["pow_challenge"], data["pow_nonce"]
            ):
                form.add_error(None, _("Please wait while your browser confirms the form, then "
                                       "send it again."))
            elif antispam.is_limited(request, email=data["reporter_email"],
                                     phone=data["reporter_phone"], increment=True):
                return _submit_page(request, _submit_context(form, challenge, limited=True),
                                    status=429)
            else:
                report, access_key, _created = actions.report_submit(
                    kind=data["kind"], title=data["title"], body=data["body"],
                    privacy=data["privacy"], kecamatan=data["kecamatan"], desa=data["desa"],
                    address=data["address"], latitude=data["latitude"],
                    longitude=data["longitude"], reporter_name=data["reporter_name"],
                    reporter_email=data["reporter_email"], reporter_phone=data["reporter_phone"],
                    reporter=request.user if request.user.is_authenticated else None,
                    attachments=data["attachments"], idempotency_key=idempotency_key,
                )
                request.session[CONFIRMATION_SESSION_KEY] = {
                    "code": report.tracking_code, "key": access_key,
                }
                request.session[KEY_MAIL_SESSION_KEY] = {
                    "code": report.tracking_code, "key": access_key,
                    "until": timezone.now().timestamp() + KEY_MAIL_SECONDS,
                }
                remember_reporter(request, report)
                return redirect("reports:submitted", code=report.tracking_code)
        return _submit_page(request, _submit_context(form, challenge),
                            status=400 if form.errors else 200)
    if request.user.is_authenticated:
        form = ReportForm(initial={
            "reporter_name": request.user.full_name, "reporter_email": request.user.email,
            "reporter_phone": request.user.phone})
        return _submit_page(request, _submit_context(form, challenge))
    # The empty form is the same for every visitor but for the CSRF token and the idempotency
    # key, which the kept copy holds as marks replaced per visitor (core.public_cache). A
    # visitor close to the limit gets a proof-of-work challenge of their own: never kept.
    return public_cache.page(
        request, "reports/submit.html", content_template="reports/_submit_content.html",
        name="reports-submit", scopes=SUBMIT_SCOPES, shared=not challenge,
        context=lambda: _submit_context(
            ReportForm(initial={"idempotency_key": public_cache.ONCE_MARK}), challenge))


# The form lists the kecamatan and the kinds; a desa's options come through htmx.
SUBMIT_SCOPES = (public_cache.SITE,)


def _submit_context(form, challenge: str, *, limited: bool = False) -> dict:
    return {"form": form, "challenge": challenge, "limited": limited,
            "kind_help": KIND_HELP, "privacy_help": PRIVACY_HELP}


def _submit_page(request: HttpRequest, context: dict, *, status: int = 200) -> HttpResponse:
    """The form rendered for this visitor only: with their answers, errors or own challenge."""
    content = mark_safe(  # noqa: S308 - our template, escaped there
        render_to_string("reports/_submit_content.html", context, request))
    return render(request, "reports/submit.html", {"content": content}, status=status)


def submitted(request: HttpRequest, code: str) -> HttpResponse:
    """Shows the tracking code and, once only, the access key."""
    confirmation = request.session.get(CONFIRMATION_SESSION_KEY) or {}
    if confirmation.get("code") != code:
        if code not in request.session.get("reporter_reports", []):
            raise Http404
        confirmation = {"code": code, "key": ""}
    else:
        # The key is shown once; after that the reporter uses what they wrote down.
        request.session[CONFIRMATION_SESSION_KEY] = {"code": code, "key": ""}
    report = get_object_or_404(Report.objects.only("tracking_code", "reporter_email", "status"),
                               tracking_code=code)
    send_key_form = None
    if _held_key(request, code):
        send_key_form = SendKeyForm(initial={"email": report.reporter_email})
    return _submitted_page(request, report, access_key=confirmation.get("key", ""),
                           send_key_form=send_key_form)


def _submitted_page(request: HttpRequest, report: Report, *, access_key: str,
                    send_key_form: SendKeyForm | None, status: int = 200,
                    limited: bool = False) -> HttpResponse:
    return render(request, "reports/submitted.html",
                  {"report": report, "access_key": access_key, "send_key_form": send_key_form,
                   "send_key_limited": limited}, status=status)


def _held_key(request: HttpRequest, code: str) -> str:
    """The access key this session was given for `code` in the last hour, or ""."""
    held = request.session.get(KEY_MAIL_SESSION_KEY) or {}
    if held.get("until", 0) < timezone.now().timestamp():
        # The plain key is not kept in the session store past its hour.
        request.session.pop(KEY_MAIL_SESSION_KEY, None)
        return ""
    if held.get("code") != code:
        return ""
    return held.get("key", "")


@require_POST
@ratelimit(key="ip", rate="5/h", method="POST", block=False)
def send_key(request: HttpRequest, code: str) -> HttpResponse:
    """Email the code and the key just issued. Only the browser that sent the report holds the
    key (in its session), so nobody else can make the site email a report's key anywhere."""
    access_key = _held_key(request, code)
    if not access_key:
        raise Http404
    report = get_object_or_404(Report.objects.only("tracking_code", "reporter_email", "status"),
                               tracking_code=code)
    form = SendKeyForm(request.POST)
    if getattr(request, "limited", False):
        return _submitted_page(request, report, access_key="", send_key_form=form, status=429,
                               limited=True)
    if not form.is_valid():
        return _submitted_page(request, report, access_key="", send_key_form=form, status=400)
    address = form.cleaned_data["email"]
    notifications.send_access_key(report=report, access_key=access_key, to=address)
    messages.success(request, _("The tracking code and the access key have been sent to "
                                "%(email)s. Check the spam folder too if it does not arrive.")
                     % {"email": address})
    return redirect("reports:submitted", code=code)


@login_required
def my_reports(request: HttpRequest) -> HttpResponse:
    """A citizen with an account follows every report they sent while logged in."""
    reports = Report.objects.filter(reporter=request.user).select_related("lead_agency")
    try:
        page = keyset_page(reports, cursor=request.GET.get("cursor"), size=PAGE_SIZE)
    except InvalidCursor:
        page = keyset_page(reports, cursor=None, size=PAGE_SIZE)
    return render(request, "reports/my_reports.html", {"page": page})


@ratelimit(key="ip", rate="20/10m", method="POST", block=False)
def track(request: HttpRequest) -> HttpResponse:
    """Follow a report with its tracking code and access key."""
    form = TrackForm(request.POST or None)
    if request.method == "POST":
        if getattr(request, "limited", False):
            form.add_error(None, _("Too many attempts. Please wait a few minutes."))
            return _track_page(request, form, status=429)
        if form.is_valid():
            code = codes.normalize_tracking_code(form.cleaned_data["tracking_code"])
            report = Report.objects.filter(tracking_code=code).only(
                "tracking_code", "access_key_hash").first()
            if report and codes.access_key_matches(form.cleaned_data["access_key"],
                                                   report.access_key_hash):
                remember_reporter(request, report)
                return redirect(report.get_absolute_url())
            form.add_error(None, _("The tracking code and access key do not match a report."))
        return _track_page(request, form, status=400)
    # The empty form is kept; the visitor's token goes in when it is served.
    return public_cache.page(request, "reports/track.html",
                             content_template="reports/_track_content.html", name="reports-track",
                             scopes=(), context=lambda: {"form": TrackForm()})


def _track_page(request: HttpRequest, form: TrackForm, *, status: int) -> HttpResponse:
    content = mark_safe(  # noqa: S308 - our template, escaped there
        render_to_string("reports/_track_content.html", {"form": form}, request))
    return render(request, "reports/track.html", {"content": content}, status=status)


PUBLIC_SCOPES = (public_cache.REPORTS, public_cache.SITE)


def public_list(request: HttpRequest) -> HttpResponse:
    def context() -> dict:
        form = PublicFilterForm(request.GET or None)
        data = form.cleaned_data if form.is_valid() else {}
        filters = selectors.ReportFilters(
            q=data.get("q") or "", kind=data.get("kind") or "", status=data.get("status") or "",
            agency=data["agency"].slug if data.get("agency") else "",
            kecamatan=data["kecamatan"].code if data.get("kecamatan") else "",
        )
        reports = selectors.reports_public(filters=filters).prefetch_related(
            Prefetch("messages", to_attr="answers", queryset=Message.objects.filter(
                visibility=Message.Visibility.PUBLIC, from_reporter=False)
                .order_by("created_at")),
        )
        try:
            page = keyset_page(reports, cursor=request.GET.get("cursor"), size=PAGE_SIZE)
        except InvalidCursor:
            page = keyset_page(reports, cursor=None, size=PAGE_SIZE)
        query = request.GET.copy()
        query.pop("cursor", None)
        return {"form": form, "page": page, "query": query.urlencode(), "now": timezone.now()}

    # The list is the same for everyone who asks with the same query string.
    return public_cache.page(request, "reports/public_list.html",
                             content_template="reports/_public_list_content.html",
                             name="reports-list", scopes=PUBLIC_SCOPES, context=context,
                             parts=(request.GET.urlencode(),))


def detail(request: HttpRequest, code: str) -> HttpResponse:
    """A report as the visitor may see it: the public, its reporter, or staff."""
    code = codes.normalize_tracking_code(code)
    # An anonymous visitor who has not entered this report's access key sees what the public
    # sees: that page is kept (core.public_cache) and answered 304 while it has not changed.
    public_visitor = (public_cache.is_anonymous(request)
                      and code not in request.session.get(SESSION_KEY, []))
    if public_visitor:
        current = public_cache.versions(PUBLIC_SCOPES)
        parts = ("report", code, int(time.time() // public_cache.DEFAULT_TTL))
        etag = public_cache.etag_for(request, scopes=PUBLIC_SCOPES, parts=parts,
                                     current=current)
        unchanged = public_cache.not_modified(request, etag)
        if unchanged is not None:
            return unchanged
        key = public_cache.fragment_key("report", scopes=PUBLIC_SCOPES, parts=parts,
                                        current=current)
        kept = cache.get(key)
        if kept is not None:
            return _kept_detail_page(request, kept, key=key, parts=parts, current=current)
    report, actor = get_report_for_viewer(request, code)
    is_reporter = _is_reporter(report, actor)
    if report.status == Status.DIGABUNG and report.merged_into and not is_reporter:
        return redirect(report.merged_into.get_absolute_url())
    view = selectors.report_view(report, actor)
    context = {"view": view, "report": report, "explanation": clocks.clock_explain(report),
               "is_reporter": is_reporter}
    if is_reporter:
        context.update({
            "message_form": ReporterMessageForm(),
            "rating_form": RatingForm(),
            "reason_form": ReasonForm(),
            "can_close": may_take("close", report, actor)
                         and report.status in ALLOWED_FROM["close"],
            "can_reopen": report.status in ALLOWED_FROM["reopen"],
            "can_object": report.kind == "informasi"
                          and report.status in ALLOWED_FROM["object"]
                          and not hasattr(report, "objection"),
            "can_rate": report.status in (Status.DITINDAKLANJUTI, Status.SELESAI),
        })
    page = {"page_title": view.shown(report.title), "tracking_code": report.tracking_code,
            "content": render_to_string("reports/_detail_content.html", context, request)}
    if not (public_visitor and view.is_public):
        return _detail_page(request, **page)
    return _kept_detail_page(request, page, key=key, parts=parts, current=current)


def _kept_detail_page(request: HttpRequest, page: dict, *, key: str, parts: tuple,
                      current: str) -> HttpResponse:
    response = public_cache.kept_response(request, "reports/detail.html", page, key=key,
                                          ttl=public_cache.DEFAULT_TTL)
    # After the render: a first visit's page sets the CSRF cookie its next request sends.
    return public_cache.mark_revalidate(response, public_cache.etag_for(
        request, scopes=PUBLIC_SCOPES, parts=parts, current=current))


def _detail_page(request: HttpRequest, *, page_title: str, tracking_code: str,
                 content: str) -> HttpResponse:
    return render(request, "reports/detail.html", {
        "page_title": page_title, "tracking_code": tracking_code,
        "content": mark_safe(content)})  # noqa: S308 - rendered by _detail_content.html


@require_POST
def reporter_message(request: HttpRequest, code: str) -> HttpResponse:
    report, actor = get_report_for_viewer(request, code)
    if not _is_reporter(report, actor):
        raise PermissionDenied
    form = ReporterMessageForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, form_error_text(form))
        return redirect(report.get_absolute_url())
    try:
        actions.message_post(report=report, actor=actor, body=form.cleaned_data["body"],
                             visibility="public", attachments=form.cleaned_data["attachments"])
    except InvalidTransition as error:
        return _conflict(request, error.message)
    messages.success(request, _("Your information has been added to the report."))
    return redirect(report.get_absolute_url())


REPORTER_ACTIONS = {"close", "reopen", "object"}


@require_POST
def reporter_action(request: HttpRequest, code: str, action: str) -> HttpResponse:
    if action not in REPORTER_ACTIONS:
        raise Http404
    report, actor = get_report_for_viewer(request, code)
    if not _is_reporter(report, actor):
        raise PermissionDenied
    # No form here: drop NUL, which is never meant and which PostgreSQL cannot store.
    reason = request.POST.get("reason", "").replace("\x00", "")[:2000]
    try:
        if action == "close":
            actions.report_close(report=report, actor=actor, note=reason)
            messages.success(request, _("Thank you. The report is closed."))
        elif action == "reopen":
            actions.report_reopen(report=report, actor=actor, reason=reason)
            messages.success(request, _("The report is open again; the agency will follow up."))
        else:
            actions.report_object(report=report, actor=actor, reason=reason)
            messages.success(request, _("Your objection has been filed."))
    except InvalidTransition as error:
        return _conflict(request, error.message)
    except ValidationError as error:
        messages.error(request, error_text(error))
    return redirect(report.get_absolute_url())


@require_POST
def rate(request: HttpRequest, code: str) -> HttpResponse:
    report, actor = get_report_for_viewer(request, code)
    if not _is_reporter(report, actor):
        raise PermissionDenied
    form = RatingForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a score from 1 to 5."))
        return redirect(report.get_absolute_url())
    try:
        actions.report_rate(report=report, actor=actor, score=form.cleaned_data["score"],
                            comment=form.cleaned_data["comment"])
    except InvalidTransition as error:
        return _conflict(request, error.message)
    messages.success(request, _("Thank you for rating the handling of your report."))
    return redirect(report.get_absolute_url())


def attachment(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """Attachments are served only to those who may see the report (and the message)."""
    report, actor = get_report_for_viewer(request, code)
    item = get_object_or_404(Attachment.objects.select_related("message"), pk=pk, report=report)
    view = selectors.report_view(report, actor)
    if (item.message and item.message.visibility == Message.Visibility.INTERNAL
            and not view.is_staff):
        raise Http404
    # A file name can carry a NIK or a phone number ("KTP 3307….jpg") as well as the text can.
    return serve_stored(item, filename=view.shown(item.original_name))


@require_GET
def desa_options(request: HttpRequest) -> HttpResponse:
    """The desa/kelurahan of one kecamatan, as <option>s for the form's second select."""
    code = request.GET.get("kecamatan", "")
    villages = Region.objects.filter(parent_id=code).order_by("name") if code else []
    return render(request, "reports/_desa_options.html", {"villages": villages})


@require_POST
@ratelimit(key="ip", rate="60/m", block=False)
def similar_reports(request: HttpRequest) -> HttpResponse:
    """While a citizen types: published reports about the same matter nearby, to follow.

    POST (with the form's CSRF token), never GET: the draft may be a rahasia report with a NIK
    and a phone number in it, and a query string lands in every web server's and proxy's
    access log."""
    from jembatan.reports.models import PUBLIC_LIST_STATUSES, Privacy
    from jembatan.reports.routing import similar_open_reports

    if getattr(request, "limited", False):
        return HttpResponse(status=429)
    # A posted body passes no NUL check on the way in; PostgreSQL refuses NUL in a query.
    field = {name: request.POST.get(name, "").replace("\x00", "")
             for name in ("title", "body", "kecamatan", "desa")}
    text = f"{field['title']} {field['body']}"[:SIMILAR_MAX_TEXT]
    found = similar_open_reports(
        text=text, kecamatan_code=field["kecamatan"][:13], desa_code=field["desa"][:13],
    )
    # Only reports the public may already see: verified, never rahasia.
    shown = [(report, score) for report, score in found
             if report.status in PUBLIC_LIST_STATUSES and report.privacy != Privacy.RAHASIA]
    return render(request, "reports/_similar_reports.html", {"similar": shown})


# --- Staff side ---------------------------------------------------------------------------------


def _inbox_filters(form: InboxFilterForm) -> selectors.ReportFilters:
    data = form.cleaned_data if form.is_valid() else {}
    return selectors.ReportFilters(
        q=data.get("q") or "", kind=data.get("kind") or "", status=data.get("status") or "",
        agency=data["agency"].slug if data.get("agency") else "",
        kecamatan=data["kecamatan"].code if data.get("kecamatan") else "",
        channel=data.get("channel") or "", overdue=bool(data.get("overdue")),
        returned=bool(data.get("returned")), mine=bool(data.get("mine")),
        unassigned=bool(data.get("unassigned")), date_from=data.get("date_from"),
        date_to=data.get("date_to"), due=data.get("due") or "",
        verify=bool(data.get("verify")), urgent=bool(data.get("urgent")),
        todo=bool(data.get("todo")), disposed_from=data.get("disposed_from"),
        disposed_to=data.get("disposed_to"),
        category=data["category"].pk if data.get("category") else None,
        rated=bool(data.get("rated")),
    )


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    """The coordinator's inbox (everything) or an agency's (its reports only)."""
    require_perm(request, "reports.view_inbox")
    form = InboxFilterForm(request.GET or None)
    filters = _inbox_filters(form)
    # The inbox opens on the work still to do; finished reports are the "Selesai" tab. A status
    # chosen in the filters decides by itself.
    state = request.GET.get("view", "")
    if state not in ("done", "all"):
        state = "open"
    if not filters.status:
        filters.state = "" if state == "all" else state
    reports = selectors.reports_inbox(user=request.user, filters=filters)
    by_deadline = selectors.inbox_orders_by_deadline(filters)
    paginate = keyset_page_due_first if by_deadline else keyset_page
    try:
        page = paginate(reports, cursor=request.GET.get("cursor"), size=PAGE_SIZE)
    except InvalidCursor:
        messages.error(request, _("That page link is no longer valid; showing the first page "
                                  "of reports."))
        page = paginate(reports, cursor=None, size=PAGE_SIZE)
    selectors.with_list_relations(page.items)
    query = request.GET.copy()
    query.pop("cursor", None)
    suggestions = _suggested_agencies(page.items) if request.user.is_coordinator else {}
    own_agencies = set() if request.user.is_coordinator else set(
        selectors.agency_ids_for(request.user))
    for report in page.items:
        # The routing model's suggestion when there is one, else the category's usual agency.
        report.suggestion = report.suggested_agency or suggestions.get(report.pk)
        # An agency sees the reports it only supports beside its own; say which they are.
        report.only_supporting = bool(own_agencies) and report.lead_agency_id not in own_agencies
    urgent = []
    if set(request.GET) <= {"view"} and state == "open":
        urgent = selectors.reports_urgent_open(user=request.user)
        from jembatan.triage.urgency import explain

        for report in urgent:
            report.flag_reason = explain(report.urgency_reason or {}, is_urgent=True)
            report.flag_words = ((report.urgency_reason or {}).get("words")
                                 or report.urgency_signals)
            # The rule of reports.rules.may_correct_urgency, read without a query per row.
            report.may_correct = request.user.is_coordinator or (
                report.lead_agency_id is not None and report.lead_agency_id in own_agencies)
    context = {
        "form": form, "page": page, "query": query.urlencode(), "now": timezone.now(),
        "urgent": urgent, "state": state, "by_deadline": by_deadline,
        "counts": selectors.report_counts_for_coordinator() if request.user.is_coordinator
        else None,
        "saved_filters": SavedFilter.objects.filter(user=request.user),
        "bulk_agencies": _bulk_agency_options() if request.user.is_coordinator else "",
        "save_form": SavedFilterForm(),
        "chips": filter_chips(request, form),
        # The search box searches within the tab and the filters in use.
        "search_keep": [(name, value) for name, values in query.lists() if name != "q"
                        for value in values],
    }
    if request.htmx:
        # The rows written in Python, equal to reports/_inbox_rows.html (decision 0059).
        return HttpResponse(report_rows_html(page=page, bulk=bool(context["bulk_agencies"]),
                                             now=context["now"]))
    # The same fields for everyone: the form's lists are not narrowed to the person.
    context["filter_fields"] = fields_html(form, name="reports-inbox", skip=("q",))
    # Shown twice (inside "Filter" on a phone, beside the list on a wide screen): written once.
    context["shortcuts"] = render_to_string("reports/_inbox_shortcuts.html", context)
    return render(request, "reports/inbox.html", context)


@login_required
def export_csv(request: HttpRequest) -> StreamingHttpResponse:
    """The inbox with its current filters, as CSV for a spreadsheet."""
    require_perm(request, "reports.view_inbox")
    form = InboxFilterForm(request.GET or None)
    reports = selectors.apply_filters(
        selectors.reports_visible_to_staff(user=request.user), _inbox_filters(form),
        user=request.user,
    ).order_by("-created_at", "-pk")
    response = StreamingHttpResponse(exports.export_rows(reports, user=request.user),
                                     content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="laporan-{stamp}.csv"'
    return response


def _bulk_agency_options() -> str:
    """The options of "Assign the selected reports to": every active agency, written once
    until an agency changes (empty when there is none, and the bulk form is not shown)."""
    from django.utils.html import format_html_join

    def build() -> str:
        agencies = Agency.objects.active().order_by("name").values_list("slug", "name")
        return format_html_join("", '<option value="{}">{}</option>', agencies)

    return public_cache.fragment("bulk-agency-options", scopes=(public_cache.LISTS,),
                                 build=build)


def _suggested_agencies(reports: list[Report]) -> dict[int, Agency]:
    """Until the language models land: the usual agency of the report's category."""
    category_ids = {r.category_id for r in reports if r.status == Status.BARU and r.category_id}
    if not category_ids:
        return {}
    from jembatan.reports.models import Category

    categories = kept_rows(Category, category_ids)
    agencies = kept_rows(Agency, {c.default_agency_id for c in categories.values()})
    usual = {pk: agencies[c.default_agency_id] for pk, c in categories.items()
             if c.default_agency_id in agencies}
    return {r.pk: usual[r.category_id] for r in reports if r.category_id in usual
            and r.status == Status.BARU}


@login_required
@require_POST
def save_filter(request: HttpRequest) -> HttpResponse:
    require_perm(request, "reports.view_inbox")
    form = SavedFilterForm(request.POST)
    query = request.POST.get("query", "").replace("\x00", "")[:500]
    if form.is_valid():
        actions.saved_filter_save(actor=request.user, name=form.cleaned_data["name"], query=query)
        messages.success(request, _("The filter has been saved."))
    return redirect(reverse("reports:inbox") + (f"?{query}" if query else ""))


@login_required
@require_POST
def bulk_dispose(request: HttpRequest) -> HttpResponse:
    if not request.user.is_coordinator:
        raise PermissionDenied
    form = BulkDisposeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the reports and the agency."))
        return redirect("reports:inbox")
    actor = Actor(user=request.user)
    done, skipped = 0, 0
    for report in Report.objects.filter(tracking_code__in=form.cleaned_data["codes"]):
        try:
            actions.report_dispose(report=report, actor=actor, agency=form.cleaned_data["agency"])
            done += 1
        except (InvalidTransition, ValidationError):
            skipped += 1
    messages.success(request, ngettext(
        "%(done)s report assigned, %(skipped)s skipped.",
        "%(done)s reports assigned, %(skipped)s skipped.", done,
    ) % {"done": done, "skipped": skipped})
    return redirect("reports:inbox")


@login_required
def enter(request: HttpRequest) -> HttpResponse:
    """An officer enters a report received by phone, in person, by letter or SMS."""
    require_perm(request, "reports.enter_report")
    form = OfficerReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        report, access_key, _created = actions.report_submit(
            kind=data["kind"], title=data["title"], body=data["body"], privacy=data["privacy"],
            kecamatan=data["kecamatan"], desa=data["desa"], address=data["address"],
            category=data["category"], reporter_name=data["reporter_name"],
            reporter_email=data["reporter_email"], reporter_phone=data["reporter_phone"],
            channel=data["channel"], entered_by=request.user,
            attachments=data["attachments"], at=data["received_at"] or None,
        )
        return render(request, "reports/entered.html",
                      {"report": report, "access_key": access_key})
    return render(request, "reports/enter.html", {"form": form, "privacy_help": PRIVACY_HELP},
                  status=400 if form.errors else 200)


def _action_titles() -> dict[str, str]:
    return {
        "dispose": _("Verify and assign"),
        "reject": _("Reject"),
        "forward": _("Forward to another agency"),
        "merge": _("Merge into another report"),
        "acknowledge": _("Start handling"),
        "return": _("Return: not our remit"),
        "respond": _("Send the follow-up answer"),
        "hold": _("Put on hold"),
        "resume": _("Resume"),
        "extend": _("Extend by 7 working days"),
        "assign": _("Assign an officer"),
        "close": _("Close"),
        "answer_objection": _("Answer the objection"),
        "undo_dispose": _("Undo the automatic assignment"),
    }


def _action_forms(report: Report, actor: Actor,
                  suggested_slug: str = "") -> list[tuple[str, str, object]]:
    """The forms of the actions this actor may take now."""
    available = {a for a in ACTIONS if may_take(a, report, actor)
                 and report.status in ALLOWED_FROM[a]}
    if report.kind != "informasi":
        available.discard("extend")
    if report.is_extended:
        available.discard("extend")
    if not hasattr(report, "objection") or report.objection.answered_at:
        available.discard("answer_objection")
    if not report.is_auto_disposed:
        available.discard("undo_dispose")
    available -= {"reopen", "object"}  # the reporter's own actions
    # The follow-up answer is written in the report's one composer (staff_message).
    available.discard("respond")
    forms = {}
    initial = {"kind": report.kind, "privacy": report.privacy,
               "category": report.category_id,
               "kecamatan": report.kecamatan_id, "desa": report.desa_id}
    builders = {
        # The first routing suggestion is preselected: most reports go where it says.
        "dispose": lambda: DisposeForm(initial={**initial, "agency": suggested_slug or None}),
        "reject": RejectForm, "forward": ForwardForm, "merge": MergeForm,
        "respond": RespondForm, "return": ReasonForm, "hold": ReasonForm,
        "resume": ReasonForm, "extend": ReasonForm, "close": CloseForm,
        "assign": lambda: AssignForm(agency=report.lead_agency,
                                     initial={"officer": report.assigned_to_id}),
        "answer_objection": AnswerObjectionForm, "acknowledge": lambda: None,
        "undo_dispose": lambda: None,
    }
    titles = _action_titles()
    order = list(titles)
    for action in sorted(available, key=order.index):
        forms[action] = builders[action]()
    return [(action, titles[action], form, _action_fields(action, form))
            for action, form in forms.items()]


def _action_fields(action: str, form) -> str:
    """The fields of an action's form. Kept in the cache under the version of the lists they
    offer (every agency, kecamatan, desa and topic); the officers of an agency under the
    version of the people and their memberships, per agency."""
    if form is None:
        return ""
    if action == "assign":
        return fields_html(form, name="report-action:assign",
                           template="reports/_action_fields.html", context={"action": action},
                           parts=(form.agency_id,),
                           scopes=(public_cache.LISTS, public_cache.PEOPLE))
    return fields_html(form, name=f"report-action:{action}", template="reports/_action_fields.html",
                       context={"action": action})


@login_required
def staff_detail(request: HttpRequest, code: str) -> HttpResponse:
    report, actor = get_report_for_staff(request, code)
    view = selectors.report_view(report, actor)
    canned = CannedResponse.objects.filter(agency__isnull=True)
    if report.lead_agency_id:
        canned = canned | CannedResponse.objects.filter(agency_id=report.lead_agency_id)
    duplicates = []
    if report.status in (Status.BARU, Status.DIDISPOSISIKAN, Status.DIPROSES) and \
            request.user.is_coordinator:
        from jembatan.reports.routing import similar_open_reports

        # Compared with up to 300 recent reports nearby: kept until any report changes (the
        # same for every coordinator), at most five minutes for the 30 days' window to move.
        duplicates = public_cache.kept_value(
            "similar-open-reports", scopes=(public_cache.REPORTS,), parts=(report.pk,),
            build=lambda: similar_open_reports(
                text=f"{report.title} {report.body}", kecamatan_code=report.kecamatan_id or "",
                desa_code=report.desa_id or "", exclude_pk=report.pk))
    suggested = _suggestion_rows(report) if report.status == Status.BARU else []
    action_forms = _action_forms(report, actor,
                                 suggested_slug=suggested[0][0].slug if suggested else "")
    may_respond = may_take("respond", report, actor) and report.status in ALLOWED_FROM["respond"]
    return render(request, "reports/staff_detail.html", {
        "duplicates": duplicates, "suggested": suggested, **_urgency_context(report, actor),
        "view": view, "report": report, "explanation": clocks.clock_explain(report),
        "action_forms": action_forms,
        "dispose_ready": any(item[0] == "dispose" for item in action_forms),
        "message_form": MessageForm(may_respond=may_respond),
        "canned": canned.order_by("title"),
        "history": _history(report),
    })


def _suggestion_rows(report: Report) -> list[tuple[Agency, float]]:
    """The routing suggestions still fit to offer: active agencies, and a kecamatan or desa
    office only for a report of its own area (the place may have been corrected since the
    report was read)."""
    from jembatan.triage.suggestions import serves_area

    rows = list(report.suggestions or [])
    if not rows and report.suggested_agency_id:
        rows = [{"agency": report.suggested_agency.slug,
                 "probability": report.suggestion_confidence or 0}]
    agencies = Agency.objects.active().select_related("region").in_bulk(
        [row["agency"] for row in rows], field_name="slug")
    text = f"{report.title} {report.body}"
    return [(agencies[row["agency"]], row["probability"]) for row in rows
            if row["agency"] in agencies
            and serves_area(agencies[row["agency"]], text=text,
                            kecamatan_code=report.kecamatan_id or "",
                            desa_code=report.desa_id or "")]


def _history(report: Report):
    from jembatan.core.selectors import history_of

    return history_of(report)[:100]


def _run_action(request: HttpRequest, report: Report, actor: Actor, action: str):
    """Validate the action's form and call the action; returns an error message or None."""
    post, files = request.POST, request.FILES
    if action == "acknowledge":
        actions.report_acknowledge(report=report, actor=actor)
        return None
    if action == "undo_dispose":
        actions.report_undo_dispose(report=report, actor=actor)
        return None
    form_class = {
        "dispose": DisposeForm, "reject": RejectForm, "forward": ForwardForm,
        "merge": MergeForm, "respond": RespondForm, "return": ReasonForm, "hold": ReasonForm,
        "resume": ReasonForm, "extend": ReasonForm, "close": CloseForm,
        "answer_objection": AnswerObjectionForm,
    }.get(action)
    if action == "assign":
        form = AssignForm(post, agency=report.lead_agency)
    elif action in ("resume",):
        form = ReasonForm(post)
        form.fields["reason"].required = False
    elif form_class is not None:
        form = form_class(post, files) if action == "respond" else form_class(post)
    else:
        raise Http404
    if not form.is_valid():
        return form_error_text(form)
    data = form.cleaned_data
    if action == "dispose":
        actions.report_dispose(report=report, actor=actor, agency=data["agency"],
                               supporting=data["supporting"], kind=data["kind"],
                               category=data["category"], privacy=data["privacy"],
                               kecamatan=data["kecamatan"], desa=data["desa"], note=data["note"])
    elif action == "reject":
        actions.report_reject(report=report, actor=actor, reason=data["reason"],
                              text=data["text"])
    elif action == "forward":
        actions.report_forward(report=report, actor=actor, agency=data["agency"],
                               note=data["note"])
    elif action == "merge":
        into = Report.objects.filter(
            tracking_code=codes.normalize_tracking_code(data["into"])).first()
        if into is None:
            return _("No report has that tracking code.")
        actions.report_merge(report=report, actor=actor, into=into)
    elif action == "respond":
        actions.report_respond(report=report, actor=actor, message=data["message"],
                               attachments=data["attachments"])
    elif action == "return":
        actions.report_return(report=report, actor=actor, reason=data["reason"])
    elif action == "hold":
        actions.report_hold(report=report, actor=actor, reason=data["reason"])
    elif action == "resume":
        actions.report_resume(report=report, actor=actor, reason=data.get("reason", ""))
    elif action == "extend":
        actions.report_extend(report=report, actor=actor, reason=data["reason"])
    elif action == "close":
        actions.report_close(report=report, actor=actor, note=data["note"])
    elif action == "assign":
        actions.report_assign(report=report, actor=actor, officer=data["officer"])
    elif action == "answer_objection":
        actions.report_answer_objection(report=report, actor=actor, answer=data["answer"])
    return None


def _action_done_text(report: Report, action: str) -> str:
    """What the action did and what happens next, in one sentence (decision 0034)."""
    from django.utils.formats import date_format

    agency = report.lead_agency.name if report.lead_agency_id else ""
    deadline = (date_format(timezone.localtime(report.deadline), "l, j M Y")
                if report.deadline else "")
    if action in ("dispose", "forward") and agency:
        if deadline:
            return _("The report was passed to %(agency)s; deadline %(deadline)s.") % {
                "agency": agency, "deadline": deadline}
        return _("The report was passed to %(agency)s.") % {"agency": agency}
    texts = {
        "reject": _("The report was declined; the reporter is told the reason."),
        "merge": _("The report was merged; the reporter follows the other report from now on."),
        "respond": _("The answer was sent to the reporter, who can now close the report or "
                     "object within the set time."),
        "return": _("The report went back to the coordinator for another agency."),
        "hold": _("The report is on hold; the deadline clock is stopped."),
        "resume": _("The report is being handled again; the deadline clock runs again."),
        "extend": _("The deadline was extended to %(deadline)s.") % {"deadline": deadline},
        "close": _("The report is closed."),
        "answer_objection": _("Your answer to the objection was sent to the reporter."),
    }
    if action == "assign":
        officer = report.assigned_to.full_name if report.assigned_to_id else ""
        return (_("The report is assigned to %(officer)s, who is told now.")
                % {"officer": officer} if officer else _("Nobody is assigned to the report now."))
    return str(texts.get(action, _("Done.")))


@login_required
@require_POST
def staff_action(request: HttpRequest, code: str, action: str) -> HttpResponse:
    if action not in ACTIONS or action in ("reopen", "object"):
        raise Http404
    report, actor = get_report_for_staff(request, code)
    try:
        error = _run_action(request, report, actor, action)
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    except ValidationError as invalid:
        error = error_text(invalid)
    if error:
        messages.error(request, error)
    else:
        report.refresh_from_db()
        messages.success(request, _action_done_text(report, action))
    if action in ("return", "forward") and not request.user.is_coordinator:
        return redirect("reports:inbox")
    return redirect("reports:staff_detail", code=report.tracking_code)


@login_required
@require_POST
def staff_message(request: HttpRequest, code: str) -> HttpResponse:
    """The report's one composer: a reply, an internal note or the follow-up answer."""
    report, actor = get_report_for_staff(request, code)
    form = MessageForm(request.POST, request.FILES, may_respond=True)
    if not form.is_valid():
        messages.error(request, form_error_text(form))
        return redirect("reports:staff_detail", code=report.tracking_code)
    data = form.cleaned_data
    try:
        with transaction.atomic():
            if data.get("follow_up"):
                # The answer is the respond action's own public message: one message, one
                # timeline event and one audit entry, as from the action's form before.
                actions.report_respond(report=report, actor=actor, message=data["body"],
                                       attachments=data["attachments"])
            else:
                actions.message_post(report=report, actor=actor, body=data["body"],
                                     visibility=data["visibility"],
                                     attachments=data["attachments"])
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    except ValidationError as invalid:
        messages.error(request, error_text(invalid))
        return redirect("reports:staff_detail", code=report.tracking_code)
    if data.get("follow_up"):
        messages.success(request, _("The answer has been sent to the reporter and the report "
                                    "is marked as followed up."))
    elif data["visibility"] == "public":
        messages.success(request, _("The message has been sent to the reporter."))
    else:
        messages.success(request, _("The internal note has been saved; only staff see it."))
    return redirect("reports:staff_detail", code=report.tracking_code)


@login_required
@require_GET
def canned_fill(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """A canned response with its placeholders filled, for the reply box (htmx)."""
    report, actor = get_report_for_staff(request, code)
    canned = get_object_or_404(CannedResponse, pk=pk)
    if canned.agency_id not in (None, report.lead_agency_id):
        raise Http404
    view = selectors.report_view(report, actor)
    from django.utils.formats import date_format

    values = {
        "nama": view.reporter_label or _("Bapak/Ibu"),
        "kode": report.tracking_code,
        "tenggat": date_format(timezone.localtime(report.deadline), "j F Y")
        if report.deadline else "-",
    }
    text = canned.body
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return render(request, "reports/_reply_box.html", {"text": text, "form": MessageForm()})


def _urgency_context(report: Report, actor: Actor) -> dict:
    from jembatan.reports.models import OPEN_STATUSES
    from jembatan.reports.rules import may_correct_urgency
    from jembatan.triage.urgency import explain

    return {
        "urgency_explanation": explain(report.urgency_reason or {}, is_urgent=report.is_urgent),
        "urgency_words": (report.urgency_reason or {}).get("words") or report.urgency_signals,
        "may_correct_urgency": report.status in OPEN_STATUSES
        and may_correct_urgency(report, actor),
    }


@login_required
@require_POST
def staff_urgency(request: HttpRequest, code: str) -> HttpResponse:
    """One click: the report is (or is not) an emergency happening now."""
    report, actor = get_report_for_staff(request, code)
    urgent = request.POST.get("urgent")
    if urgent not in ("1", "0"):
        return HttpResponseBadRequest(_("Say whether the report is urgent."))
    try:
        actions.report_urgency_correct(report=report, actor=actor, urgent=urgent == "1")
    except InvalidTransition as conflict:
        return _conflict(request, conflict.message)
    if urgent == "1":
        messages.success(request, _("The report is marked urgent; the agencies are told."))
    else:
        messages.success(request, _("The report is no longer marked urgent."))
    if request.POST.get("next") == "inbox":
        return redirect("reports:inbox")
    return redirect("reports:staff_detail", code=report.tracking_code)
