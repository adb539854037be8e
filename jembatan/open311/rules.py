"""Who manages the Open311 clients: the coordinators, who decide which outside software may
send reports into the hub."""

import rules

from jembatan.core.rules import is_coordinator

rules.add_perm("open311.manage_keys", is_coordinator)
