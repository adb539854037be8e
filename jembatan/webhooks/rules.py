"""Who manages outgoing webhooks: an agency's admin for that agency's events, the coordinators
for every agency's (and for any agency's subscription). Officers do not: a subscription sends
the agency's events to a server outside, which is the admin's decision."""

from __future__ import annotations

import rules

from jembatan.core.models import Agency, Membership
from jembatan.core.rules import is_coordinator, memberships_of


def admin_agency_ids(user) -> set[int]:
    return {pk for pk, role in memberships_of(user).items()
            if role == Membership.Role.AGENCY_ADMIN}


@rules.predicate
def is_any_agency_admin(user) -> bool:
    return bool(user.is_authenticated and admin_agency_ids(user))


@rules.predicate
def owns_subscription(user, subscription) -> bool:
    if subscription is None or not user.is_authenticated:
        return False
    return subscription.agency_id is not None and subscription.agency_id in admin_agency_ids(user)


def agencies_for_subscribing(user):
    """The agencies `user` may subscribe for: all for a coordinator, else those they admin."""
    if not user.is_authenticated:
        return Agency.objects.none()
    if user.is_coordinator:
        return Agency.objects.active().order_by("name")
    return Agency.objects.filter(pk__in=admin_agency_ids(user)).order_by("name")


rules.add_perm("webhooks.use_webhooks", is_coordinator | is_any_agency_admin)
rules.add_perm("webhooks.change_subscription", is_coordinator | owns_subscription)
