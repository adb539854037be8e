"""The legal clocks of a report, in working days.

- LAPOR! (PermenPANRB 62/2018): the coordinator verifies and disposes within 3 working days; the
  agency follows up within 5 working days of disposition; a report is closed when the reporter
  does not answer within 10 working days of the follow-up.
- Permintaan informasi (UU 14/2008 art. 22(7)–(8)): an answer within 10 working days of receipt,
  extendable once by 7 working days with written reasons.
- Keberatan (UU 14/2008 art. 35–36): filed within 30 working days, answered by the superior of
  the PPID within 30 working days.

The coordinator may change the number of days per stage, kind and agency (ClockPolicy).
"""

from __future__ import annotations

import datetime as dt

from jembatan.core.models import Agency
from jembatan.core.workdays import WorkingCalendar, WorkingDayResult
from jembatan.reports.models import ClockPolicy, Kind, Report, Stage

DEFAULT_DAYS = {
    Stage.VERIFICATION: 3,
    Stage.FOLLOW_UP: 5,
    Stage.INFORMATION: 10,
    Stage.OBJECTION: 30,
}
EXTENSION_DAYS = 7  # UU 14/2008 art. 22(8): once, at most 7 working days
AUTO_CLOSE_DAYS = 10  # LAPOR!: closed when the reporter does not answer in 10 working days
OBJECTION_WINDOW_DAYS = 30  # UU 14/2008 art. 36(1)


def policy_days(*, stage: str, kind: str, agency: Agency | None) -> int:
    """The most specific ClockPolicy for this stage, else the legal default."""
    return policy_table(stage=stage)(kind=kind, agency_id=agency.pk if agency else None)


def policy_table(*, stage: str):
    """`policy_days` for many reports: reads the policies once, answers per (kind, agency id)."""
    policies = {
        (policy.kind, policy.agency_id): policy.working_days
        for policy in ClockPolicy.objects.filter(stage=stage)
    }
    default = DEFAULT_DAYS[Stage(stage)]

    def days(*, kind: str, agency_id: int | None) -> int:
        for key in ((kind, agency_id), ("", agency_id), (kind, None), ("", None)):
            if key in policies:
                return policies[key]
        return default

    return days


def agency_stage(kind: str) -> str:
    """Which clock runs while an agency handles a report of this kind."""
    return Stage.INFORMATION if kind == Kind.INFORMASI else Stage.FOLLOW_UP


def clock_start(
    report: Report,
    *,
    stage: str,
    start: dt.datetime,
    calendar: WorkingCalendar,
    days: int | None = None,
) -> None:
    """Start (or restart) the report's clock; the caller saves the report."""
    if days is None:
        days = policy_days(stage=stage, kind=report.kind, agency=report.lead_agency)
    report.deadline_stage = stage
    report.deadline_start = start
    report.deadline_days = days
    report.deadline = calendar.add_working_days(start, days).due


def clock_stop(report: Report) -> None:
    report.deadline_stage = ""
    report.deadline_start = None
    report.deadline_days = None
    report.deadline = None


def clock_recompute(report: Report, *, calendar: WorkingCalendar) -> bool:
    """Recompute the deadline from its start and length; True when it moved."""
    if report.deadline_start is None or report.deadline_days is None:
        return False
    due = calendar.add_working_days(report.deadline_start, report.deadline_days).due
    if due == report.deadline:
        return False
    report.deadline = due
    return True


def clock_explain(report: Report, *, calendar: WorkingCalendar | None = None
                  ) -> WorkingDayResult | None:
    """How the current deadline was computed: the start, the days counted and skipped."""
    if report.deadline is None or report.deadline_start is None or report.deadline_days is None:
        return None  # no clock, or a clock stopped while the report is on hold
    calendar = calendar or WorkingCalendar.kept()
    return calendar.add_working_days(report.deadline_start, report.deadline_days)
