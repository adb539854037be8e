"""Response metrics per agency and channel: who answers, and how fast.

Over a period (by the day a conversation started): conversations received, those that needed a
reply, those answered, the response rate, and the median and mean time to the first response.
"Unanswered now" is today's state, whatever the period.

Everything is computed by the database from the clocks kept on Conversation (waiting_since,
first_response_at, first_response_seconds), grouped by agency and channel on conv_metrics_idx;
the median uses window functions, which SQLite and PostgreSQL both have. Python only arranges
the few result rows.

Definitions (the same on the page, in the demo and in tests):
- needed a reply: answered, or still waiting (staff's "no reply needed" and imported history
  older than the import cut-off are not counted);
- response rate: answered / needed a reply;
- first-response time: from the first message that needed a reply to the first reply sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Avg, Count, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber

from jembatan.connectors.access import conversations_visible_to
from jembatan.connectors.models import Conversation, Platform
from jembatan.core.models import Agency, User


@dataclass
class MetricRow:
    agency: Agency | None  # None: every agency together
    channel: str  # "" for every channel together
    received: int = 0
    needed_reply: int = 0
    answered: int = 0
    unanswered_now: int = 0
    median_seconds: float | None = None
    mean_seconds: float | None = None

    @property
    def response_rate(self) -> float | None:
        """Share of the conversations that needed a reply which got one (0..1)."""
        if not self.needed_reply:
            return None
        return self.answered / self.needed_reply

    @property
    def response_percent(self) -> int | None:
        rate = self.response_rate
        return None if rate is None else round(rate * 100)

    @property
    def channel_label(self) -> str:
        return str(dict(Platform.choices).get(self.channel, self.channel))


@dataclass
class Metrics:
    start: dt.datetime
    end: dt.datetime
    rows: list[MetricRow]  # per agency and channel
    agencies: list[MetricRow]  # per agency, every channel
    total: MetricRow


def _scope(user: User, agency: Agency | None) -> QuerySet[Conversation]:
    # Spam is nobody's conversation with the agency: not received, not answered, not waiting.
    conversations = conversations_visible_to(user).filter(is_spam=False)
    if agency is not None:
        conversations = conversations.filter(agency=agency)
    return conversations


def _counts(period: QuerySet[Conversation], keys: tuple[str, ...]) -> dict[tuple, dict]:
    answered = Q(first_response_at__isnull=False)
    aggregates = {
        "received": Count("pk"),
        "answered": Count("pk", filter=answered),
        "needed_reply": Count("pk", filter=answered | Q(waiting_since__isnull=False)),
        "mean_seconds": Avg("first_response_seconds", filter=answered),
    }
    if not keys:
        return {(): period.aggregate(**aggregates)}
    rows = period.order_by().values(*keys).annotate(**aggregates)
    return {tuple(row[k] for k in keys): row for row in rows}


def _medians(period: QuerySet[Conversation], keys: tuple[str, ...]) -> dict[tuple, float]:
    """The median first-response time of each group, in one query.

    Each answered conversation is numbered within its group by its time, and only the middle one
    or two of every group are fetched; their mean is the median.
    """
    partition = [F(k) for k in keys] or None
    answered = period.filter(first_response_seconds__isnull=False).order_by()
    numbered = answered.annotate(
        position=Window(RowNumber(), partition_by=partition,
                        order_by=[F("first_response_seconds").asc(), F("pk").asc()]),
        size=Window(Count("pk"), partition_by=partition),
    )
    # Positions (size+1)//2 and (size+2)//2 are the middle one (odd size) or two (even size).
    middle = numbered.filter(
        Q(position=(F("size") + 1) / 2) | Q(position=(F("size") + 2) / 2)
    ).values(*keys, "first_response_seconds")
    sums: dict[tuple, list[int]] = {}
    for row in middle:
        sums.setdefault(tuple(row[k] for k in keys), []).append(row["first_response_seconds"])
    return {key: sum(values) / len(values) for key, values in sums.items()}


def _waiting(scope: QuerySet[Conversation], keys: tuple[str, ...]) -> dict[tuple, int]:
    waiting = scope.filter(waiting_since__isnull=False)
    if not keys:
        return {(): waiting.count()}
    rows = (waiting.order_by().values(*keys)
            .annotate(n=Count("pk")))
    return {tuple(row[k] for k in keys): row["n"] for row in rows}


def response_metrics(*, user: User, start: dt.datetime, end: dt.datetime,
                     agency: Agency | None = None) -> Metrics:
    """Metrics of the conversations this user may see that started in [start, end)."""
    scope = _scope(user, agency)
    period = scope.filter(created_at__gte=start, created_at__lt=end)
    groupings = {"rows": ("agency", "channel"), "agencies": ("agency",), "total": ()}
    results: dict[str, dict[tuple, MetricRow]] = {}
    agency_ids: set[int] = set()
    for name, keys in groupings.items():
        counts, medians, waiting = (_counts(period, keys), _medians(period, keys),
                                    _waiting(scope, keys))
        rows: dict[tuple, MetricRow] = {}
        for key in sorted(set(counts) | set(waiting), key=str):
            values = dict(zip(keys, key, strict=True))
            count = counts.get(key, {})
            rows[key] = MetricRow(
                agency=values.get("agency"), channel=values.get("channel", ""),
                received=count.get("received", 0), needed_reply=count.get("needed_reply", 0),
                answered=count.get("answered", 0), unanswered_now=waiting.get(key, 0),
                median_seconds=medians.get(key), mean_seconds=count.get("mean_seconds"),
            )
            if "agency" in values:
                agency_ids.add(values["agency"])
        results[name] = rows
    agencies = Agency.objects.in_bulk(agency_ids)
    for name in ("rows", "agencies"):
        for row in results[name].values():
            row.agency = agencies.get(row.agency)
    order = {value: index for index, value in enumerate(Platform.values)}

    def sort_key(row: MetricRow):
        return (row.agency.name if row.agency else "", order.get(row.channel, 99))

    total = results["total"].get((), MetricRow(agency=None, channel=""))
    return Metrics(start=start, end=end,
                   rows=sorted(results["rows"].values(), key=sort_key),
                   agencies=sorted(results["agencies"].values(), key=sort_key),
                   total=total)
