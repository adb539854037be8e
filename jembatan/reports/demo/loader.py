"""The reports of the Wonosobo demo: several hundred citizen reports over the last months, in
every state, each moved through the real actions so their timelines, clocks and audit trails
are what the product itself would have written.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from django.db import transaction
from django.utils import timezone

from jembatan.core.models import Agency, Membership, Region, User
from jembatan.core.quiet import notifications_suppressed
from jembatan.core.workdays import JAKARTA, WorkingCalendar
from jembatan.core.workflow import SYSTEM, Actor
from jembatan.reports import actions
from jembatan.reports.demo import content
from jembatan.reports.models import (
    CannedResponse,
    Category,
    Channel,
    Kind,
    Privacy,
    Report,
    Status,
)

DEMO_REPORTS = 420
# A year, so the performance figures' monthly trends and the forum's monthly report have twelve
# months to show.
HISTORY_DAYS = 365

# Where each report ends up: most are settled, every state is present.
TARGETS = [
    ("selesai", 34), ("ditindaklanjuti", 12), ("diproses", 14), ("didisposisikan", 9),
    ("baru", 8), ("returned", 3), ("ditolak", 7), ("ditunda", 5), ("digabung", 3),
    ("reopened", 3), ("objection", 2),
]
CHANNELS = [
    (Channel.WEB, 55), (Channel.API, 5), (Channel.PHONE, 12), (Channel.WALK_IN, 8),
    (Channel.LETTER, 5), (Channel.SMS, 5), (Channel.WHATSAPP, 6), (Channel.EMAIL, 4),
]
PRIVACY = [(Privacy.PUBLIK, 68), (Privacy.ANONIM, 22), (Privacy.RAHASIA, 10)]


def _pick(rng: random.Random, weighted: list[tuple]) -> str:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


class _Clock:
    """Moves a report's story forward in office hours, never past now."""

    def __init__(self, rng: random.Random, start: dt.datetime, now: dt.datetime) -> None:
        self.rng, self.moment, self.now = rng, start, now

    def later(self, min_hours: float, max_hours: float) -> dt.datetime:
        step = dt.timedelta(hours=self.rng.uniform(min_hours, max_hours))
        moment = (self.moment + step).astimezone(JAKARTA)
        if moment.hour >= 16:
            # After office hours: the next working morning, never earlier the same day (an
            # agency would then acknowledge a report before the coordinator disposed it).
            moment += dt.timedelta(days=1)
        if not 7 <= moment.hour < 16:
            moment = moment.replace(hour=self.rng.randint(8, 15), minute=self.rng.randint(0, 59))
        if moment.weekday() >= 5:
            moment += dt.timedelta(days=7 - moment.weekday())
        # Each step strictly after the one before, and none in the future: a story that
        # reaches today is told in the last minutes, in its order.
        moment = min(moment, self.now - dt.timedelta(minutes=30))
        self.moment = max(moment, self.moment + dt.timedelta(minutes=1))
        return self.moment


def _ensure_categories() -> dict[str, Category]:
    usual: dict[str, Counter] = {}
    for template in content.REPORT_TEMPLATES:
        usual.setdefault(template["category"], Counter())[template["agency"]] += 1
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    categories = {}
    for name, counts in usual.items():
        slug = counts.most_common(1)[0][0]
        categories[name], _ = Category.objects.get_or_create(
            name=name, defaults={"default_agency": agencies.get(slug)}
        )
    return categories


def _ensure_canned_responses() -> None:
    if CannedResponse.objects.exists():
        return
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    for item in content.CANNED_RESPONSES:
        CannedResponse.objects.create(
            title=item["title"], body=item["body"],
            agency=agencies.get(item["agency"]) if item["agency"] else None,
        )


def reports_demo_load(*, log=print, count: int = DEMO_REPORTS, seed: int = 33_07) -> None:
    _ensure_canned_responses()
    categories = _ensure_categories()
    if Report.objects.exists():
        log(f"Reports: {Report.objects.count()} (kept as they are)")
        return
    rng = random.Random(seed)
    now = timezone.now()
    coordinators = list(User.objects.filter(is_coordinator=True).order_by("username"))
    if not coordinators:
        log("Reports: skipped (no coordinator)")
        return
    staff = {}
    for membership in Membership.objects.select_related("user", "agency"):
        staff.setdefault(membership.agency_id, []).append(membership.user)
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    regions = {region.code: region for region in Region.objects.all()}
    all_agencies = list(agencies.values())
    calendar = WorkingCalendar.from_database()
    targets = [target for target, weight in TARGETS for _ in range(weight)]
    originals: list[Report] = []
    states = Counter()
    with notifications_suppressed():
        for number in range(count):
            template = content.REPORT_TEMPLATES[number % len(content.REPORT_TEMPLATES)]
            # The first hundred follow the target mix exactly, so every state is present.
            target = targets[number] if number < len(targets) else rng.choice(targets)
            age_days = rng.uniform(0.2, HISTORY_DAYS)
            if target in ("baru", "returned"):
                age_days = rng.uniform(0.1, 6)
            elif target in ("didisposisikan", "diproses", "ditunda", "reopened"):
                # Open reports are mostly recent; a few are old enough to be overdue.
                age_days = rng.uniform(3, 14) if rng.random() < 0.8 else age_days
            if target not in ("baru", "returned", "didisposisikan", "ditolak"):
                # Room for the whole story in office hours before today.
                age_days = max(age_days, 6 + rng.uniform(0, 4))
            received = (now - dt.timedelta(days=age_days)).astimezone(JAKARTA)
            report = _tell_story(
                rng=rng, template=template, target=target, received=received, now=now,
                coordinator=rng.choice(coordinators), staff=staff, agencies=agencies,
                all_agencies=all_agencies, regions=regions, categories=categories,
                originals=originals, calendar=calendar,
            )
            states[report.status] += 1
            if report.status in (Status.DIPROSES, Status.SELESAI, Status.DITINDAKLANJUTI):
                originals.append(report)
    summary = ", ".join(f"{state} {n}" for state, n in sorted(states.items()))
    log(f"Reports: {count} ({summary})")
    deadline_notices_as_history(now=now)
    _triage_demo(log)
    from jembatan.reports.demo.bell import reports_demo_bell

    log(f"Reports: {reports_demo_bell(now=now)} bell notifications from the last days")


def deadline_notices_as_history(*, now: dt.datetime) -> None:
    """The reminders and missed-deadline notices the scheduler would have sent while this
    history happened count as sent: its first run after loading sends only what is new, not
    one "tenggat terlewat" email per overdue report of the past year. Also called by the
    demos that make reports of their own (conversations converted to reports)."""
    from django.db.models import F

    from jembatan.reports.reminders import REMIND_WORKING_DAYS_BEFORE

    soon = WorkingCalendar.from_database().add_working_days(now, REMIND_WORKING_DAYS_BEFORE).due
    with_deadline = Report.objects.filter(deadline__isnull=False)
    with_deadline.filter(deadline__lte=now).update(overdue_notified_for=F("deadline"),
                                                   reminded_for=F("deadline"))
    with_deadline.filter(deadline__gt=now, deadline__lte=soon).update(reminded_for=F("deadline"))


def _triage_demo(log) -> None:
    """Suggestions and urgency on the demo's reports, and a routing model trained on the
    demo's dispositions, as the worker would have produced them."""
    from jembatan.reports import routing

    for report_id in Report.objects.values_list("pk", flat=True):
        routing.report_triage(report_id=report_id, notify=False)
    model = routing.router_retrain()
    if model is not None:
        log(f"Routing model v{model.pk}: {model.n_examples} dispositions, "
            f"held-out macro-F1 {model.macro_f1:.2f}")


@transaction.atomic
def _tell_story(*, rng, template, target, received, now, coordinator, staff, agencies,
                all_agencies, regions, categories, originals, calendar) -> Report:
    clock = _Clock(rng, received, now)
    channel = _pick(rng, CHANNELS)
    privacy = _pick(rng, PRIVACY)
    name = rng.choice(content.REPORTER_NAMES)
    username = name.lower().split()[0]
    entered_by = None
    lead = agencies[template["agency"]]
    if channel in (Channel.PHONE, Channel.WALK_IN, Channel.LETTER, Channel.SMS):
        entered_by = rng.choice(staff.get(lead.pk) or [coordinator])
    report, _key, _ = actions.report_submit(
        kind=template["kind"], title=template["title"], body=template["body"], privacy=privacy,
        kecamatan=regions.get(template["kecamatan"]), desa=regions.get(template["desa"]),
        address=template["address"], reporter_name=name,
        reporter_email=f"{username}{rng.randint(10, 99)}@contoh.id" if rng.random() < 0.6
        else "",
        reporter_phone=f"08{rng.choice(['12', '13', '21', '52', '57', '95'])}"
        f"{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.7 else "",
        channel=channel, entered_by=entered_by, category=categories.get(template["category"]),
        at=received,
    )
    coordinator_actor = Actor(user=coordinator)
    officers = staff.get(lead.pk) or []
    officer_actor = Actor(user=rng.choice(officers)) if officers else coordinator_actor
    reporter = Actor(is_reporter=True)

    if target == "baru":
        return report
    if target == "ditolak":
        reason = rng.choice(list(content.REJECTION_TEXTS))
        report = actions.report_reject(report=report, actor=coordinator_actor, reason=reason,
                              text=rng.choice(content.REJECTION_TEXTS[reason]),
                              at=clock.later(3, 40))
        return report
    # A duplicate is merged into a report received before it, so the original's timeline
    # does not show the merge before its own submission.
    earlier = [r for r in originals if r.created_at < report.created_at]
    if target == "digabung" and earlier:
        same_topic = [r for r in earlier if r.lead_agency_id == lead.pk] or earlier
        report = actions.report_merge(report=report, actor=coordinator_actor,
                             into=rng.choice(same_topic[-20:]), at=clock.later(3, 30))
        return report
    if target == "returned":
        wrong = rng.choice([a for a in all_agencies if a.pk != lead.pk and staff.get(a.pk)])
        report = actions.report_dispose(report=report, actor=coordinator_actor, agency=wrong,
                               at=clock.later(1, 20))
        report = actions.report_return(report=report, actor=Actor(user=rng.choice(staff[wrong.pk])),
                              reason=rng.choice(content.RETURN_REASONS), at=clock.later(1, 20))
        return report

    supporting = []
    if rng.random() < 0.12:
        supporting = [rng.choice([a for a in all_agencies if a.pk != lead.pk])]
    report = actions.report_dispose(report=report, actor=coordinator_actor, agency=lead,
                           supporting=supporting, at=clock.later(2, 50))
    if target == "didisposisikan":
        return report

    report = actions.report_acknowledge(report=report, actor=officer_actor, at=clock.later(2, 30))
    if rng.random() < 0.5:
        actions.message_post(report=report, actor=officer_actor, body=template["progress"],
                             visibility="public", at=clock.later(1, 20))
    if rng.random() < 0.4:
        actions.message_post(report=report, actor=officer_actor, visibility="internal",
                             body=rng.choice(content.INTERNAL_NOTES), at=clock.later(1, 10))
    if template["reporter_followup"] and rng.random() < 0.3:
        actions.message_post(report=report, actor=reporter, visibility="public",
                             body=template["reporter_followup"], at=clock.later(2, 30))
    if template["kind"] == Kind.INFORMASI and rng.random() < 0.3:
        report = actions.report_extend(report=report, actor=officer_actor, at=clock.later(1, 20),
                              reason="Dokumen yang diminta sedang dihimpun dari beberapa bidang.")
    if target == "diproses":
        return report
    if target == "ditunda":
        report = actions.report_hold(report=report, actor=officer_actor,
                            reason=rng.choice(content.HOLD_REASONS), at=clock.later(2, 40))
        return report

    report = actions.report_respond(report=report, actor=officer_actor, message=template["reply"],
                           at=clock.later(4, 80))
    if target == "reopened":
        report = actions.report_reopen(report=report, actor=reporter,
                              reason=rng.choice(content.REOPEN_REASONS), at=clock.later(4, 40))
        return report
    if target == "objection" and template["kind"] == Kind.INFORMASI:
        report = actions.report_object(report=report, actor=reporter, at=clock.later(4, 60),
                              reason="Data yang diberikan belum lengkap, rinciannya belum ada.")
        return report
    if target == "ditindaklanjuti":
        return report
    score = rng.choices([5, 4, 3, 2, 1], weights=[38, 30, 16, 9, 7])[0]
    if rng.random() < 0.7:
        actions.report_rate(report=report, actor=reporter, score=score,
                            comment=rng.choice(content.RATING_COMMENTS[score]),
                            at=clock.later(2, 48))
    if report.auto_close_at and report.auto_close_at < now and rng.random() < 0.5:
        report = actions.report_close(report=report, actor=SYSTEM, at=report.auto_close_at)
    else:
        report = actions.report_close(report=report, actor=reporter, at=clock.later(1, 48))
    return report
