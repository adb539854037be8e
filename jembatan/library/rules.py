"""Who may do what with the shared library.

Everyone on staff reads every agency's items (and may use those not marked internal in a post);
an agency's own staff and the coordinators change its items.
"""

from __future__ import annotations

import rules

from jembatan.core.rules import is_coordinator, is_staff_member, owns_agency_entry

rules.add_perm("library.view_library", is_staff_member)
# With a library item as object.
rules.add_perm("library.change_item", is_coordinator | owns_agency_entry)
