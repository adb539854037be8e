"""Reports for `generate_load`: each one with the history the actions would have written.

Every report is walked through the same steps as `reports/actions.py` (submit, dispose or
reject or merge, acknowledge, hold, extend, respond, reopen, close, rate), each at a moment
after the one before, stopping at the first step that would lie in the future or where the
report stalls. What each step writes is written here too: the report's fields and clock (the
working-day clocks of `clocks.py` on the installation's calendar), one timeline event and one
audit entry per change, the messages (staff notes, the agency's answer, the reporter's reply),
the rating and the supporting agencies. So a generated report is valid by the same invariants
the actions keep: a disposed report has a lead agency and a disposition event, a closed one a
closing time, a running clock a stage and a deadline, a merged one its original.

The texts are the demo's (`demo/reports.toml`, `demo/texts.toml`) and the routing data's
citizens' messages (`triage/data/routing_*.csv`), recombined, each with the agency it belongs to.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import time
import tomllib
from dataclasses import dataclass
from itertools import accumulate

from django.db import connection
from django.urls import reverse

from jembatan.core.loadgen import (
    PACKAGE,
    Pipeline,
    Plan,
    TableWriter,
    audit_content_type,
    in_lanes,
    next_id,
)
from jembatan.core.models import Agency, AuditEntry, Jurisdiction, Membership, Region, User
from jembatan.core.workdays import JAKARTA, WorkingCalendar
from jembatan.reports import clocks
from jembatan.reports.codes import ALPHABET
from jembatan.reports.models import (
    PUBLIC_LIST_STATUSES,
    Category,
    Channel,
    Event,
    Kind,
    Message,
    Privacy,
    Rating,
    RejectionReason,
    Report,
    Stage,
    Status,
)

HOUR = 3600.0
DAY = 86400.0
CHANNELS = [Channel.WEB, Channel.API, Channel.PHONE, Channel.WALK_IN, Channel.LETTER,
            Channel.SMS, Channel.WHATSAPP, Channel.FACEBOOK, Channel.INSTAGRAM, Channel.EMAIL,
            Channel.OPEN311, Channel.LAPOR]
CHANNEL_WEIGHTS = [32, 5, 10, 5, 5, 4, 17, 8, 7, 5, 2, 3]
# Reports that an officer types in (a call, a visit, a letter, a message on a platform).
ENTERED = {Channel.PHONE, Channel.WALK_IN, Channel.LETTER, Channel.SMS, Channel.WHATSAPP,
           Channel.FACEBOOK, Channel.INSTAGRAM, Channel.EMAIL}
PRIVACY_WEIGHTS = [72, 20, 8]  # publik, anonim, rahasia
# The same draws as random.choices(…, weights), without summing the weights at every draw.
CHANNEL_CUMULATIVE = list(accumulate(CHANNEL_WEIGHTS))
PRIVACY_CUMULATIVE = list(accumulate(PRIVACY_WEIGHTS))
SCORE_CUMULATIVE = list(accumulate([5, 8, 20, 37, 30]))
STALL = 0.035  # share of reports that stop at a step (the overdue lists have to hold something)
PRIVACIES = list(Privacy.values)
REJECTION_REASONS = list(RejectionReason.values)


@dataclass(frozen=True)
class Item:
    agency: str
    kind: str
    title: str
    body: str
    reply: str
    progress: str
    followup: str
    category: str


def _clean(text: str) -> str:
    return " ".join(text.split())


def _title_of(text: str) -> str:
    """A title as people write one: the first clause, shortened at a word."""
    first = re.split(r"(?<=[.!?,])\s", text, maxsplit=1)[0].rstrip(".,!?")
    if len(first) > 90:
        first = first[:90].rsplit(" ", 1)[0] + "…"
    return first[:1].upper() + first[1:]


def _kind_of(text: str) -> str:
    lowered = text.lower()
    if "permohonan informasi" in lowered or "informasi publik" in lowered \
            or "salinan" in lowered:
        return Kind.INFORMASI
    if any(word in lowered for word in ("usul", "saran", "mohon dibangun", "sebaiknya")):
        return Kind.ASPIRASI
    if "?" in text or lowered.startswith(("bagaimana", "apakah", "kapan", "min ", "mau tanya")):
        return Kind.PERTANYAAN
    return Kind.PENGADUAN


def material() -> tuple[list[Item], dict]:
    texts = tomllib.loads((PACKAGE / "reports/demo/texts.toml").read_text())
    demo = tomllib.loads((PACKAGE / "reports/demo/reports.toml").read_text())["report"]
    replies_by_agency: dict[str, list[str]] = {}
    categories: dict[str, str] = {}
    items = []
    for row in demo:
        reply = _clean(row.get("reply", ""))
        items.append(Item(row["agency"], row["kind"], _clean(row["title"]), _clean(row["body"]),
                          reply, _clean(row.get("progress", "")),
                          _clean(row.get("reporter_followup", "")), row.get("category", "")))
        if reply:
            replies_by_agency.setdefault(row["agency"], []).append(reply)
        categories.setdefault(row["agency"], row.get("category", ""))
    canned = [_clean(c["body"]) for c in texts["canned_response"]]
    for name in ("routing_train.csv", "routing_test.csv"):
        with (PACKAGE / "triage/data" / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                body = _clean(row["text"])
                items.append(Item(row["agency"], _kind_of(body), _title_of(body), body,
                                  "", "", "", categories.get(row["agency"], "")))
    return items, {"texts": texts, "replies": replies_by_agency, "canned": canned}


class Clock:
    """The working-day arithmetic of `clocks.py`, remembered per start day: the due moment
    depends only on the local day a clock starts and its length."""

    def __init__(self) -> None:
        self.calendar = WorkingCalendar.from_database()
        self.cache: dict[tuple[dt.date, int], dt.datetime] = {}
        self.tables = {stage: clocks.policy_table(stage=stage) for stage in Stage.values}

    def due(self, start: dt.datetime, days: int) -> dt.datetime:
        key = (start.astimezone(JAKARTA).date(), days)
        found = self.cache.get(key)
        if found is None:
            found = self.calendar.add_working_days(start, days).due
            self.cache[key] = found
        return found

    def days(self, stage: str, kind: str, agency_id: int | None) -> int:
        return self.tables[stage](kind=kind, agency_id=agency_id)


class ReportGenerator:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.rng = plan.rng
        self.items, extra = material()
        self.texts = extra["texts"]
        self.replies = extra["replies"]
        self.canned = extra["canned"]
        self.clock = Clock()
        jurisdiction = Jurisdiction.current()
        self.prefix = jurisdiction.code if jurisdiction else "JBT"
        self.agencies = {a.slug: a for a in Agency.objects.filter(is_active=True)}
        self.agency_ids = [a.pk for a in self.agencies.values()]
        self.agency_names = {a.pk: str(a) for a in self.agencies.values()}
        by_agency: dict[str, list[Item]] = {}
        for item in self.items:
            if item.agency in self.agencies:
                by_agency.setdefault(item.agency, []).append(item)
        self.by_agency = by_agency
        # A few agencies receive most reports, as in life; every agency receives some.
        slugs = sorted(by_agency)
        weights = [self.rng.paretovariate(1.3) for _ in slugs]
        self.slugs, self.slug_cumulative = slugs, list(accumulate(weights))
        self.villages = list(Region.objects.filter(level=Region.Level.DESA).values_list(
            "code", "parent_id")) + list(Region.objects.filter(
                level=Region.Level.KELURAHAN).values_list("code", "parent_id"))
        self.region_names = dict(Region.objects.values_list("code", "name"))
        self.coordinators = list(User.objects.filter(is_coordinator=True, is_active=True))
        self.officers = self._officers()
        self.categories = self._categories()
        self.content_type = audit_content_type(Report)
        self.url_template = reverse("reports:detail", kwargs={"code": "CODE"})
        self.seen_codes = set(Report.objects.values_list("tracking_code", flat=True))
        self.reject_labels = {r: str(RejectionReason(r).label) for r in RejectionReason.values}
        self.channel_labels = {c: str(Channel(c).label) for c in Channel.values}
        self.auto_note = str(_auto_note())
        self.search_cache: dict[str, tuple[str, str]] = {}
        self.place_terms: dict[str, str] = {}
        self.merge_pool: list[tuple[int, str]] = []
        self.code_lane = (0, 1)

    def _officers(self) -> dict[int, list[User]]:
        """The officers of each agency; an agency without anyone gets one generated officer so
        every agency's reports are handled by a person, as they would be."""
        found: dict[int, list[User]] = {}
        for membership in Membership.objects.select_related("user").filter(
                agency_id__in=self.agency_ids, user__is_active=True):
            found.setdefault(membership.agency_id, []).append(membership.user)
        for agency in self.agencies.values():
            if agency.pk not in found:
                user, _created = User.objects.get_or_create(
                    username=f"petugas.{agency.slug}"[:150],
                    defaults={"full_name": f"Petugas {agency.short_name or agency.name}"[:150]})
                if _created:
                    user.set_unusable_password()
                    user.save()
                Membership.objects.get_or_create(user=user, agency=agency)
                found[agency.pk] = [user]
        return found

    def _categories(self) -> dict[str, int]:
        names = {item.category: item.agency for item in self.items if item.category}
        result = {}
        for name, slug in names.items():
            category, _created = Category.objects.get_or_create(
                name=name, defaults={"default_agency": self.agencies.get(slug)})
            result[name] = category.pk
        return result

    # --- one report --------------------------------------------------------------------------

    def _code(self) -> str:
        rng = self.rng
        # Processes making reports at once draw their first letter from letters of their own,
        # so two of them never give the same code.
        lane, lanes = self.code_lane
        firsts = ALPHABET[lane::lanes]
        while True:
            code = f"{self.prefix}-{rng.choice(firsts)}{''.join(rng.choices(ALPHABET, k=3))}-" \
                   f"{''.join(rng.choices(ALPHABET, k=2))}"
            if code not in self.seen_codes:
                self.seen_codes.add(code)
                return code

    def _later(self, moment: dt.datetime, mean_seconds: float, least: float = 300) -> dt.datetime:
        return moment + dt.timedelta(seconds=least + self.rng.expovariate(1 / mean_seconds))

    def generate(self, report_id: int, created: dt.datetime, w: dict) -> None:
        rng, now = self.rng, self.plan.now
        slug = rng.choices(self.slugs, cum_weights=self.slug_cumulative)[0]
        agency = self.agencies[slug]
        item = rng.choice(self.by_agency[slug])
        desa, kecamatan = rng.choice(self.villages)
        channel = rng.choices(CHANNELS, cum_weights=CHANNEL_CUMULATIVE)[0]
        privacy = rng.choices(PRIVACIES, cum_weights=PRIVACY_CUMULATIVE)[0]
        code = self._code()
        coordinator = rng.choice(self.coordinators) if self.coordinators else None
        entered_by = (coordinator if channel in ENTERED else None)
        officer = rng.choice(self.officers[agency.pk])
        name = rng.choice(self._names())
        if privacy == Privacy.ANONIM and rng.random() < 0.5:
            name = ""
        kind = item.kind
        report = {
            "id": report_id, "tracking_code": code,
            "access_key_hash": hashlib.sha256(f"{code}{rng.random()}".encode()).hexdigest(),
            "kind": kind, "title": item.title[:200], "body": item.body, "privacy": privacy,
            "channel": channel, "category_id": self.categories.get(item.category),
            "kecamatan_id": kecamatan, "desa_id": desa, "reporter_name": name,
            "entered_by_id": entered_by.pk if entered_by else None,
            "suggested_agency_id": agency.pk, "suggestion_confidence": round(
                rng.uniform(0.35, 0.97), 3),
            "is_urgent": rng.random() < 0.03, "created_at": created,
            "lead_agency_id": None, "assigned_to_id": None, "is_returned": False,
            "merged_into_id": None, "rejection_reason": "", "is_auto_disposed": False,
            "deadline_stage": "", "deadline_start": None, "deadline_days": None,
            "deadline": None, "held_status": "", "held_days_left": None, "is_extended": False,
            "disposed_at": None, "first_response_at": None, "responded_at": None,
            "auto_close_at": None, "closed_at": None, "status": Status.BARU,
        }
        history = History(self, report, w)
        # Submit (actions.report_submit): verification clock from receipt.
        self._start_clock(report, Stage.VERIFICATION, created, None)
        history.event("submit", created, actor=entered_by, from_status="",
                      note=self.channel_labels[channel] if entered_by else "")
        history.audit("submit", created, actor=entered_by, as_reporter=entered_by is None,
                      changes={"status": [None, "baru"], "kind": [None, kind],
                               "channel": [None, channel]})
        at = self._later(created, 18 * HOUR)
        roll = rng.random()
        if at > now or rng.random() < STALL * 0.3:
            return history.finish(at=created)
        if roll < 0.05:
            reason = rng.choice(REJECTION_REASONS)
            text = rng.choice(self.texts["rejection_texts"][reason])
            report.update(status=Status.DITOLAK, rejection_reason=reason, closed_at=at)
            self._stop_clock(report)
            history.transition("reject", at, actor=coordinator, from_status=Status.BARU,
                               note=f"{self.reject_labels[reason]}. {text}",
                               changes={"rejection_reason": [None, reason]})
            return history.finish(at=at)
        if roll < 0.065 and self.merge_pool:
            into_id, into_code = rng.choice(self.merge_pool)
            report.update(status=Status.DIGABUNG, merged_into_id=into_id, closed_at=at)
            self._stop_clock(report)
            history.transition("merge", at, actor=coordinator, from_status=Status.BARU,
                               note=into_code, changes={"merged_into": [None, into_code]})
            w["events"].add({"report_id": into_id, "action": "merged_in", "from_status": "",
                             "to_status": "", "actor_id": coordinator.pk if coordinator else None,
                             "agency_id": None, "is_public": False, "note": code,
                             "created_at": at})
            return history.finish(at=at)
        # Dispose (actions.report_dispose), sometimes by the routing model.
        auto = rng.random() < 0.15
        report.update(status=Status.DIDISPOSISIKAN, lead_agency_id=agency.pk, disposed_at=at,
                      is_auto_disposed=auto)
        stage = clocks.agency_stage(kind)
        self._start_clock(report, stage, created if stage == Stage.INFORMATION else at,
                          agency.pk)
        history.transition("dispose", at, actor=None if auto else coordinator,
                           from_status=Status.BARU, agency=agency.pk,
                           note=self.auto_note if auto else "",
                           changes={"lead_agency": ["", self.agency_names[agency.pk]]})
        if not auto and rng.random() < 0.3:
            history.message(Message.Visibility.INTERNAL, rng.choice(self.texts["internal_notes"]),
                            at, author=coordinator)
        if rng.random() < 0.03:
            helper = rng.choice(self.agency_ids)
            if helper != agency.pk:
                w["supporting"].add({"report_id": report_id, "agency_id": helper})
        if report_id % 5 == 0 and len(self.merge_pool) < 5000:
            self.merge_pool.append((report_id, code))
        elif report_id % 5 == 0:
            self.merge_pool[rng.randrange(len(self.merge_pool))] = (report_id, code)
        # Acknowledge (actions.report_acknowledge).
        at = self._later(at, 20 * HOUR)
        if at > now or rng.random() < STALL:
            return history.finish(at=report["disposed_at"])
        report.update(status=Status.DIPROSES, first_response_at=at, assigned_to_id=officer.pk)
        history.transition("acknowledge", at, actor=officer, from_status=Status.DIDISPOSISIKAN,
                           agency=agency.pk)
        if item.progress or rng.random() < 0.3:
            note_at = self._later(at, 10 * HOUR)
            if note_at < now:
                history.message(Message.Visibility.INTERNAL,
                                item.progress or rng.choice(self.texts["internal_notes"]),
                                note_at, author=officer, agency=agency.pk)
                history.audit("message", note_at, actor=officer,
                              changes={"visibility": [None, "internal"]})
        if kind == Kind.INFORMASI and rng.random() < 0.15:
            ext_at = self._later(at, 2 * DAY)
            if ext_at < now and report["deadline"] is not None:
                before = report["deadline"]
                report["is_extended"] = True
                report["deadline_days"] += clocks.EXTENSION_DAYS
                report["deadline"] = self.clock.due(report["deadline_start"],
                                                    report["deadline_days"])
                reason = "Dokumen yang diminta perlu dihimpun dari beberapa bidang."
                history.event("extend", ext_at, actor=officer, from_status=report["status"],
                              agency=agency.pk, note=reason)
                history.audit("extend", ext_at, actor=officer, note=reason, changes={
                    "deadline": [before.isoformat(), report["deadline"].isoformat()]})
                at = ext_at
        if rng.random() < 0.04:
            hold_at = self._later(at, DAY)
            if hold_at < now:
                days_left = 0
                if report["deadline"] and report["deadline"] > hold_at:
                    days_left = self.clock.calendar.working_days_between(hold_at,
                                                                         report["deadline"])
                report.update(status=Status.DITUNDA, held_status=Status.DIPROSES,
                              held_days_left=days_left, deadline=None)
                history.transition("hold", hold_at, actor=officer, from_status=Status.DIPROSES,
                                   agency=agency.pk, note=rng.choice(self.texts["hold_reasons"]))
                return history.finish(at=hold_at)
        reopened = False
        while True:
            # Respond (actions.report_respond): the reporter then has 10 working days.
            at = self._later(at, 2.5 * DAY, least=HOUR)
            if at > now or rng.random() < STALL:
                return history.finish(at=at if at <= now else None)
            history.message(Message.Visibility.PUBLIC, self._reply(item, name, code, report),
                            at, author=officer, agency=agency.pk)
            report.update(status=Status.DITINDAKLANJUTI, responded_at=at,
                          auto_close_at=self.clock.due(at, clocks.AUTO_CLOSE_DAYS))
            self._stop_clock(report)
            history.transition("respond", at, actor=officer, from_status=Status.DIPROSES,
                               agency=agency.pk)
            if not reopened and rng.random() < 0.03:
                reopen_at = self._later(at, DAY)
                if reopen_at < min(now, report["auto_close_at"]):
                    reopened = True
                    report.update(status=Status.DIPROSES, auto_close_at=None)
                    self._start_clock(report, Stage.FOLLOW_UP, reopen_at, agency.pk)
                    history.transition("reopen", reopen_at, actor=None, as_reporter=True,
                                       from_status=Status.DITINDAKLANJUTI, agency=agency.pk,
                                       note=rng.choice(self.texts["reopen_reasons"]))
                    at = reopen_at
                    continue
            break
        # Close: the reporter confirms, or the system after the 10 working days.
        by_reporter = rng.random() < 0.25
        close_at = self._later(at, 2 * DAY) if by_reporter else report["auto_close_at"]
        if close_at > report["auto_close_at"]:
            by_reporter, close_at = False, report["auto_close_at"]
        if close_at > now:
            return history.finish(at=at)
        if by_reporter and item.followup:
            history.message(Message.Visibility.PUBLIC, item.followup, close_at,
                            from_reporter=True)
            history.audit("message", close_at, as_reporter=True,
                          changes={"visibility": [None, "public"]})
        report.update(status=Status.SELESAI, closed_at=close_at, auto_close_at=None)
        history.transition("close" if by_reporter else "auto_close", close_at, actor=None,
                           as_reporter=by_reporter, from_status=Status.DITINDAKLANJUTI)
        if rng.random() < 0.35:
            score = rng.choices((1, 2, 3, 4, 5), cum_weights=SCORE_CUMULATIVE)[0]
            comments = self.texts["rating_comments"][str(score)]
            rated = close_at + dt.timedelta(minutes=rng.randint(1, 600))
            if rated < now:
                w["ratings"].add({"report_id": report_id, "score": score,
                                  "comment": rng.choice(comments) if rng.random() < 0.5 else "",
                                  "created_at": rated})
                history.audit("rate", rated, as_reporter=True, changes={"score": [None, score]})
        return history.finish(at=close_at)

    def _names(self):
        from jembatan.core.loadgen import reporter_names

        return reporter_names()

    def _reply(self, item: Item, name: str, code: str, report: dict) -> str:
        if item.reply:
            return item.reply
        replies = self.replies.get(item.agency)
        if replies and self.rng.random() < 0.5:
            return self.rng.choice(replies)
        return self.rng.choice(self.canned).format(
            nama=name or "Bapak/Ibu", kode=code,
            tenggat=report["deadline"].astimezone(JAKARTA).strftime("%d-%m-%Y")
            if report["deadline"] else "tujuh hari kerja")

    def _start_clock(self, report: dict, stage: str, start: dt.datetime,
                     agency_id: int | None) -> None:
        days = self.clock.days(stage, report["kind"], agency_id)
        report.update(deadline_stage=stage, deadline_start=start, deadline_days=days,
                      deadline=self.clock.due(start, days))

    @staticmethod
    def _stop_clock(report: dict) -> None:
        report.update(deadline_stage="", deadline_start=None, deadline_days=None, deadline=None)

    # --- search ------------------------------------------------------------------------------

    def search_row(self, report: dict, now: dt.datetime) -> dict | None:
        """The search document `reports/search_documents.py` would write, with the normalised
        words of each text worked out once (the texts recur)."""
        if report["status"] not in PUBLIC_LIST_STATUSES or report["privacy"] == Privacy.RAHASIA:
            return None
        from jembatan.reports.selectors import official_contacts
        from jembatan.search.engines import facets
        from jembatan.search.text import terms
        from jembatan.triage.privacy import mask_personal_data

        key = report["title"] + "\x00" + report["body"]
        found = self.search_cache.get(key)
        if found is None:
            keep = official_contacts()
            title = mask_personal_data(report["title"], keep=keep)
            body = mask_personal_data(report["body"], keep=keep)
            found = (title, body, terms(title), terms(body))
            self.search_cache[key] = found
        title, body, title_terms, body_terms = found
        places = report["kecamatan_id"] + report["desa_id"]
        place_terms = self.place_terms.get(places)
        if place_terms is None:
            place_terms = terms(" ".join((self.region_names[report["kecamatan_id"]],
                                          self.region_names[report["desa_id"]])))
            self.place_terms[places] = place_terms
        agency_id = report["lead_agency_id"]
        return {"kind": "laporan", "object_id": report["id"], "agency_id": agency_id,
                "title": title[:300], "body": body,
                "url": self.url_template.replace("CODE", report["tracking_code"]),
                "date": report["created_at"], "title_terms": title_terms,
                "body_terms": f"{body_terms} {place_terms}",
                "facets": facets(kind="laporan", agency_id=agency_id), "indexed_at": now}


def _auto_note():
    from django.utils.translation import gettext

    return gettext("Assigned automatically by the routing model.")


class History:
    """The events, audit entries and messages of one report, as the actions write them."""

    def __init__(self, generator: ReportGenerator, report: dict, writers: dict) -> None:
        self.g = generator
        self.report = report
        self.w = writers

    def event(self, action: str, at: dt.datetime, *, actor: User | None, from_status: str,
              note: str = "", agency: int | None = None, is_public: bool = True) -> None:
        self.w["events"].add({
            "report_id": self.report["id"], "action": action, "from_status": from_status,
            "to_status": self.report["status"], "actor_id": actor.pk if actor else None,
            "agency_id": agency, "is_public": is_public, "note": note, "created_at": at})

    def audit(self, action: str, at: dt.datetime, *, actor: User | None = None,
              as_reporter: bool = False, changes: dict, note: str = "") -> None:
        # Never the reporter's identity: "pelapor" (actions._audit).
        label = "pelapor" if as_reporter else (str(actor) if actor else "sistem")
        self.w["audit"].add({
            "created_at": at, "actor_id": None if as_reporter or actor is None else actor.pk,
            "actor_label": label, "action": f"report_{action}",
            "content_type_id": self.g.content_type, "object_id": str(self.report["id"]),
            "object_repr": self.report["tracking_code"],
            "agency_id": self.report["lead_agency_id"], "changes": changes, "note": note})

    def transition(self, action: str, at: dt.datetime, *, actor: User | None, from_status: str,
                   note: str = "", agency: int | None = None, as_reporter: bool = False,
                   changes: dict | None = None) -> None:
        is_public = action not in ("undo_dispose", "return")
        self.event(action, at, actor=None if as_reporter else actor, from_status=from_status,
                   note=note, agency=agency, is_public=is_public)
        self.audit(action, at, actor=actor, as_reporter=as_reporter, note=note,
                   changes={"status": [from_status, self.report["status"]], **(changes or {})})

    def message(self, visibility: str, body: str, at: dt.datetime, *, author: User | None = None,
                agency: int | None = None, from_reporter: bool = False) -> None:
        self.w["messages"].add({
            "report_id": self.report["id"], "visibility": visibility, "body": body,
            "author_id": author.pk if author else None, "author_agency_id": agency,
            "from_reporter": from_reporter, "created_at": at})

    def finish(self, *, at: dt.datetime | None) -> None:
        report = self.report
        report["updated_at"] = max(filter(None, (at, report["created_at"],
                                                 report["closed_at"], report["responded_at"])))
        self.w["reports"].add(report)
        document = self.g.search_row(report, self.g.plan.now)
        if document is not None:
            self.w["search"].add(document)


def generate(plan: Plan) -> None:
    from jembatan.search.models import SearchDocument

    if plan.reports <= 0:
        return
    generator = ReportGenerator(plan)
    report_columns = [
        "id", "tracking_code", "access_key_hash", "kind", "title", "body", "privacy", "status",
        "channel", "category_id", "kecamatan_id", "desa_id", "reporter_name", "entered_by_id",
        "lead_agency_id", "assigned_to_id", "is_returned", "merged_into_id", "rejection_reason",
        "is_urgent", "suggested_agency_id", "suggestion_confidence", "is_auto_disposed",
        "deadline_stage", "deadline_start", "deadline_days", "deadline", "held_status",
        "held_days_left", "is_extended", "created_at", "updated_at", "disposed_at",
        "first_response_at", "responded_at", "auto_close_at", "closed_at"]
    through = Report.supporting_agencies.through
    writers = {
        "reports": TableWriter(Report, report_columns),
        "events": TableWriter(Event, ["report_id", "action", "from_status", "to_status",
                                      "actor_id", "agency_id", "is_public", "note",
                                      "created_at"]),
        "audit": TableWriter(AuditEntry, ["created_at", "actor_id", "actor_label", "action",
                                          "content_type_id", "object_id", "object_repr",
                                          "agency_id", "changes", "note"]),
        "messages": TableWriter(Message, ["report_id", "visibility", "body", "author_id",
                                          "author_agency_id", "from_reporter", "created_at"]),
        "ratings": TableWriter(Rating, ["report_id", "score", "comment", "created_at"]),
        "supporting": TableWriter(through, ["report_id", "agency_id"]),
        "search": TableWriter(SearchDocument, ["kind", "object_id", "agency_id", "title", "body",
                                               "url", "date", "title_terms", "body_terms",
                                               "facets", "indexed_at"]),
    }
    first = next_id(Report)
    moments = plan.sorted_moments(plan.reports)
    started = time.perf_counter()
    # Reports first in each batch: the others point to them (and merges to earlier ones).
    order = ["reports", "events", "audit", "messages", "ratings", "supporting", "search"]

    def lane_work(lane: int, lanes: int) -> dict[str, int]:
        generator.code_lane = (lane, lanes)
        pipeline = Pipeline()
        try:
            for offset in range(lane * plan.batch, plan.reports, lanes * plan.batch):
                chunk = moments[offset:offset + plan.batch]
                for n, created in enumerate(chunk):
                    generator.generate(first + offset + n, created, writers)
                pipeline.submit([writers[name] for name in order])
                done = offset + len(chunk)
                if done % max(plan.batch, 100_000) < plan.batch or done == plan.reports:
                    plan.log(f"  reports: {done:,} ({time.perf_counter() - started:.0f} s)")
        finally:
            pipeline.close()
        return {f"reports.{name}": writers[name].written for name in order}

    plan.counts.update(in_lanes(plan, lane_work))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE reports_report")
