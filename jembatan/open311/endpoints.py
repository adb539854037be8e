"""The Open311 GeoReport v2 server under /open311/v2/, with mySociety's servicerequestupdates.

Plain views rather than the django-ninja API: the protocol is form-encoded on the way in and
XML (required) or JSON on the way out, with its own error list. Every write goes through
open311.actions; every read through open311.selectors, which apply the public surfaces'
privacy rules.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import wraps

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator, validate_email
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.core import is_ratelimited

from jembatan.core.models import Jurisdiction, Region
from jembatan.open311 import actions, selectors
from jembatan.open311.formats import errors, respond, w3c
from jembatan.open311.models import ClientKey, Submission
from jembatan.reports import codes
from jembatan.reports.models import Privacy, Report
from jembatan.reports.selectors import public_text

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-12-06T00:00:00+07:00"  # when this server's behaviour last changed
MAX_RANGE = dt.timedelta(days=90)
MAX_DESCRIPTION = 4000  # the specification's limit
MAX_IDS = 100
# Per key for clients, per address for the public reads (django-ratelimit, decision 0005).
SUBMIT_RATE = "120/h"
UPDATES_RATE = "120/h"
READ_RATE = "300/h"


class Open311Error(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def _jurisdiction_id() -> str:
    jurisdiction = Jurisdiction.current()
    return jurisdiction.region_code if jurisdiction else ""


def _param(request: HttpRequest, name: str) -> str:
    value = request.POST.get(name) if request.method == "POST" else None
    if value is None:
        value = request.GET.get(name, "")
    return value.strip()


def endpoint(*methods: str) -> Callable:
    """The common part of every endpoint: allowed methods, NUL bytes, the jurisdiction, and
    every refusal answered as the specification's error list in the requested format."""
    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, fmt: str, **kwargs) -> HttpResponse:
            try:
                if request.method not in methods:
                    raise Open311Error(405, _("This method is not allowed here."))
                data = request.POST if request.method == "POST" else request.GET
                if any("\x00" in value for values in data.lists() for value in values[1]):
                    raise Open311Error(400, _("The request contains a NUL character."))
                wanted = _param(request, "jurisdiction_id")
                if wanted and wanted != _jurisdiction_id():
                    raise Open311Error(404, _("jurisdiction_id not found: this server serves "
                                              "%(id)s.") % {"id": _jurisdiction_id()})
                return view(request, *args, fmt=fmt, **kwargs)
            except Open311Error as error:
                response = errors(fmt, error.status, error.description)
                if error.status == 405:
                    response["Allow"] = ", ".join(methods)
                return response
        return csrf_exempt(wrapped)
    return decorate


def _limit(request: HttpRequest, *, group: str, rate: str, client: ClientKey | None) -> None:
    key = (lambda _group, _request: f"open311-key:{client.pk}") if client else "ip"
    if is_ratelimited(request, group=group, key=key, rate=rate, increment=True):
        raise Open311Error(429, _("Too many requests. Please wait a while and try again."))


def _client(request: HttpRequest, *, required: bool, scope: str | None = None
            ) -> ClientKey | None:
    raw = _param(request, "api_key")
    if not raw:
        if required:
            raise Open311Error(403, _("An api_key is required. Ask the coordinator for one."))
        return None
    client = selectors.client_key_find(raw)
    if client is None:
        raise Open311Error(403, _("Invalid api_key: unknown or revoked."))
    if scope and not getattr(client, scope):
        raise Open311Error(403, _("This api_key may not do this."))
    return client


# --- Discovery and services ---------------------------------------------------------------


@endpoint("GET")
def discovery(request: HttpRequest, fmt: str) -> HttpResponse:
    jurisdiction = Jurisdiction.current()
    endpoint_url = request.build_absolute_uri(reverse("open311:discovery", args=["json"]))
    endpoint_url = endpoint_url.rsplit("/", 1)[0] + "/"
    body = {
        "changeset": CHANGESET,
        "contact": (jurisdiction.email or jurisdiction.phone) if jurisdiction else "",
        "key_service": _("API keys are issued by the coordinator (%(name)s).")
        % {"name": jurisdiction.name if jurisdiction else ""},
        "endpoints": [{
            "specification": SPECIFICATION,
            "url": endpoint_url,
            "changeset": CHANGESET,
            "type": "production",
            "formats": ["text/xml", "application/json"],
        }],
    }
    return respond(fmt, body, root="discovery", item=None)


def _service_row(service: selectors.Service) -> dict:
    return {
        "service_code": service.code,
        "service_name": service.name,
        "description": service.description,
        "metadata": True,  # every service takes the attributes of services/{code}
        "type": "realtime",
        "keywords": service.keywords,
        "group": service.group,
    }


@endpoint("GET")
def services(request: HttpRequest, fmt: str) -> HttpResponse:
    _limit(request, group="open311:read", rate=READ_RATE, client=None)
    rows = [_service_row(service) for service in selectors.services_list()]
    return respond(fmt, rows, root="services", item="service")


@endpoint("GET")
def service_definition(request: HttpRequest, code: str, fmt: str) -> HttpResponse:
    _limit(request, group="open311:read", rate=READ_RATE, client=None)
    service = selectors.service_find(code)
    if service is None:
        raise Open311Error(404, _("service_code not found."))
    body = {"service_code": service.code, "attributes": selectors.service_attributes()}
    return respond(fmt, body, root="service_definition", item=None)


# --- Reading requests ---------------------------------------------------------------------


def _place(report: Report) -> str | None:
    names = [region.name for region in (report.desa, report.kecamatan) if region is not None]
    return ", ".join(names) or None


def _status_notes(report: Report) -> str | None:
    if report.rejection_reason:
        return str(report.get_rejection_reason_display()).capitalize()
    if report.merged_into_id:
        return _("Merged into %(code)s.") % {"code": report.merged_into.tracking_code}
    return None


def _description(report: Report) -> str | None:
    if report.privacy == Privacy.RAHASIA:
        return None  # only ever shown to the client that sent it, and then without its text
    text = report.body if report.body.startswith(report.title) else (
        f"{report.title}\n\n{report.body}")
    return public_text(text)


def request_row(report: Report) -> dict:
    """A report as an Open311 request, as the public may see it: no typed address, no
    coordinates, no reporter; typed text masked (decision 0023)."""
    return {
        "service_request_id": report.tracking_code,
        "status": selectors.OPEN311_STATUS[report.status],
        "status_notes": _status_notes(report),
        "service_name": selectors.service_name_of(report),
        "service_code": selectors.service_code_of(report),
        "description": _description(report),
        "agency_responsible": report.lead_agency.name if report.lead_agency_id else None,
        "service_notice": None,
        "requested_datetime": w3c(report.created_at),
        "updated_datetime": w3c(report.updated_at),
        "expected_datetime": w3c(report.deadline),
        "address": _place(report),
        "address_id": (report.desa_id or report.kecamatan_id) or None,
        "zipcode": None,
        "lat": None,
        "long": None,
        "media_url": None,
    }


def _moment(value: str, name: str, *, end: bool = False) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = parse_datetime(value.replace(" ", "+"))  # a "+" sent unencoded arrives as " "
    except ValueError:
        moment = None
    if moment is None:
        day = None
        with contextlib.suppress(ValueError):
            day = parse_date(value)
        if day is None:
            raise Open311Error(400, _("%(name)s is not a W3C date-time, for example "
                                      "2026-01-31T00:00:00+07:00.") % {"name": name})
        moment = dt.datetime.combine(day, dt.time.max if end else dt.time.min)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def date_range(request: HttpRequest) -> tuple[dt.datetime, dt.datetime]:
    """start_date/end_date: at most 90 days apart; without them, the most recent 90 days."""
    start = _moment(_param(request, "start_date"), "start_date")
    end = _moment(_param(request, "end_date"), "end_date", end=True)
    if end is None:
        end = timezone.now() if start is None else min(start + MAX_RANGE, timezone.now())
    if start is None:
        start = end - MAX_RANGE
    if end < start:
        raise Open311Error(400, _("end_date is before start_date."))
    if end - start > MAX_RANGE:
        raise Open311Error(400, _("start_date and end_date may not span more than 90 days."))
    return start, end


def _list(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


@endpoint("GET", "POST")
def requests(request: HttpRequest, fmt: str) -> HttpResponse:
    if request.method == "POST":
        return _create(request, fmt)
    client = _client(request, required=False)
    _limit(request, group="open311:read", rate=READ_RATE, client=None)
    ids = _list(_param(request, "service_request_id"))
    if ids:
        if len(ids) > MAX_IDS:
            raise Open311Error(400, _("Ask for at most 100 service_request_id at once."))
        reports = selectors.requests_query(
            client=client, codes=[codes.normalize_tracking_code(code) for code in ids])
    else:
        statuses = set(_list(_param(request, "status").lower()))
        if statuses - {"open", "closed"}:
            raise Open311Error(400, _("status must be open, closed or both."))
        start, end = date_range(request)
        reports = selectors.requests_query(
            client=client, service_codes=_list(_param(request, "service_code")),
            statuses=statuses, start=start, end=end)
    rows = [request_row(report) for report in reports]
    return respond(fmt, rows, root="service_requests", item="request")


@endpoint("GET")
def request_detail(request: HttpRequest, request_id: str, fmt: str) -> HttpResponse:
    client = _client(request, required=False)
    _limit(request, group="open311:read", rate=READ_RATE, client=None)
    reports = selectors.requests_query(
        client=client, codes=[codes.normalize_tracking_code(request_id)])
    if not reports:
        raise Open311Error(404, _("service_request_id not found."))
    return respond(fmt, [request_row(reports[0])], root="service_requests", item="request")


@endpoint("GET")
def token(request: HttpRequest, token_id: str, fmt: str) -> HttpResponse:
    _limit(request, group="open311:read", rate=READ_RATE, client=None)
    submission = (Submission.objects.select_related("report")
                  .filter(token=token_id.strip().lower()).first())
    if submission is None:
        raise Open311Error(404, _("token not found."))
    row = {"service_request_id": submission.report.tracking_code, "token": submission.token}
    return respond(fmt, [row], root="service_requests", item="request")


# --- Creating a request -------------------------------------------------------------------


def _coordinate(value: str, name: str, limit: int) -> Decimal | None:
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or abs(number) > limit:
        raise Open311Error(400, _("%(name)s is not a valid coordinate.") % {"name": name})
    return number.quantize(Decimal("0.000001"))


def _region(code: str, levels: tuple[str, ...], name: str) -> Region | None:
    if not code:
        return None
    region = Region.objects.filter(code=code, level__in=levels).select_related("parent").first()
    if region is None:
        raise Open311Error(400, _("%(name)s is not a known region code.") % {"name": name})
    return region


def _regions(request: HttpRequest) -> tuple[Region | None, Region | None]:
    """attribute[kecamatan], attribute[desa], or address_id (a Kemendagri code of either)."""
    kecamatan_levels = (Region.Level.KECAMATAN,)
    desa_levels = (Region.Level.DESA, Region.Level.KELURAHAN)
    kecamatan = _region(_param(request, "attribute[kecamatan]"), kecamatan_levels,
                        "attribute[kecamatan]")
    desa = _region(_param(request, "attribute[desa]"), desa_levels, "attribute[desa]")
    address_id = _param(request, "address_id")
    if address_id and desa is None and kecamatan is None:
        region = _region(address_id, kecamatan_levels + desa_levels, "address_id")
        if region.level == Region.Level.KECAMATAN:
            kecamatan = region
        else:
            desa = region
    if desa is not None:
        if kecamatan is not None and desa.parent_id != kecamatan.pk:
            raise Open311Error(400, _("The desa/kelurahan is not in the chosen kecamatan."))
        kecamatan = desa.parent
    return kecamatan, desa


def _title(request: HttpRequest, description: str) -> str:
    title = _param(request, "attribute[judul]")
    if title:
        return title[:200]
    first_line = description.splitlines()[0].strip()
    if len(first_line) <= 80:
        return first_line
    return first_line[:80].rsplit(" ", 1)[0] + "…"


def _idempotency_key(request: HttpRequest, client: ClientKey) -> str | None:
    raw = request.headers.get("Idempotency-Key", "").strip()
    if not raw:
        return None
    # Namespaced by client and hashed, like the JSON API's: never another channel's report.
    return "open311:" + hashlib.sha256(f"{client.pk}:{raw}".encode()).hexdigest()


def _create(request: HttpRequest, fmt: str) -> HttpResponse:
    client = _client(request, required=True, scope="may_submit")
    _limit(request, group="open311:submit", rate=SUBMIT_RATE, client=client)
    service = selectors.service_find(_param(request, "service_code"))
    if service is None:
        raise Open311Error(400, _("service_code is missing or not known; see services.%(fmt)s.")
                           % {"fmt": fmt})
    description = _param(request, "description")
    if not description:
        raise Open311Error(400, _("description is required: say what happened."))
    if len(description) > MAX_DESCRIPTION:
        raise Open311Error(400, _("description may be at most 4000 characters long."))
    latitude = _coordinate(_param(request, "lat"), "lat", 90)
    longitude = _coordinate(_param(request, "long"), "long", 180)
    if (latitude is None) != (longitude is None):
        raise Open311Error(400, _("Send both lat and long, or neither."))
    address = _param(request, "address_string")
    kecamatan, desa = _regions(request)
    if latitude is None and not address and not _param(request, "address_id"):
        raise Open311Error(400, _("A location is required: lat and long, address_string or "
                                  "address_id."))
    privacy = _param(request, "attribute[privasi]") or Privacy.PUBLIK
    if privacy not in Privacy.values:
        raise Open311Error(400, _("attribute[privasi] must be publik, anonim or rahasia."))
    email = _param(request, "email")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise Open311Error(400, _("email is not a valid email address.")) from None
    media_url = _param(request, "media_url")
    if media_url:
        try:
            URLValidator(schemes=["http", "https"])(media_url)
        except ValidationError:
            raise Open311Error(400, _("media_url is not a valid web address.")) from None
    body = description
    if media_url:
        # The picture stays where the client keeps it: the hub fetches nothing from outside.
        body += "\n\n" + _("Picture: %(url)s") % {"url": media_url}
    name = " ".join(part for part in (_param(request, "first_name"),
                                      _param(request, "last_name")) if part)
    try:
        submission, _created = actions.open311_report_submit(
            client=client, kind=service.kind, category=service.category,
            title=_title(request, description), body=body, privacy=privacy,
            kecamatan=kecamatan, desa=desa, address=address, latitude=latitude,
            longitude=longitude, reporter_name=name, reporter_email=email,
            reporter_phone=_param(request, "phone"), device_id=_param(request, "device_id"),
            account_id=_param(request, "account_id"), media_url=media_url,
            idempotency_key=_idempotency_key(request, client),
        )
    except ValidationError as error:
        raise Open311Error(400, " ".join(error.messages)) from None
    except PermissionDenied:
        raise Open311Error(403, _("This api_key may not do this.")) from None
    report = submission.report
    # The id is there at once; the token too, so that a client written for servers that answer
    # with a token alone (tokens/{token}) finds it where the specification puts it.
    row = {
        "service_request_id": report.tracking_code,
        "token": submission.token,
        "service_notice": _("Received with tracking code %(code)s. The coordinator verifies "
                            "it by %(due)s.") % {
            "code": report.tracking_code,
            "due": timezone.localtime(report.deadline).strftime("%d-%m-%Y %H:%M")
            if report.deadline else "-"},
        "account_id": submission.account_id or None,
    }
    return respond(fmt, [row], root="service_requests", item="request")


# --- Updates ------------------------------------------------------------------------------


@endpoint("GET")
def updates(request: HttpRequest, fmt: str) -> HttpResponse:
    """mySociety's GET servicerequestupdates, as FixMyStreet reads it."""
    client = _client(request, required=True, scope="may_read_updates")
    _limit(request, group="open311:updates", rate=UPDATES_RATE, client=client)
    start, end = date_range(request)
    rows = []
    for update in selectors.updates_between(client=client, start=start, end=end):
        hidden = update.report.privacy == Privacy.RAHASIA
        rows.append({
            "update_id": update.update_id,
            "service_request_id": update.report.tracking_code,
            "status": update.status,
            "updated_datetime": w3c(update.at),
            "description": "" if hidden else public_text(update.text),
            "media_url": None,
        })
    return respond(fmt, rows, root="service_request_updates", item="request_update")
