"""The public scorecard over the API: one item per active agency with its figures for a period.

Anonymous callers get only the figures the coordinator made public (the others are null); a
staff token shows every figure. The figures come from the rollup tables (selectors.scorecard),
never from counting reports per request.
"""

from __future__ import annotations

import datetime as dt
import re

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Field, Query, Router, Schema

from jembatan.api import schemas
from jembatan.api.auth import caller_of, token_optional
from jembatan.api.errors import bad_request, error_responses
from jembatan.insights import selectors
from jembatan.insights.workdays import local_date

router = Router(tags=["insights"])

ERRORS = error_responses(400, 401)
DEFAULT_DAYS = 30
# Two full years and a day: the public scorecard compares up to 12 months, the monthly report
# one month; longer spans are exports' business.
MAX_DAYS = 731


class ScorecardQuery(schemas.QueryInput):
    # Strings, checked here: a wrong date gets a sentence naming the parameter, not a schema dump.
    from_: str | None = Field(None, alias="from", max_length=10,
                              description=gettext_lazy(
                                  "First day (YYYY-MM-DD, Jakarta), included."))
    to: str | None = Field(None, max_length=10,
                           description=gettext_lazy(
                               "Last day (YYYY-MM-DD, Jakarta), included; today by default."))


class ScorecardItemOut(Schema):
    agency: str = Field(description=gettext_lazy("The agency's slug."))
    name: str
    received: int | None
    verified_on_time_rate: float | None = Field(description=gettext_lazy("From 0 to 1."))
    followed_up_on_time_rate: float | None = Field(description=gettext_lazy("From 0 to 1."))
    first_response_hours_median: float | None
    resolution_days_median: float | None
    rating_mean: float | None
    open_overdue: int | None
    social_reply_rate: float | None = Field(description=gettext_lazy("From 0 to 1."))
    informative_share: float | None = Field(description=gettext_lazy("From 0 to 1."))


FIELDS = tuple(name for name in ScorecardItemOut.model_fields if name not in ("agency", "name"))


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        if ISO_DAY.fullmatch(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise bad_request(_("“%(name)s” must be a date written as YYYY-MM-DD.") % {"name": name},
                      code="invalid_date")


def period_of(start: str | None, end: str | None) -> tuple[dt.date, dt.date]:
    """The period asked for: `to` defaults to today, `from` to 30 days before `to`."""
    first, last = _date(start, "from"), _date(end, "to")
    last = last or local_date(timezone.now())
    first = first or last - dt.timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise bad_request(_("“from” must not be later than “to”."), code="invalid_period")
    if (last - first).days + 1 > MAX_DAYS:
        raise bad_request(_("The period may be at most %(days)s days long.") % {
            "days": MAX_DAYS}, code="period_too_long")
    return first, last


@router.get("/insights/scorecard", auth=token_optional,
            response={200: list[ScorecardItemOut], **ERRORS},
            summary=gettext_lazy("Agencies' responsiveness over a period"),
            description=gettext_lazy(
                "One item per active agency, ordered by name, for the Jakarta days "
                "`from`..`to` (both included; by default the last 30 days). Rates are "
                "0..1, or null when there was nothing to measure. Without a staff token "
                "only the figures the coordinator made public are filled in; the others "
                "are null."))
def scorecard(request: HttpRequest, query: Query[ScorecardQuery]):
    first, last = period_of(query.from_, query.to)
    caller = caller_of(request)
    user = caller.user
    staff = user is not None and user.has_perm("insights.view_all_figures")
    items = selectors.scorecard(first, last, public_only=not staff)
    return [{"agency": item.slug, "name": item.name,
             **{name: getattr(item, name) for name in FIELDS}} for item in items]
