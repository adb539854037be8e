"""Pages of the shared agenda: month, week and list views of every agency's events and work
programmes, the event page with "I'll cover it", and the personal calendar feed addresses."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import BadRequest, PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jembatan.agenda import actions as agenda_actions
from jembatan.agenda import selectors as agenda_selectors
from jembatan.agenda.access import get_event_for_user, staff_required
from jembatan.agenda.forms import (
    AgendaFilterForm,
    CancelForm,
    CoverForm,
    EventForm,
)
from jembatan.agenda.models import AgendaEvent
from jembatan.core.forms import FIRST_YEAR, LAST_YEAR, error_text, form_page
from jembatan.core.rules import agencies_for_editing
from jembatan.core.workdays import month_bounds

LIST_DAYS = 31
EVENT_QS = AgendaEvent.objects.select_related(
    "agency", "covered_by_agency", "covered_by_user", "created_by")


def _filters(request: HttpRequest) -> tuple[AgendaFilterForm, dict, str]:
    form = AgendaFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    keep = {}
    if data.get("instansi"):
        keep["instansi"] = data["instansi"].slug
    if data.get("liputan"):
        keep["liputan"] = "1"
    from urllib.parse import urlencode

    return form, data, urlencode(keep)


def _entries_for(data: dict):
    def load(first: dt.date, last: dt.date):
        return agenda_selectors.agenda_entries(first_day=first, last_day=last,
                                     agency=data.get("instansi"),
                                     needs_coverage=bool(data.get("liputan")))
    return load


def _parse_date(value: str | None, fmt: str) -> dt.date | None:
    if not value:
        return None
    try:
        day = dt.datetime.strptime(value, fmt).date()
    except ValueError as error:
        raise BadRequest(_("The date in the address is not valid.")) from error
    # The agenda's years (as the event form's): at the calendar's ends a week or a list would
    # run past the last date Python knows.
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadRequest(_("The date in the address is not valid."))
    return day


def _context(request, form, query, view: str, **extra) -> dict:
    return {"form": form, "query": query, "view": view,
            "can_add": agencies_for_editing(request.user).exists(), **extra}


@staff_required
def agenda_month(request: HttpRequest) -> HttpResponse:
    form, data, query = _filters(request)
    first = _parse_date(request.GET.get("bulan"), "%Y-%m") or timezone.localdate().replace(day=1)
    weeks, by_day = agenda_selectors.month_weeks(first.year, first.month, _entries_for(data))
    previous = (first - dt.timedelta(days=1)).replace(day=1)
    following = month_bounds(first.year, first.month)[1]
    return render(request, "agenda/agenda_month.html", _context(
        request, form, query, "month", month=first, weeks=weeks, by_day=by_day,
        previous=previous.strftime("%Y-%m"), following=following.strftime("%Y-%m"),
        weekdays=[day.date for day in weeks[0].days],
    ))


@staff_required
def agenda_week(request: HttpRequest) -> HttpResponse:
    form, data, query = _filters(request)
    day = _parse_date(request.GET.get("minggu"), "%Y-%m-%d") or timezone.localdate()
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    days = agenda_selectors.days_with_entries(monday, sunday, _entries_for(data)(monday, sunday))
    return render(request, "agenda/agenda_week.html", _context(
        request, form, query, "week", days=days, monday=monday, sunday=sunday,
        previous=(monday - dt.timedelta(days=7)).isoformat(),
        following=(monday + dt.timedelta(days=7)).isoformat(),
    ))


@staff_required
def agenda_list(request: HttpRequest) -> HttpResponse:
    form, data, query = _filters(request)
    first = _parse_date(request.GET.get("dari"), "%Y-%m-%d") or timezone.localdate()
    last = first + dt.timedelta(days=LIST_DAYS - 1)
    entries = _entries_for(data)(first, last)
    days = agenda_selectors.entries_once(first, last, entries)
    return render(request, "agenda/agenda_list.html", _context(
        request, form, query, "list", days=days, first=first, last=last,
        previous=(first - dt.timedelta(days=LIST_DAYS)).isoformat(),
        following=(last + dt.timedelta(days=1)).isoformat(),
    ))


@staff_required
def agenda_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_event_for_user(request, EVENT_QS, pk)
    first, last = agenda_selectors.event_days(event)
    user = request.user
    return render(request, "agenda/agenda_detail.html", {
        "event": event, "first_day": first, "last_day": last,
        "can_change": user.has_perm("agenda.change_event", event),
        "can_cover": (not event.is_cancelled and not event.is_covered
                      and user.has_perm("agenda.cover_event", event)),
        "can_release": event.is_covered and user.has_perm("agenda.release_event", event),
        "cover_form": CoverForm(user=user),
        "cancel_form": CancelForm(),
    })


@staff_required
def agenda_create(request: HttpRequest) -> HttpResponse:
    if not agencies_for_editing(request.user).exists():
        raise PermissionDenied
    form = EventForm(request.POST or None, user=request.user)

    def save(data):
        return agenda_actions.event_create(agency=data["agency"], actor=request.user,
                                           **form.event_values())

    return form_page(request, form, save, done=_("The event was added to the agenda."),
                     template="agenda/agenda_form.html")


@staff_required
def agenda_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_event_for_user(request, EVENT_QS, pk, change=True)
    form = EventForm(request.POST or None, user=request.user, event=event)

    def save(data):
        agenda_actions.event_update(event=event, actor=request.user, **form.event_values())
        return event

    return form_page(request, form, save, done=_("The event was saved."),
                     template="agenda/agenda_form.html", context={"event": event})


@require_POST
@staff_required
def agenda_cover(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_event_for_user(request, EVENT_QS, pk)
    form = CoverForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(request, _("Choose one of your own agencies."))
        return redirect(event.get_absolute_url())
    try:
        agenda_actions.event_cover(event=event, actor=request.user,
                                   agency=form.cleaned_data["agency"])
    except agenda_actions.CoverageTaken:
        messages.error(request, _("Someone else already covers this event."))
        return render(request, "agenda/agenda_conflict.html", {"event": event},
                      status=409)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect(event.get_absolute_url())
    messages.success(request, _("Thank you: you cover this event."))
    return redirect(event.get_absolute_url())


@require_POST
@staff_required
def agenda_release(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_event_for_user(request, EVENT_QS, pk)
    if not request.user.has_perm("agenda.release_event", event):
        raise PermissionDenied
    agenda_actions.event_release(event=event, actor=request.user)
    messages.success(request, _("Nobody covers this event now."))
    return redirect(event.get_absolute_url())


@require_POST
@staff_required
def agenda_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_event_for_user(request, EVENT_QS, pk, change=True)
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    agenda_actions.event_cancel(event=event, actor=request.user, reason=reason)
    messages.success(request, _("The event was cancelled."))
    return redirect(event.get_absolute_url())


@staff_required
def agenda_feeds(request: HttpRequest) -> HttpResponse:
    """The public feed addresses and this person's secret one (with every internal event)."""
    if request.method == "POST":
        agenda_actions.feed_key_reset(actor=request.user)
        messages.success(request, _("Your calendar address was renewed. The old one no longer "
                                    "works."))
        return redirect("agenda:agenda_feeds")
    token = agenda_actions.feed_token_issue(actor=request.user)
    base = settings.SITE_URL + reverse("api:agenda_ics")
    own_agencies = agencies_for_editing(request.user) if not request.user.is_coordinator else []
    return render(request, "agenda/agenda_feeds.html", {
        "public_url": base,
        "private_url": f"{base}?token={token}",
        "agency_urls": [
            (agency, settings.SITE_URL + reverse("api:agenda_agency_ics",
                                                 kwargs={"agency": agency.slug}))
            for agency in own_agencies
        ],
    })
