"""Who may see and publish the performance figures.

Every staff member sees every agency's figures (the league table is shared inside the
government); only coordinators choose which figures the public sees.
"""

from __future__ import annotations

import rules

from jembatan.core.rules import is_coordinator, is_member_of_agency, is_staff_member

rules.add_perm("insights.view_all_figures", is_staff_member)
rules.add_perm("insights.change_publication", is_coordinator)

# The dashboards (views.py): the league table is the coordinators'; an agency's own dashboard is
# also its staff's. The monthly report is made by coordinators (and by the scheduled job).
rules.add_perm("insights.view_dashboard", is_coordinator)
rules.add_perm("insights.view_agency_dashboard", is_coordinator | is_member_of_agency)
rules.add_perm("insights.make_monthly_report", is_coordinator)
