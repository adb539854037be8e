"""Demo of the service catalogue and the work programmes: what Wonosobo's agencies offer and
plan. Programme dates are relative to the day the demo is loaded. Safe to run again: each part
is skipped when it already has data.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from jembatan.catalogue import actions as catalogue_actions
from jembatan.catalogue.demo.data import PROGRAMMES, SERVICES
from jembatan.catalogue.models import Programme, Service
from jembatan.core.models import Agency, Membership, User


def agency_writers(agencies: dict[str, Agency]) -> dict[str, User | None]:
    people: dict[str, User | None] = {}
    memberships = (Membership.objects.filter(agency__in=agencies.values())
                   .select_related("user", "agency").order_by("role", "pk"))
    for membership in memberships:
        # Officers first: they are the ones who keep the agenda and catalogue current.
        people.setdefault(membership.agency.slug, membership.user)
    return people


def demo_day(offset: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=offset)


# --- Loading ----------------------------------------------------------------------------------


def _load_services(agencies, people, log) -> None:
    if Service.objects.exists():
        log("Services: already loaded")
        return
    count = 0
    for slug, rows in SERVICES.items():
        agency = agencies.get(slug)
        if agency is None:
            continue
        for row in rows:
            catalogue_actions.service_create(agency=agency, actor=people.get(slug), **row)
            count += 1
    log(f"Services: {count} for {len(SERVICES)} agencies")


def _load_programmes(agencies, people, log) -> None:
    if Programme.objects.exists():
        log("Work programmes: already loaded")
        return
    count = 0
    for row in PROGRAMMES:
        agency = agencies.get(row["agency"])
        if agency is None:
            continue
        values = {k: v for k, v in row.items() if k not in {"agency", "start", "days"}}
        catalogue_actions.programme_create(agency=agency, actor=people.get(row["agency"]),
                                   start_date=demo_day(row["start"]),
                                   end_date=demo_day(row["start"] + row["days"] - 1), **values)
        count += 1
    log(f"Work programmes: {count}")


@transaction.atomic
def catalogue_demo_load(*, log=print, **kwargs) -> None:
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    people = agency_writers(agencies)
    _load_services(agencies, people, log)
    _load_programmes(agencies, people, log)
