"""Who may do what with the shared agenda.

Everyone on staff reads every agency's events and may volunteer to cover one; an agency's own
staff and the coordinators change its events; whoever covers an event may give it up.
"""

from __future__ import annotations

import rules

from jembatan.core.rules import (
    is_coordinator,
    is_member_of_agency,
    is_staff_member,
    owns_agency_entry,
)


@rules.predicate
def is_event_coverer(user, event) -> bool:
    if event is None or not user.is_authenticated:
        return False
    if event.covered_by_user_id == user.pk:
        return True
    return event.covered_by_agency_id is not None and is_member_of_agency(
        user, event.covered_by_agency
    )


rules.add_perm("agenda.view_agenda", is_staff_member)
# With an event as object.
rules.add_perm("agenda.change_event", is_coordinator | owns_agency_entry)
rules.add_perm("agenda.cover_event", is_staff_member)
rules.add_perm("agenda.release_event", is_coordinator | owns_agency_entry | is_event_coverer)
