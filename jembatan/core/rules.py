"""Who may do what, in one place. Views and the API ask through `user.has_perm(...)`.

Roles: coordinators (hub administrators, usually Diskominfo) oversee everything; an agency admin
manages the profile and people of their agency; an officer works for their agency; citizens and
anonymous visitors use the public site only.
"""

import rules
from django.core.exceptions import PermissionDenied


def memberships_of(user) -> dict[int, str]:
    """agency id → role for the agencies `user` works for; read once per request and kept on
    the user object, since every permission check of a page asks again."""
    if user is None or not user.is_authenticated:
        return {}
    cached = getattr(user, "_agency_roles", None)
    if cached is None:
        cached = dict(user.memberships.values_list("agency_id", "role"))
        user._agency_roles = cached
    return cached


def agency_ids_of(user) -> set[int]:
    """The agencies `user` works for (none for a visitor)."""
    return set(memberships_of(user))


def require_actor_perm(actor, perm: str, obj=None) -> None:
    """PermissionDenied unless `actor` has `perm`. An action without an actor is the system
    at work (the demo, a command), which needs no permission."""
    if actor is not None and not actor.has_perm(perm, obj):
        raise PermissionDenied


@rules.predicate
def is_coordinator(user) -> bool:
    return bool(user.is_authenticated and user.is_coordinator)


@rules.predicate
def is_agency_staff(user) -> bool:
    # The cached memberships: the staff sidebar asks this for every section of every page.
    return bool(user.is_authenticated and memberships_of(user))


@rules.predicate
def is_member_of_agency(user, agency) -> bool:
    if not user.is_authenticated or agency is None:
        return False
    return user.memberships.filter(agency=agency).exists()


@rules.predicate
def is_admin_of_agency(user, agency) -> bool:
    if not user.is_authenticated or agency is None:
        return False
    return user.memberships.filter(agency=agency, role="agency_admin").exists()


is_staff_member = is_coordinator | is_agency_staff

rules.add_perm("core.use_staff_area", is_staff_member)
rules.add_perm("core.view_agency_internal", is_coordinator | is_member_of_agency)
rules.add_perm("core.change_agency_profile", is_coordinator | is_admin_of_agency)
rules.add_perm("core.view_audit_log", is_coordinator)
rules.add_perm("core.view_object_history", is_coordinator | is_admin_of_agency)
rules.add_perm("core.manage_calendar", is_coordinator)
# A lost phone: a coordinator removes the person's second factor so they can set it up again.
rules.add_perm("core.reset_two_factor", is_coordinator)

# Django admin: coordinators maintain the master data. The audit log is read-only for everyone.
for _model in ("jurisdiction", "region", "agency", "user", "membership", "dayoff"):
    for _verb in ("view", "add", "change", "delete"):
        rules.add_perm(f"core.{_verb}_{_model}", is_coordinator)
rules.add_perm("core.view_auditentry", is_coordinator)
rules.add_perm("django_tasks_database.view_dbtaskresult", is_coordinator)
# Work waiting for a coalesced background run (a recount): seen, never edited by hand.
rules.add_perm("core.view_pendingwork", is_coordinator)
rules.add_perm("core.retry_background_task", is_coordinator)


# --- An agency's shared entries (services, work programmes, agenda events, library items) ------
# Everyone on staff reads them: the point is to find and reuse another agency's information. An
# agency's own staff — officers as well as admins, since the PR officers keep this information
# current — and the coordinators change them.


@rules.predicate
def owns_agency_entry(user, entry) -> bool:
    """`entry` is anything with an `agency` (a service, programme, event or library item)."""
    if entry is None:
        return False
    return is_member_of_agency(user, entry.agency)


def agencies_for_editing(user):
    """The agencies `user` may add entries for: all for a coordinator, else their own."""
    from jembatan.core.models import Agency

    if not user.is_authenticated:
        return Agency.objects.none()
    if user.is_coordinator:
        return Agency.objects.active()
    return Agency.objects.filter(memberships__user=user).distinct()
