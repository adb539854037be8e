"""What each report, conversation, post and consultation contributes to the figures.

One function per source reads the rows of a span of days and returns one fact per row, already
measured (on time or not, hours, days); `Tally` adds facts up. The figures a page shows are a
Tally turned into rates and medians (selectors.py). The rollup tables (rollups.py) store Tallies
per agency and day, so the figures of any period are the sum of its days' Tallies — the same
numbers as counting the rows directly, which tests/test_rollups.py checks on random data.

Every definition is stated once, in metrics.py, in words; this module is that text as code.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce

from jembatan.core.workdays import WorkingCalendar
from jembatan.insights.workdays import WorkdayTable, local_date, local_midnight

# Conversations on these channels are the social-media and email figures (the web question form
# is a report channel in spirit and is counted with the reports' first response).
SOCIAL_CHANNELS = ("whatsapp", "facebook", "instagram", "email")
INFORMATIF = "informatif"
RATED_LABELS = ("informatif", "seremonial")

# First public response times are kept to a tenth of an hour (6 minutes): fine enough for a
# median, coarse enough that a day's histogram stays small.
HOUR_STEP = 10


@dataclass(frozen=True)
class ReportFact:
    agency_id: int
    day: dt.date  # the Jakarta day it was disposed to the agency
    channel: str
    kind: str
    category_id: int  # 0: none
    kecamatan_id: str  # Kemendagri code; "": none
    verified_on_time: bool
    followed_up_on_time: bool | None  # None: its clock is still running and it has no answer
    first_response_tenths: int | None  # working hours × 10 from disposition to first response
    resolution_days: int | None  # working days from arrival to the answer
    answered: bool
    reopened: bool
    rating: int | None
    status: str = ""  # the report's state now (the open data's status columns)


@dataclass(frozen=True)
class ConversationFact:
    agency_id: int
    day: dt.date  # the Jakarta day the conversation started
    channel: str
    needed_reply: bool
    answered: bool
    reply_minutes: int | None


@dataclass(frozen=True)
class PostFact:
    agency_id: int
    day: dt.date  # the Jakarta day it was published
    informative: bool


@dataclass(frozen=True)
class ConsultationFact:
    agency_id: int
    day: dt.date  # the Jakarta day it closed
    participants: int
    answer_days: int | None  # working days from closing to the published answer


def _hist_add(hist: dict[int, int], value: int, count: int = 1) -> None:
    hist[value] = hist.get(value, 0) + count


def quantile(hist: dict[int, int], q: float) -> float | None:
    """The q-quantile of a histogram {value: count}. The median (q=0.5) is the middle value, or
    the mean of the middle two; other quantiles take the nearest rank (ceil(q·n)-th value)."""
    total = sum(hist.values())
    if not total:
        return None
    values = sorted(hist)

    def nth(rank: int) -> int:  # 1-based
        seen = 0
        for value in values:
            seen += hist[value]
            if seen >= rank:
                return value
        return values[-1]

    if q == 0.5:
        return (nth((total + 1) // 2) + nth((total + 2) // 2)) / 2
    return float(nth(max(1, math.ceil(q * total))))


@dataclass
class Tally:
    """Counts and histograms that add up across days and agencies."""

    received: int = 0
    verified_on_time: int = 0
    follow_up_measured: int = 0
    followed_up_on_time: int = 0
    answered: int = 0
    reopened: int = 0
    first_response: dict[int, int] = field(default_factory=dict)  # tenths of an hour → n
    resolution: dict[int, int] = field(default_factory=dict)  # working days → n
    ratings: dict[int, int] = field(default_factory=dict)  # 1..5 → n
    social_needed: int = 0
    social_answered: int = 0
    social_minutes: dict[int, int] = field(default_factory=dict)  # minutes → n
    posts_rated: int = 0
    posts_informative: int = 0
    consultation_participants: int = 0
    consultation_answer: dict[int, int] = field(default_factory=dict)  # working days → n

    COUNTS = ("received", "verified_on_time", "follow_up_measured", "followed_up_on_time",
              "answered", "reopened", "social_needed", "social_answered", "posts_rated",
              "posts_informative", "consultation_participants")
    HISTOGRAMS = ("first_response", "resolution", "ratings", "social_minutes",
                  "consultation_answer")

    def add(self, other: Tally) -> None:
        for name in self.COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in self.HISTOGRAMS:
            mine = getattr(self, name)
            for value, count in getattr(other, name).items():
                _hist_add(mine, int(value), count)

    def add_report(self, fact: ReportFact) -> None:
        self.received += 1
        self.verified_on_time += fact.verified_on_time
        if fact.followed_up_on_time is not None:
            self.follow_up_measured += 1
            self.followed_up_on_time += fact.followed_up_on_time
        if fact.first_response_tenths is not None:
            _hist_add(self.first_response, fact.first_response_tenths)
        if fact.resolution_days is not None:
            _hist_add(self.resolution, fact.resolution_days)
        if fact.answered:
            self.answered += 1
            self.reopened += fact.reopened
        if fact.rating is not None:
            _hist_add(self.ratings, fact.rating)

    def add_conversation(self, fact: ConversationFact) -> None:
        if fact.needed_reply:
            self.social_needed += 1
            self.social_answered += fact.answered
        if fact.reply_minutes is not None:
            _hist_add(self.social_minutes, fact.reply_minutes)

    def add_post(self, fact: PostFact) -> None:
        self.posts_rated += 1
        self.posts_informative += fact.informative

    def add_consultation(self, fact: ConsultationFact) -> None:
        self.consultation_participants += fact.participants
        if fact.answer_days is not None:
            _hist_add(self.consultation_answer, fact.answer_days)

    @classmethod
    def of(cls, *, reports: Iterable[ReportFact] = (), conversations=(), posts=(),
           consultations=()) -> Tally:
        tally = cls()
        for fact in reports:
            tally.add_report(fact)
        for fact in conversations:
            tally.add_conversation(fact)
        for fact in posts:
            tally.add_post(fact)
        for fact in consultations:
            tally.add_consultation(fact)
        return tally


# --- Reading the facts -----------------------------------------------------------------------


def day_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) in Jakarta time covering the days first..last."""
    return local_midnight(first), local_midnight(last + dt.timedelta(days=1))


def workday_table(first: dt.date, last: dt.date,
                  calendar: WorkingCalendar | None = None) -> WorkdayTable:
    return WorkdayTable.around(calendar or WorkingCalendar.from_database(), first, last)


def report_facts(*, first: dt.date, last: dt.date, now: dt.datetime, table: WorkdayTable,
                 agency_ids: Iterable[int] | None = None) -> Iterator[ReportFact]:
    """One fact per report disposed to a lead agency on the days first..last (Jakarta)."""
    from jembatan.reports import clocks
    from jembatan.reports.models import Event, Report, Stage, Status

    start, end = day_bounds(first, last)
    rows = Report.objects.filter(lead_agency__isnull=False, disposed_at__gte=start,
                                 disposed_at__lt=end)
    if agency_ids is not None:
        rows = rows.filter(lead_agency_id__in=list(agency_ids))
    events = Event.objects.filter(report=OuterRef("pk"))
    rows = rows.annotate(
        # The first answer counts for "on time", even when a reopened report was answered again
        # (a report imported without its timeline has only its last answer).
        first_answer_at=Coalesce(Subquery(events.filter(action="respond")
                                          .order_by("created_at", "id").values("created_at")[:1]),
                                 "responded_at"),
        was_reopened=Exists(events.filter(action="reopen")),
    ).order_by().values_list(
        "lead_agency_id", "kind", "channel", "category_id", "kecamatan_id", "status",
        "created_at", "disposed_at", "first_response_at", "responded_at", "is_extended",
        "first_answer_at", "was_reopened", "rating__score",
    )
    verification_days = clocks.policy_table(stage=Stage.VERIFICATION)
    agency_days = {stage: clocks.policy_table(stage=stage)
                   for stage in (Stage.FOLLOW_UP, Stage.INFORMATION)}
    today = local_date(now)
    answered_statuses = (Status.DITINDAKLANJUTI, Status.SELESAI)
    for (agency_id, kind, channel, category_id, kecamatan_id, status, created_at, disposed_at,
         first_response_at, responded_at, is_extended, first_answer_at, reopened,
         score) in rows.iterator(chunk_size=5000):
        # Verification (LAPOR!, PermenPANRB 62/2018): disposed within 3 working days of arrival.
        verify_due = table.due_date(created_at, verification_days(kind=kind, agency_id=None))
        verified_on_time = local_date(disposed_at) <= verify_due
        # Follow-up: 5 working days from disposition; an information request 10 (+7 when
        # extended) from receipt (UU 14/2008 art. 22), exactly as reports.actions starts them.
        stage = clocks.agency_stage(kind)
        days = agency_days[stage](kind=kind, agency_id=agency_id)
        if stage == Stage.INFORMATION:
            clock_start = created_at
            days += clocks.EXTENSION_DAYS if is_extended else 0
        else:
            clock_start = disposed_at
        follow_due = table.due_date(clock_start, days)
        if first_answer_at is not None:
            followed = local_date(first_answer_at) <= follow_due
        elif today > follow_due:
            followed = False
        else:
            followed = None
        first_tenths = None
        if first_response_at is not None:
            hours = table.working_hours(disposed_at, first_response_at)
            first_tenths = round(hours * HOUR_STEP)
        answered = status in answered_statuses and responded_at is not None
        resolution = table.days_between(created_at, responded_at) if answered else None
        yield ReportFact(
            agency_id=agency_id, day=local_date(disposed_at), channel=channel, kind=kind,
            category_id=category_id or 0, kecamatan_id=kecamatan_id or "",
            verified_on_time=verified_on_time, followed_up_on_time=followed,
            first_response_tenths=first_tenths, resolution_days=resolution,
            answered=first_answer_at is not None, reopened=bool(reopened), rating=score,
            status=status,
        )


def conversation_facts(*, first: dt.date, last: dt.date,
                       agency_ids: Iterable[int] | None = None) -> Iterator[ConversationFact]:
    """One fact per social-media or email conversation started on the days first..last.

    The same definitions as the conversations' own response metrics (connectors/metrics.py):
    it needed a reply when it was answered or is still waiting; the time to answer runs from the
    first message that needed a reply to the first reply staff sent.
    """
    from jembatan.connectors.models import Conversation

    start, end = day_bounds(first, last)
    # Spam is left out, as in the response metrics.
    rows = Conversation.objects.filter(channel__in=SOCIAL_CHANNELS, created_at__gte=start,
                                       created_at__lt=end, is_spam=False)
    if agency_ids is not None:
        rows = rows.filter(agency_id__in=list(agency_ids))
    rows = rows.order_by().values_list("agency_id", "channel", "created_at", "first_response_at",
                                       "waiting_since", "first_response_seconds")
    for agency_id, channel, created_at, answered_at, waiting_since, seconds in rows.iterator(
            chunk_size=5000):
        answered = answered_at is not None
        yield ConversationFact(
            agency_id=agency_id, day=local_date(created_at), channel=channel,
            needed_reply=answered or waiting_since is not None, answered=answered,
            reply_minutes=round(seconds / 60) if answered and seconds is not None else None,
        )


def post_facts(*, first: dt.date, last: dt.date,
               agency_ids: Iterable[int] | None = None) -> Iterator[PostFact]:
    """One fact per post published on the days first..last that the information-value checker
    rated (every saved post is rated; one saved before the checker existed is not counted)."""
    from jembatan.content.models import Post, PostStatus

    start, end = day_bounds(first, last)
    rows = Post.objects.filter(status=PostStatus.PUBLISHED, published_at__gte=start,
                               published_at__lt=end, info_label__in=RATED_LABELS)
    if agency_ids is not None:
        rows = rows.filter(lead_agency_id__in=list(agency_ids))
    for agency_id, published_at, label in rows.order_by().values_list(
            "lead_agency_id", "published_at", "info_label").iterator(chunk_size=5000):
        yield PostFact(agency_id=agency_id, day=local_date(published_at),
                       informative=label == INFORMATIF)


def consultation_facts(*, first: dt.date, last: dt.date, table: WorkdayTable,
                       agency_ids: Iterable[int] | None = None) -> Iterator[ConsultationFact]:
    """One fact per public consultation that closed on the days first..last: how many people
    took part (commented or answered the questions; each person once) and how many working days
    passed between closing and the published answer."""
    from jembatan.participation.models import Comment, Consultation, Response

    start, end = day_bounds(first, last)
    rows = Consultation.objects.filter(
        status__in=(Consultation.Status.CLOSED, Consultation.Status.ANSWERED),
        closes_at__gte=start, closes_at__lt=end)
    if agency_ids is not None:
        rows = rows.filter(lead_agency_id__in=list(agency_ids))
    consultations = list(rows.order_by().values_list("pk", "lead_agency_id", "closes_at",
                                                     "answered_at"))
    if not consultations:
        return
    ids = [row[0] for row in consultations]
    people: dict[int, set] = {pk: set() for pk in ids}
    for source in (Comment.objects.filter(consultation_id__in=ids).values_list(
                       "consultation_id", "author_id", "participant_id"),
                   Response.objects.filter(consultation_id__in=ids).values_list(
                       "consultation_id", "user_id", "participant_id")):
        for consultation_id, user_id, participant_id in source.order_by().iterator():
            if user_id is not None:
                people[consultation_id].add(("u", user_id))
            elif participant_id is not None:
                people[consultation_id].add(("p", participant_id))
    for pk, agency_id, closes_at, answered_at in consultations:
        answer_days = (table.days_between(closes_at, answered_at)
                       if answered_at is not None else None)
        yield ConsultationFact(agency_id=agency_id, day=local_date(closes_at),
                               participants=len(people[pk]), answer_days=answer_days)


def tally_by_key(*, first: dt.date, last: dt.date, now: dt.datetime, key,
                 agency_ids: Iterable[int] | None = None,
                 calendar: WorkingCalendar | None = None) -> dict:
    """Every source's facts of the days first..last, tallied by key(fact) (None: skipped)."""
    table = workday_table(first, last, calendar)
    agency_ids = list(agency_ids) if agency_ids is not None else None
    tallies: dict = {}

    def bucket(fact):
        k = key(fact)
        if k is None:
            return None
        if k not in tallies:
            tallies[k] = Tally()
        return tallies[k]

    for fact in report_facts(first=first, last=last, now=now, table=table,
                             agency_ids=agency_ids):
        if (t := bucket(fact)) is not None:
            t.add_report(fact)
    for fact in conversation_facts(first=first, last=last, agency_ids=agency_ids):
        if (t := bucket(fact)) is not None:
            t.add_conversation(fact)
    for fact in post_facts(first=first, last=last, agency_ids=agency_ids):
        if (t := bucket(fact)) is not None:
            t.add_post(fact)
    for fact in consultation_facts(first=first, last=last, table=table, agency_ids=agency_ids):
        if (t := bucket(fact)) is not None:
            t.add_consultation(fact)
    return tallies

