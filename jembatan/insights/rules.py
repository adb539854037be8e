"""Who may see and publish the performance figures.

Every staff member sees every agency's figures (the league table is shared inside the
government); only coordinators choose which figures the public sees.
"""

from __future__ import annotations

import rules

from jembatan.core.rules import is_coordinator, is_staff_member

rules.add_perm("insights.view_all_figures", is_staff_member)
rules.add_perm("insights.change_publication", is_coordinator)
