"""Reports over the API: submit, read, act, write, rate, and the staff inbox.

Every change goes through jembatan.reports.actions (roles, states, clocks, audit trail); this
module only translates HTTP into those calls and their results back into JSON.
"""

from __future__ import annotations

import hashlib
import time
from decimal import Decimal

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_ratelimit.core import is_ratelimited
from ninja import Header, Path, Query, Router, Status

from jembatan.api import replays, schemas
from jembatan.api.auth import CredentialsRequired, caller_of, token_optional, token_required
from jembatan.api.errors import ApiError, bad_request, error_responses
from jembatan.api.presenters import inbox_item_data, message_data, report_data
from jembatan.core import public_cache
from jembatan.core.models import Agency, Region, User
from jembatan.core.pagination import keyset_page
from jembatan.core.relations import attach_relations
from jembatan.core.workflow import Actor
from jembatan.reports import actions, codes
from jembatan.reports.access import get_report_for_viewer
from jembatan.reports.models import Category, Channel, Report
from jembatan.reports.rules import ACTIONS, may_take
from jembatan.reports.selectors import (
    ReportFilters,
    report_detail,
    report_view,
    reports_inbox,
)

router = Router(tags=["reports"])
PUBLIC_SCOPES = (public_cache.REPORTS, public_cache.SITE)

SUBMIT_RATE = "20/h"  # per IP address

ERRORS = error_responses(400, 401, 403, 404, 409, 429)

ACCESS_KEY_HELP = gettext_lazy("The reporter's access key, given once when the report was sent.")


def rate_limit(request: HttpRequest, *, group: str, rate: str, key="ip") -> None:
    if is_ratelimited(request, group=group, key=key, rate=rate, increment=True):
        raise ApiError(429, "rate_limited",
                       _("Too many requests. Please wait a while and try again."))


# --- Looking things up ------------------------------------------------------------------------


def _regions(kecamatan_code: str | None, desa_code: str | None
             ) -> tuple[Region | None, Region | None]:
    """The kecamatan and the desa/kelurahan of these codes, read together."""
    codes = [code for code in (kecamatan_code, desa_code) if code]
    found = ({region.code: region for region in
              Region.objects.filter(code__in=codes).select_related("parent")} if codes else {})
    kecamatan = found.get(kecamatan_code) if kecamatan_code else None
    if kecamatan_code and (kecamatan is None or kecamatan.level != Region.Level.KECAMATAN):
        raise bad_request(_("The kecamatan code is not known."), code="unknown_region")
    desa = found.get(desa_code) if desa_code else None
    if desa_code and (desa is None
                      or desa.level not in (Region.Level.DESA, Region.Level.KELURAHAN)):
        raise bad_request(_("The desa/kelurahan code is not known."), code="unknown_region")
    if desa is not None and kecamatan is None:
        kecamatan = desa.parent
    if desa is not None and desa.parent_id != kecamatan.pk:
        raise bad_request(_("The desa/kelurahan is not in the chosen kecamatan."),
                          code="unknown_region")
    return kecamatan, desa


def _category(name: str | None) -> Category | None:
    if not name or not name.strip():
        return None
    category = Category.objects.filter(name__iexact=name.strip(), is_active=True).first()
    if category is None:
        raise bad_request(_("There is no category with that name."), code="unknown_category")
    return category


def _agency(slug: str, *, active_only: bool = False) -> Agency:
    agencies = Agency.objects.active() if active_only else Agency.objects.all()
    agency = agencies.filter(slug=slug).first()
    if agency is None:
        raise bad_request(_("There is no agency with the slug “%(slug)s”.") % {"slug": slug},
                          code="unknown_agency")
    return agency


def _officer(username: str | None) -> User | None:
    if not username:
        return None
    officer = User.objects.filter(username=username, is_active=True).first()
    if officer is None:
        raise bad_request(_("There is no active user with that username."),
                          code="unknown_officer")
    return officer


def _other_report(code: str) -> Report:
    report = Report.objects.filter(tracking_code=codes.normalize_tracking_code(code)).first()
    if report is None:
        raise bad_request(_("No report has the tracking code “%(code)s”.") % {"code": code},
                          code="unknown_report")
    return report


def _load(request: HttpRequest, code: str, access_key: str | None, *,
          credentials_required: bool = False) -> tuple[Report, Actor]:
    """The report and who is acting on it; 401 without credentials, 404 when hidden."""
    caller = caller_of(request)
    key = (access_key or "").strip()
    if credentials_required and caller.user is None and not key:
        raise CredentialsRequired(
            _("Send an access token, or the reporter's access key in X-Access-Key.")
        )
    # An empty string (never None) makes access checks ignore the browser session.
    report, actor = get_report_for_viewer(request, code, access_key=key)
    if key and not actor.is_reporter:
        raise ApiError(401, "invalid_access_key",
                       _("The access key does not match this report."))
    return report, actor


# --- Submitting -------------------------------------------------------------------------------


def _idempotency_key(raw: str) -> str:
    # Namespaced and hashed: client keys are not stored and cannot clash with the web form's.
    return "api:" + hashlib.sha256(raw.encode()).hexdigest()


def _same_submission(report: Report, payload: schemas.ReportSubmitIn) -> bool:
    """A replay must repeat the original text: a reused key alone reveals nothing.

    Kind and privacy are not compared: the coordinator may have corrected them since.
    """
    return report.title == payload.title.strip()[:200] and report.body == payload.body.strip()


def _submit_result(report: Report, access_key: str | None) -> dict:
    data = {
        "tracking_code": report.tracking_code,
        "status": report.status,
        "kind": report.kind,
        "privacy": report.privacy,
        "title": report.title,
        "created_at": report.created_at,
        "deadline": report.deadline,
    }
    if access_key:
        data["access_key"] = access_key
    return data


def _conflict() -> ApiError:
    return ApiError(409, "idempotency_conflict",
                    _("This Idempotency-Key was already used for a different report."))


def _replay(report: Report, payload: schemas.ReportSubmitIn, *, key: str,
            fingerprint: str) -> Status:
    """The answer to a retry: the first answer while it is kept, else the report without
    its access key (which is then stored nowhere in readable form)."""
    kept = replays.replay_find(key=key)
    if kept is not None:
        if kept.fingerprint != fingerprint:
            raise _conflict()
        answer = replays.replay_answer(kept)
        if answer is not None:
            return Status(200, answer)
    if not _same_submission(report, payload):
        raise _conflict()
    return Status(200, _submit_result(report, None))


def _coordinate(value: float | None) -> Decimal | None:
    # Through str: the decimal the client wrote, not the float's binary expansion.
    return Decimal(str(value)).quantize(Decimal("0.000001")) if value is not None else None


@router.post(
    "/reports",
    auth=token_optional,
    response={201: schemas.ReportSubmitOut, 200: schemas.ReportSubmitOut, **ERRORS},
    exclude_unset=True,
    summary=gettext_lazy("Send a report"),
    description=gettext_lazy(
        "No account is needed. Keep the `access_key` from the answer: it is shown only once "
        "and lets the reporter follow the report (`X-Access-Key`). With an `Idempotency-Key` "
        "header, repeating the same request (same key, same body, same caller) creates "
        "nothing and returns the first answer again (200), `access_key` included, for 24 "
        "hours; after that, the report without its `access_key`. The same key with another "
        "body answers 409. A token, when sent, links the report to that account."
    ),
)
def report_create(
    request: HttpRequest,
    payload: schemas.ReportSubmitIn,
    idempotency_key: str | None = Header(
        None, alias="Idempotency-Key", max_length=100,
        description=gettext_lazy(
            "Any unique string per report, e.g. a UUID, to make retries safe."),
    ),
):
    rate_limit(request, group="api:report_submit", rate=SUBMIT_RATE)
    stored_key = _idempotency_key(idempotency_key.strip()) if idempotency_key else None
    caller = caller_of(request).user
    fingerprint = replays.request_fingerprint(body=payload.model_dump(mode="json"),
                                              caller_id=caller.pk if caller else None)
    # A repeated key is found by report_submit, in the transaction: the answer is then the
    # first one again (below).
    kecamatan, desa = _regions(payload.kecamatan, payload.desa)
    reporter = payload.reporter or schemas.ReporterIn()
    # One transaction for the report and its kept answer: a retry that finds the report (on
    # PostgreSQL a concurrent one waits on the key's unique index) finds the answer too.
    with transaction.atomic():
        report, access_key, created = actions.report_submit(
            kind=payload.kind,
            title=payload.title,
            body=payload.body,
            privacy=payload.privacy,
            kecamatan=kecamatan,
            desa=desa,
            address=payload.address,
            latitude=_coordinate(payload.latitude),
            longitude=_coordinate(payload.longitude),
            category=_category(payload.category),
            reporter_name=reporter.name,
            reporter_email=reporter.email,
            reporter_phone=reporter.phone,
            reporter=caller,
            channel=Channel.API,
            idempotency_key=stored_key,
        )
        answer = _submit_result(report, access_key)
        if created and stored_key:
            replays.replay_remember(key=stored_key, report=report, fingerprint=fingerprint,
                                    answer=answer)
    if not created:  # a concurrent request with the same key won
        return _replay(report, payload, key=stored_key, fingerprint=fingerprint)
    return Status(201, answer)


# --- Reading ----------------------------------------------------------------------------------

CodePath = Path(..., max_length=30, pattern=schemas.NO_NUL_PATTERN,
                description=gettext_lazy("The tracking code, e.g. WSB-7KX3-9P."))


@router.get(
    "/reports/{code}",
    auth=token_optional,
    response={200: schemas.ReportOut, **ERRORS},
    exclude_unset=True,
    summary=gettext_lazy("Read a report"),
    description=gettext_lazy(
        "The public sees public reports (a rahasia report answers 404); the reporter sees "
        "theirs with `X-Access-Key`; staff with a token see the reports they handle, "
        "including internal notes. `reporter` is present only for callers who may see it."
    ),
)
def report_get(
    request: HttpRequest,
    response: HttpResponse,
    code: str = CodePath,
    x_access_key: str | None = Header(None, alias="X-Access-Key", max_length=64,
                                      description=ACCESS_KEY_HELP),
):
    if caller_of(request).user is not None or (x_access_key or "").strip():
        report, actor = _load(request, code, x_access_key)
        return report_data(report, actor)
    # The public's view is the same for every caller without a token or key: kept in the
    # shared cache and answered 304 while the report has not changed (core.public_cache).
    code = codes.normalize_tracking_code(code)
    current = public_cache.versions(PUBLIC_SCOPES)
    parts = ("api-report", code, int(time.time() // public_cache.DEFAULT_TTL))
    etag = public_cache.etag_for(request, scopes=PUBLIC_SCOPES, parts=parts, current=current)
    unchanged = public_cache.not_modified(request, etag)
    if unchanged is not None:
        return unchanged
    key = public_cache.fragment_key("api-report", scopes=PUBLIC_SCOPES, parts=parts,
                                    current=current)
    data = cache.get(key)
    if data is None:
        report, actor = _load(request, code, x_access_key)
        data = report_data(report, actor)
        if data["view"] != "public":  # cannot happen without a token or key; never kept
            return data
        cache.set(key, data, public_cache.DEFAULT_TTL)
    public_cache.mark_revalidate(response, etag)
    return data


# --- Acting -----------------------------------------------------------------------------------


def _dispose(report: Report, actor: Actor, p: schemas.DisposeIn) -> None:
    kecamatan, desa = _regions(p.kecamatan, p.desa)
    agency = _agency(p.agency)
    supporting = [_agency(slug) for slug in dict.fromkeys(p.supporting)]
    actions.report_dispose(
        report=report, actor=actor, agency=agency, supporting=supporting, kind=p.kind,
        category=_category(p.category), kecamatan=kecamatan, desa=desa, privacy=p.privacy,
        note=p.note,
    )


ACTION_HANDLERS = {
    "dispose": _dispose,
    "reject": lambda report, actor, p: actions.report_reject(
        report=report, actor=actor, reason=p.reason, text=p.text),
    "acknowledge": lambda report, actor, p: actions.report_acknowledge(
        report=report, actor=actor),
    "return": lambda report, actor, p: actions.report_return(
        report=report, actor=actor, reason=p.reason),
    "forward": lambda report, actor, p: actions.report_forward(
        report=report, actor=actor, agency=_agency(p.agency, active_only=True), note=p.note),
    "respond": lambda report, actor, p: actions.report_respond(
        report=report, actor=actor, message=p.message),
    "hold": lambda report, actor, p: actions.report_hold(
        report=report, actor=actor, reason=p.reason),
    "resume": lambda report, actor, p: actions.report_resume(
        report=report, actor=actor, reason=p.reason),
    "close": lambda report, actor, p: actions.report_close(
        report=report, actor=actor, note=p.note),
    "reopen": lambda report, actor, p: actions.report_reopen(
        report=report, actor=actor, reason=p.reason),
    "merge": lambda report, actor, p: actions.report_merge(
        report=report, actor=actor, into=_other_report(p.into), note=p.note),
    "extend": lambda report, actor, p: actions.report_extend(
        report=report, actor=actor, reason=p.reason),
    "object": lambda report, actor, p: actions.report_object(
        report=report, actor=actor, reason=p.reason),
    "answer_objection": lambda report, actor, p: actions.report_answer_objection(
        report=report, actor=actor, answer=p.answer),
    "assign": lambda report, actor, p: actions.report_assign(
        report=report, actor=actor, officer=_officer(p.officer)),
    "undo_dispose": lambda report, actor, p: actions.report_undo_dispose(
        report=report, actor=actor, note=p.note),
}
assert set(ACTION_HANDLERS) == set(ACTIONS), "every action of the rules has an API handler"


@router.post(
    "/reports/{code}/actions",
    auth=token_optional,
    response={200: schemas.ReportOut, **ERRORS},
    exclude_unset=True,
    summary=gettext_lazy("Act on a report"),
    description=lazy(lambda: _(
        "`action` is one of: %(actions)s. Staff send a token; the reporter may close, reopen "
        "and object with `X-Access-Key`. Answers 403 when the caller's role may not take the "
        "action and 409 when the report's state does not allow it. The answer is the report as "
        "the caller may now see it."
    ) % {"actions": ", ".join(sorted(ACTION_HANDLERS))}, str)(),
)
def report_act(
    request: HttpRequest,
    payload: schemas.ActionIn,
    code: str = CodePath,
    x_access_key: str | None = Header(None, alias="X-Access-Key", max_length=64,
                                      description=ACCESS_KEY_HELP),
):
    report, actor = _load(request, code, x_access_key, credentials_required=True)
    # Role first: the handlers resolve slugs and codes in the payload, and a caller who may
    # not act must get 403, not a 400 that tells which agencies or reports exist.
    if not may_take(payload.action, report, actor):
        raise PermissionDenied(_("You may not do this to this report."))
    ACTION_HANDLERS[payload.action](report, actor, payload)
    # The caller saw the report a moment ago; show it as their role now allows (after a
    # return the agency no longer handles it, so internal notes and the reporter drop out).
    return report_data(report_detail(code=report.tracking_code), actor)


@router.post(
    "/reports/{code}/messages",
    auth=token_optional,
    response={201: schemas.MessageOut, **ERRORS},
    summary=gettext_lazy("Write on a report"),
    description=gettext_lazy(
        "A public reply (the reporter and, for public reports, everyone sees it) or an internal "
        "note (handling staff only). Reporters write public messages with `X-Access-Key`."
    ),
)
def message_create(
    request: HttpRequest,
    payload: schemas.MessageIn,
    code: str = CodePath,
    x_access_key: str | None = Header(None, alias="X-Access-Key", max_length=64,
                                      description=ACCESS_KEY_HELP),
):
    report, actor = _load(request, code, x_access_key, credentials_required=True)
    message = actions.message_post(report=report, actor=actor, body=payload.body,
                                   visibility=payload.visibility)
    return Status(201, message_data(message, report_view(report, actor)))


@router.post(
    "/reports/{code}/rating",
    auth=token_optional,
    response={201: schemas.RatingOut, **ERRORS},
    summary=gettext_lazy("Rate the handling"),
    description=gettext_lazy(
        "The reporter rates the handling from 1 to 5, once, after the agency answered."),
)
def rating_create(
    request: HttpRequest,
    payload: schemas.RatingIn,
    code: str = CodePath,
    x_access_key: str | None = Header(None, alias="X-Access-Key", max_length=64,
                                      description=ACCESS_KEY_HELP),
):
    report, actor = _load(request, code, x_access_key, credentials_required=True)
    rating = actions.report_rate(report=report, actor=actor, score=payload.score,
                                 comment=payload.comment)
    return Status(201, {"score": rating.score, "comment": rating.comment,
                        "created_at": rating.created_at})


# --- The staff inbox --------------------------------------------------------------------------


@router.get(
    "/inbox",
    auth=token_required,
    response={200: schemas.InboxOut, **ERRORS},
    summary=gettext_lazy("The staff inbox"),
    description=gettext_lazy(
        "The reports the caller may see (a coordinator: all; agency staff: the reports their "
        "agencies handle), newest first. Pass `next_cursor` back as `cursor` for the next page. "
        "Items carry no reporter identity."
    ),
)
def inbox(request: HttpRequest, filters: Query[schemas.InboxQuery]):
    user = caller_of(request).user
    if not user.has_perm("reports.view_inbox"):
        raise PermissionDenied(_("Only coordinators and agency staff have an inbox."))
    reports = reports_inbox(
        user=user,
        filters=ReportFilters(status=filters.status or "", kind=filters.kind or "",
                              agency=filters.agency or "", overdue=filters.overdue,
                              q=filters.q),
    )
    page = keyset_page(reports, cursor=filters.cursor, size=filters.limit)
    # What an item names: its agency's slug and its officer (decision 0063).
    attach_relations(page.items, "lead_agency", "assigned_to")
    now = timezone.now()
    return {"items": [inbox_item_data(report, now) for report in page.items],
            "next_cursor": page.next_cursor}
