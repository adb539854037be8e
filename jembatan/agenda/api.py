"""The shared agenda as iCalendar feeds: `GET /agenda.ics` (every agency) and
`GET /agenda/{agency}.ics` (one agency, by slug).

Without credentials a feed holds public events and programmes only. Calendar clients cannot
log in, so each staff member has a secret feed address with `?token=…` (shown on the agenda's
"subscribe" page, renewable there), which adds the internal events and coverage notes; an API
bearer token of a staff member works too.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Path, Query, Router

from jembatan.agenda.ical import agenda_ical
from jembatan.agenda.selectors import feed_user
from jembatan.api import schemas
from jembatan.api.auth import token_find
from jembatan.api.errors import ApiError
from jembatan.core.models import Agency, Jurisdiction, User

router = Router(tags=["agenda"])


class FeedQuery(schemas.QueryInput):
    token: str = ""


def _staff_caller(request: HttpRequest, token: str) -> User | None:
    """The staff member behind the feed token or bearer token; None for the public."""
    if token:
        user = feed_user(token)
        if user is None:
            raise ApiError(401, "invalid_token",
                           _("This calendar address is no longer valid. Copy the new one from "
                             "the agenda's subscribe page."))
        return user
    header = request.headers.get("Authorization", "").strip()
    if header.lower().startswith("bearer "):
        row = token_find(header[7:])
        if row is None:
            raise ApiError(401, "invalid_token",
                           _("The access token is not valid. Request a new token."))
        user = row.user
        if user.is_coordinator or user.memberships.exists():
            return user
    return None


def _ics(body: bytes, *, filename: str, staff: bool) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    # Clients poll every few hours; a personal feed must never sit in a shared cache.
    response["Cache-Control"] = ("private" if staff else "public") + ", max-age=900"
    return response


def _name(suffix: str) -> str:
    jurisdiction = Jurisdiction.current()
    place = jurisdiction.short_name if jurisdiction else "Jembatan"
    return f"Agenda Bakohumas {place} – {suffix}" if suffix else f"Agenda Bakohumas {place}"


ICALENDAR = {"responses": {200: {
    "description": gettext_lazy("An iCalendar (RFC 5545) feed."),
    "content": {"text/calendar": {"schema": {"type": "string"}}},
}}}


@router.get("/agenda.ics", auth=None, url_name="agenda_ics",
            summary=gettext_lazy("Agenda of every agency (iCalendar)"),
            response={200: None, 401: schemas.ErrorOut}, openapi_extra=ICALENDAR)
def agenda_all(request: HttpRequest, query: Query[FeedQuery]):
    staff = _staff_caller(request, query.token) is not None
    body = agenda_ical(agency=None, staff=staff, name=_name(""))
    return _ics(body, filename="agenda.ics", staff=staff)


@router.get("/agenda/{agency}.ics", auth=None, url_name="agenda_agency_ics",
            summary=gettext_lazy("Agenda of one agency (iCalendar)"),
            response={200: None, 401: schemas.ErrorOut, 404: schemas.ErrorOut},
            openapi_extra=ICALENDAR)
def agenda_agency(request: HttpRequest, query: Query[FeedQuery],
                  agency: str = Path(..., max_length=60, pattern=schemas.NO_NUL_PATTERN)):
    staff = _staff_caller(request, query.token) is not None
    found = Agency.objects.filter(slug=agency).first()
    if found is None or (not found.is_active and not staff):
        raise ApiError(404, "not_found", _("There is no agency with this name."))
    body = agenda_ical(agency=found, staff=staff, name=_name(found.short_name))
    return _ics(body, filename=f"agenda-{found.slug}.ics", staff=staff)
