"""Reads of Open311: the services (Jembatan's kinds and topics), client keys, and the reports
and their updates as an Open311 client may see them.

What a client sees is what the public sees (decision 0023): never a rahasia report's content,
never a reporter's identity, every typed text through reports.selectors.public_text, no typed
address or coordinates. A client also sees its own submissions before they are verified, so it
can read back what it sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from jembatan.core.models import Region
from jembatan.open311.models import ClientKey, key_hash
from jembatan.reports.models import (
    OPEN_STATUSES,
    PUBLIC_LIST_STATUSES,
    Category,
    Event,
    Kind,
    Message,
    Privacy,
    RejectionReason,
    Report,
    Status,
)

TOPIC_PREFIX = "topik-"
MAX_ROWS = 1000  # per answer, as the specification suggests for a query without limits


# --- Services -----------------------------------------------------------------------------


@dataclass
class Service:
    code: str
    name: str
    description: str
    keywords: str
    group: str
    kind: str
    category: Category | None = None
    attributes: list[dict] = field(default_factory=list)


KIND_DESCRIPTIONS = {
    Kind.PENGADUAN: lambda: _("A problem that a public body should fix: a road, a service, an "
                              "officer's conduct."),
    Kind.ASPIRASI: lambda: _("A suggestion or wish for the regency's programmes and services."),
    Kind.INFORMASI: lambda: _("A request for public information under UU 14/2008, answered "
                              "within 10 working days."),
    Kind.PERTANYAAN: lambda: _("A question about a public service or procedure."),
}


def services_list() -> list[Service]:
    """One service per kind of report, then one per active topic (a complaint about it)."""
    services = [
        Service(code=kind.value, name=str(kind.label).capitalize(),
                description=KIND_DESCRIPTIONS[kind](), keywords=str(kind.label),
                group=_("Kind of report"), kind=kind.value)
        for kind in Kind
    ]
    for category in Category.objects.filter(is_active=True).order_by("name"):
        services.append(Service(
            code=f"{TOPIC_PREFIX}{category.pk}", name=category.name,
            description=_("A complaint about %(topic)s.") % {"topic": category.name},
            keywords=category.name.lower(), group=_("Complaint topic"),
            kind=Kind.PENGADUAN, category=category,
        ))
    return services


def service_find(code: str) -> Service | None:
    code = (code or "").strip()
    if code in Kind.values:
        return next(s for s in services_list() if s.code == code)
    if code.startswith(TOPIC_PREFIX) and code[len(TOPIC_PREFIX):].isdigit():
        category = Category.objects.filter(pk=int(code[len(TOPIC_PREFIX):]),
                                           is_active=True).first()
        if category is not None:
            return next(s for s in services_list() if s.category == category)
    return None


def service_code_of(report: Report) -> str:
    return f"{TOPIC_PREFIX}{report.category_id}" if report.category_id else report.kind


def service_name_of(report: Report) -> str:
    if report.category_id:
        return report.category.name
    return str(Kind(report.kind).label).capitalize()


def kecamatan_list() -> list[Region]:
    return list(Region.objects.filter(level=Region.Level.KECAMATAN).order_by("name"))


def service_attributes() -> list[dict]:
    """The extra fields every service takes (attribute[CODE]); none is required."""
    return [
        {"variable": True, "code": "judul", "datatype": "string", "required": False,
         "datatype_description": _("At most 200 characters."), "order": 1,
         "description": _("A short title. Without it, the beginning of the description is "
                          "used."), "values": []},
        {"variable": True, "code": "privasi", "datatype": "singlevaluelist", "required": False,
         "datatype_description": None, "order": 2,
         "description": _("Who may see the report. Without it: public."),
         "values": [{"key": choice.value, "name": str(choice.label)} for choice in Privacy]},
        {"variable": True, "code": "kecamatan", "datatype": "singlevaluelist",
         "required": False, "datatype_description": None, "order": 3,
         "description": _("The kecamatan where it happened."),
         "values": [{"key": region.code, "name": region.name} for region in kecamatan_list()]},
        {"variable": True, "code": "desa", "datatype": "string", "required": False,
         "datatype_description": _("The Kemendagri code of the desa or kelurahan, for example "
                                   "33.07.12.2004."), "order": 4,
         "description": _("The desa or kelurahan where it happened."), "values": []},
    ]


# --- Keys ---------------------------------------------------------------------------------


def client_key_find(raw: str) -> ClientKey | None:
    """The live key for `raw`, or None (unknown or revoked)."""
    raw = (raw or "").strip()
    if not raw or len(raw) > 200:
        return None
    return ClientKey.objects.filter(key_hash=key_hash(raw), revoked_at__isnull=True).first()


def client_keys() -> QuerySet[ClientKey]:
    return ClientKey.objects.select_related("created_by", "revoked_by").order_by(
        "revoked_at", "-created_at", "-id")


# --- Requests -----------------------------------------------------------------------------

# Jembatan's states as Open311's two (decision 0047): a report is open while someone still
# has to act on it or the reporter may still react to the answer (the model's OPEN_STATUSES).
OPEN311_STATUS = {status: ("open" if status in OPEN_STATUSES else "closed") for status in Status}


def statuses_for(open311_statuses: set[str]) -> list[str]:
    return [status for status, mapped in OPEN311_STATUS.items() if mapped in open311_statuses]


def visible_reports(*, client: ClientKey | None) -> QuerySet[Report]:
    """What a client may read: what the public list shows (verified, not rejected or merged,
    never rahasia), plus its own submissions in any state."""
    public = Q(privacy__in=(Privacy.PUBLIK, Privacy.ANONIM), status__in=PUBLIC_LIST_STATUSES)
    if client is not None:
        public |= Q(open311_submission__client=client)
    return Report.objects.filter(public).select_related(
        "category", "lead_agency", "kecamatan", "desa")


def requests_query(*, client: ClientKey | None, codes: list[str] | None = None,
                   service_codes: list[str] | None = None, statuses: set[str] | None = None,
                   start: dt.datetime | None = None, end: dt.datetime | None = None
                   ) -> list[Report]:
    reports = visible_reports(client=client)
    if codes is not None:
        return list(reports.filter(tracking_code__in=codes)[:MAX_ROWS])
    if service_codes:
        kinds = [code for code in service_codes if code in Kind.values]
        topics = [int(code[len(TOPIC_PREFIX):]) for code in service_codes
                  if code.startswith(TOPIC_PREFIX) and code[len(TOPIC_PREFIX):].isdigit()]
        reports = reports.filter(Q(category__isnull=True, kind__in=kinds)
                                 | Q(category_id__in=topics))
    if statuses:
        reports = reports.filter(status__in=statuses_for(statuses))
    if start is not None:
        reports = reports.filter(created_at__gte=start)
    if end is not None:
        reports = reports.filter(created_at__lte=end)
    return list(reports.order_by("-created_at", "-id")[:MAX_ROWS])


# --- Updates (mySociety's servicerequestupdates) --------------------------------------------

# Jembatan's states in the words of FixMyStreet's extended statuses, so a FixMyStreet-style
# site shows more than open/closed.
UPDATE_STATUS = {
    Status.BARU: "open",
    Status.DIDISPOSISIKAN: "investigating",
    Status.DIPROSES: "in_progress",
    Status.DITUNDA: "investigating",
    Status.DITINDAKLANJUTI: "fixed",
    Status.SELESAI: "closed",
    Status.DIGABUNG: "duplicate",
}
REJECTED_STATUS = {
    RejectionReason.OUTSIDE_REMIT: "not_councils_responsibility",
    RejectionReason.DUPLICATE: "duplicate",
}


def update_status(status: str, report: Report) -> str:
    if status == Status.DITOLAK:
        return REJECTED_STATUS.get(report.rejection_reason, "no_further_action")
    return UPDATE_STATUS[status]


@dataclass
class Update:
    update_id: str
    report: Report
    status: str
    at: dt.datetime
    text: str  # as typed; masked when rendered


def updates_between(*, client: ClientKey, start: dt.datetime, end: dt.datetime) -> list[Update]:
    """The public changes of state and the public answers of staff, oldest first. Internal
    notes, non-public timeline steps and the reporter's own messages are never updates."""
    reports = visible_reports(client=client)
    events = list(
        Event.objects.filter(report__in=reports.values("pk"), is_public=True,
                             created_at__gte=start, created_at__lte=end)
        .exclude(to_status="").exclude(action="submit")
        .select_related("report", "report__category").order_by("created_at", "id")[:MAX_ROWS]
    )
    answers = list(
        Message.objects.filter(report__in=reports.values("pk"),
                               visibility=Message.Visibility.PUBLIC, from_reporter=False,
                               created_at__gte=start, created_at__lte=end)
        .select_related("report", "report__category").order_by("created_at", "id")[:MAX_ROWS]
    )
    # An answer sent with a change of state (respond) is one update, not two.
    said = {(m.report_id, m.created_at): m for m in answers}
    updates = []
    for event in events:
        answer = said.pop((event.report_id, event.created_at), None)
        updates.append(Update(update_id=f"e{event.pk}", report=event.report,
                              status=update_status(event.to_status, event.report),
                              at=event.created_at, text=answer.body if answer else event.note))
    steps = _status_steps({answer.report_id for answer in said.values()})
    for answer in said.values():
        status = _status_at(steps.get(answer.report_id, []), answer.created_at,
                            answer.report.status)
        updates.append(Update(update_id=f"m{answer.pk}", report=answer.report,
                              status=update_status(status, answer.report),
                              at=answer.created_at, text=answer.body))
    updates.sort(key=lambda update: (update.at, update.update_id))
    return updates[:MAX_ROWS]


def _status_steps(report_ids: set[int]) -> dict[int, list[tuple[dt.datetime, str]]]:
    """Each report's changes of state, oldest first, in one query."""
    steps: dict[int, list[tuple[dt.datetime, str]]] = {}
    rows = (Event.objects.filter(report_id__in=report_ids).exclude(to_status="")
            .order_by("created_at", "id").values_list("report_id", "created_at", "to_status"))
    for report_id, at, status in rows:
        steps.setdefault(report_id, []).append((at, status))
    return steps


def _status_at(steps: list[tuple[dt.datetime, str]], at: dt.datetime, current: str) -> str:
    """The state the report was in at `at`: the last change at or before it."""
    before = [status for moment, status in steps if moment <= at]
    return before[-1] if before else current
