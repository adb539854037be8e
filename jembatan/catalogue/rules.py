"""Who may do what with the service catalogue and the work programmes.

Everyone on staff (coordinators and every agency's officers and admins) reads them; an agency's
own staff and the coordinators change its entries (see `core.rules.owns_agency_entry`).
"""

from __future__ import annotations

import rules

from jembatan.core.rules import is_coordinator, is_staff_member, owns_agency_entry

rules.add_perm("catalogue.view_catalogue", is_staff_member)
# With a service or a programme as object.
rules.add_perm("catalogue.change_entry", is_coordinator | owns_agency_entry)
