"""Who may do what with the shared resources of the Bakohumas space: services, work programmes,
agenda events and library items.

Everyone on staff (coordinators and every agency's officers and admins) reads all of them: the
point is to find and reuse another agency's information. An agency's own staff — officers as
well as admins, since the PR officers are the ones who keep this information current — and the
coordinators change an agency's entries. Anyone on staff may volunteer to cover an event.
"""

from __future__ import annotations

import rules

from jembatan.core.rules import is_agency_staff, is_coordinator, is_member_of_agency


@rules.predicate
def owns_item(user, item) -> bool:
    """`item` is anything with an `agency` (a service, programme, event or library item)."""
    if item is None:
        return False
    return is_member_of_agency(user, item.agency)


@rules.predicate
def is_event_coverer(user, event) -> bool:
    if event is None or not user.is_authenticated:
        return False
    if event.covered_by_user_id == user.pk:
        return True
    return event.covered_by_agency_id is not None and is_member_of_agency(
        user, event.covered_by_agency
    )


is_staff = is_coordinator | is_agency_staff

rules.add_perm("coordination.view_resources", is_staff)
# With an agency as object: may add entries for this agency.
rules.add_perm("coordination.add_for_agency", is_coordinator | is_member_of_agency)
# With a service, programme, event or library item as object.
rules.add_perm("coordination.change_resource", is_coordinator | owns_item)
rules.add_perm("coordination.cover_event", is_staff)
rules.add_perm("coordination.release_event", is_coordinator | owns_item | is_event_coverer)


def agencies_for_editing(user):
    """The agencies `user` may add entries for: all for a coordinator, else their own."""
    from jembatan.core.models import Agency

    if not user.is_authenticated:
        return Agency.objects.none()
    if user.is_coordinator:
        return Agency.objects.active()
    return Agency.objects.filter(memberships__user=user).distinct()
