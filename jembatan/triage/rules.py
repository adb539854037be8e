"""Who may use the triage tools."""

import rules

from jembatan.core.rules import is_agency_staff, is_coordinator

rules.add_perm("triage.view_routing", is_coordinator)
rules.add_perm("triage.retrain_routing", is_coordinator)
rules.add_perm("triage.check_info_value", is_coordinator | is_agency_staff)

for _verb in ("view", "change"):
    rules.add_perm(f"triage.{_verb}_triagesettings", is_coordinator)
rules.add_perm("triage.view_routingmodel", is_coordinator)
# The routing taxonomy: coordinators maintain it (words, kinds of agency, active or not).
for _verb in ("view", "add", "change", "delete"):
    rules.add_perm(f"triage.{_verb}_topic", is_coordinator)
