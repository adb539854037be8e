"""Who may ask for what SP4N-LAPOR! did not receive to be sent again: the coordinator and the
lead agency's staff, who answer the report there."""

from __future__ import annotations

from jembatan.core.workflow import Actor
from jembatan.reports.models import Report
from jembatan.reports.rules import COORDINATOR, LEAD, report_roles


def may_send_to_lapor_again(report: Report, actor: Actor) -> bool:
    return bool(report_roles(report, actor) & {COORDINATOR, LEAD})
