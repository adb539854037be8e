"""The requests between agencies in the Wonosobo demo, in every state, written through the real
actions so the audit trail and the statuses are what the product itself would have stored."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from jembatan.agency_requests import actions as requests_actions
from jembatan.agency_requests.demo.data import REQUESTS
from jembatan.agency_requests.models import AgencyRequest
from jembatan.core.models import Agency, User
from jembatan.core.quiet import notifications_suppressed
from jembatan.forum.demo.loader import moment_days_ago, staff_writing_for


@transaction.atomic
def requests_demo_load(*, log=print) -> None:
    if AgencyRequest.objects.exists():
        log("Requests between agencies: already loaded")
        return
    if not User.objects.filter(username="koordinator").exists():
        log("Requests between agencies: no coordinator account; skipped")
        return
    # The demo notifies nobody.
    with notifications_suppressed():
        made = _load_requests(timezone.now())
    log(f"Requests between agencies: {made}")


def _load_requests(now: dt.datetime) -> int:
    made = 0
    today = timezone.localdate(now)
    for (requester, asked, kind, title, body, days_ago, due_in, answers, comments,
         cancelled) in REQUESTS:
        actor = staff_writing_for(requester)
        agencies = list(Agency.objects.filter(slug__in=asked))
        if actor is None or not agencies:
            continue
        created = moment_days_ago(now, days_ago, 10)
        agency_request = requests_actions.request_create(
            requesting_agency=Agency.objects.get(slug=requester), asked=agencies, kind=kind,
            title=title, body=body, due_date=today + dt.timedelta(days=due_in), actor=actor,
            at=created, allow_past_due=True)
        targets = {t.agency.slug: t for t in agency_request.targets.select_related("agency")}
        for slug, action, note, hours in answers:
            when = min(created + dt.timedelta(hours=hours), now)
            requests_actions.request_answer(target=targets[slug], action=action, note=note,
                                            actor=staff_writing_for(slug), at=when)
        for slug, text, hours in comments:
            when = min(created + dt.timedelta(hours=hours), now)
            requests_actions.request_comment(agency_request=agency_request,
                                             actor=staff_writing_for(slug), body=text, at=when)
        if cancelled:
            requests_actions.request_cancel(agency_request=agency_request, actor=actor,
                                            note="Sudah dibagikan langsung oleh Diskominfo.")
        made += 1
    return made
