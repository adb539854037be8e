"""Loads the Wonosobo demo. Safe to run again: what already exists is kept as it is."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from jembatan.core import actions
from jembatan.core.context_processors import JURISDICTION_CACHE_KEY
from jembatan.core.models import Agency, Jurisdiction, Membership, Region, User
from jembatan.core.reference import reference_agencies
from jembatan.core.regions import regions_import

# Every demo account shares this password; `manage.py demo_accounts` prints them all.
DEMO_PASSWORD = "demo-wonosobo"

DEMO_FILE = Path(__file__).resolve().parent / "wonosobo.toml"


def _demo_data() -> dict:
    with DEMO_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    for person in data["person"]:
        person.setdefault("agency", None)
    return data


_demo = _demo_data()
DEMO_JURISDICTION: dict = _demo["jurisdiction"]
# Each agency without an account of its own gets a liaison officer named from this list.
LIAISON_NAMES: list[str] = _demo["liaison_names"]
PEOPLE: list[dict] = _demo["person"]


@transaction.atomic
def demo_load(*, log=print) -> None:
    jurisdiction, created = Jurisdiction.objects.get_or_create(defaults=DEMO_JURISDICTION)
    log(f"Jurisdiction: {jurisdiction.name}{' (new)' if created else ''}")
    cache.delete(JURISDICTION_CACHE_KEY)

    result = regions_import(regency_code=jurisdiction.region_code)
    log(f"Regions: {result.kecamatan} kecamatan, {result.desa} desa, {result.kelurahan} kelurahan")

    agencies = reference_agencies()
    existing = set(Agency.objects.values_list("slug", flat=True))
    new_agencies = 0
    for row in agencies:
        if row["slug"] in existing:
            continue
        values = {k: v for k, v in row.items() if k not in {"parent", "region"}}
        if row["region"]:
            values["region"] = Region.objects.get(code=row["region"])
        actions.agency_create(actor=None, **values)
        new_agencies += 1
    # Parents are set in a second pass because a parent may come later in the list.
    by_slug = {agency.slug: agency for agency in Agency.objects.all()}
    for row in agencies:
        agency = by_slug[row["slug"]]
        if row["parent"] and agency.parent_id is None and row["slug"] not in existing:
            actions.agency_update(agency=agency, actor=None, parent=by_slug[row["parent"]])
    log(f"Agencies: {len(by_slug)} ({new_agencies} new)")

    new_people = 0
    for person in PEOPLE:
        user = User.objects.filter(username=person["username"]).first()
        if user is None:
            user = User(
                username=person["username"],
                full_name=person["full_name"],
                email=person["email"],
                phone=person["phone"],
                is_coordinator=person["role"] == "coordinator",
            )
            user.password = demo_password_hash(settings.PASSWORD_HASHERS[0])
            user.save()
            new_people += 1
            if person["agency"]:
                role = (
                    Membership.Role.AGENCY_ADMIN
                    if person["role"] == "agency_admin"
                    else Membership.Role.OFFICER
                )
                actions.membership_set(
                    user=user, agency=by_slug[person["agency"]], role=role, actor=None
                )
    log(f"People: {len(PEOPLE)} demo accounts ({new_people} new), password {DEMO_PASSWORD!r}")

    # Every other agency gets a liaison officer (admin penghubung), so each can answer.
    staffed = set(Membership.objects.values_list("agency_id", flat=True))
    liaisons = 0
    for number, agency in enumerate(sorted(by_slug.values(), key=lambda a: a.slug)):
        if agency.pk in staffed:
            continue
        username = f"penghubung.{agency.slug}"
        if User.objects.filter(username=username).exists():
            continue
        user = User(username=username, full_name=LIAISON_NAMES[number % len(LIAISON_NAMES)],
                    email=f"{username}@demo.jembatan.id")
        user.password = demo_password_hash(settings.PASSWORD_HASHERS[0])
        user.save()
        actions.membership_set(user=user, agency=agency, role=Membership.Role.OFFICER, actor=None)
        liaisons += 1
    if liaisons:
        log(f"Liaison officers: {liaisons} new (penghubung.<agency>)")


@functools.cache
def demo_password_hash(hasher: str) -> str:
    """The demo accounts' one public password, hashed once per hasher in use: each hash costs
    the hasher's full work factor (half a second for PBKDF2), and the demo makes some sixty
    accounts."""
    from django.contrib.auth.hashers import make_password

    return make_password(DEMO_PASSWORD)
