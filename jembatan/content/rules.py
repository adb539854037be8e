"""Who may do what to a joint post, and from which states. One table each, read top to bottom.

A post's people: the coordinator (hub administrators, who may do everything), the lead agency's
staff (write, submit, schedule, publish, withdraw), the lead agency's admin (approves for the
agency), and the co-author agencies' staff (comment and suggest changes; they do not edit the
text directly, so the lead agency stays the author of record — see
docs/decisions/0014-joint-content-workflow.md). Everybody else sees a post only once it is
published.
"""

from __future__ import annotations

import rules

from jembatan.content.models import Post, PostStatus
from jembatan.core.models import User
from jembatan.core.rules import agency_ids_of, is_agency_staff, is_coordinator, memberships_of
from jembatan.core.workflow import Actor

COORDINATOR = "coordinator"
LEAD = "lead"
LEAD_ADMIN = "lead_admin"
CO_AUTHOR = "co_author"

S = PostStatus
EDITABLE = {S.DRAFT, S.REVIEW, S.CHANGES_REQUESTED}

# action → the roles that may take it
ACTION_ROLES: dict[str, set[str]] = {
    "submit": {LEAD, COORDINATOR},
    "approve": {LEAD_ADMIN, COORDINATOR},
    "request_changes": {LEAD_ADMIN, COORDINATOR},
    "schedule": {LEAD, COORDINATOR},
    "publish": {LEAD, COORDINATOR},
    "withdraw": {LEAD, COORDINATOR},
    "comment": {LEAD, CO_AUTHOR, COORDINATOR},
    "edit": {LEAD, COORDINATOR},
    "suggest": {LEAD, CO_AUTHOR, COORDINATOR},
    "decide_suggestion": {LEAD, COORDINATOR},
    # The public's comments on the published article (docs/decisions/0030).
    "moderate_comments": {LEAD, COORDINATOR},
    "reply_officially": {LEAD, CO_AUTHOR, COORDINATOR},
}

# action → the states it may start from
ALLOWED_FROM: dict[str, set[str]] = {
    "submit": {S.DRAFT, S.CHANGES_REQUESTED},
    "approve": {S.REVIEW},
    "request_changes": {S.REVIEW, S.APPROVED, S.SCHEDULED},
    "schedule": {S.APPROVED, S.SCHEDULED},
    "publish": {S.APPROVED, S.SCHEDULED},
    "withdraw": {S.DRAFT, S.REVIEW, S.CHANGES_REQUESTED, S.APPROVED, S.SCHEDULED, S.PUBLISHED},
    "comment": {S.DRAFT, S.REVIEW, S.CHANGES_REQUESTED, S.APPROVED, S.SCHEDULED, S.PUBLISHED},
    "edit": EDITABLE,
    "suggest": EDITABLE,
    "decide_suggestion": EDITABLE,
    "moderate_comments": {S.PUBLISHED},
    "reply_officially": {S.PUBLISHED},
}

# The state changes, in the order the pages offer them; the rest of ACTION_ROLES are work on
# the text (comment, edit, suggest) that keeps the state.
TRANSITIONS = ("submit", "approve", "request_changes", "schedule", "publish", "withdraw")
ACTIONS = tuple(ACTION_ROLES)

assert set(ACTION_ROLES) == set(ALLOWED_FROM)


def co_author_ids(post: Post) -> set[int]:
    # Uses the prefetched co-authors when the selector loaded them.
    return {agency.pk for agency in post.co_authors.all()}


def post_roles(post: Post, actor: Actor) -> set[str]:
    user = actor.user
    if user is None or not user.is_authenticated:
        return set()
    roles: set[str] = set()
    if user.is_coordinator:
        roles.add(COORDINATOR)
    memberships = memberships_of(user)
    if post.lead_agency_id in memberships:
        roles.add(LEAD)
        if memberships[post.lead_agency_id] == "agency_admin":
            roles.add(LEAD_ADMIN)
    if co_author_ids(post) & set(memberships):
        roles.add(CO_AUTHOR)
    return roles


def may_take(action: str, post: Post, actor: Actor) -> bool:
    if actor.is_system:
        return True
    return bool(ACTION_ROLES.get(action, set()) & post_roles(post, actor))


def is_party(post: Post, actor: Actor) -> bool:
    """The coordinator and the staff of the lead and co-author agencies."""
    return bool({COORDINATOR, LEAD, CO_AUTHOR} & post_roles(post, actor))


def may_view(post: Post, actor: Actor) -> bool:
    return post.status == PostStatus.PUBLISHED or is_party(post, actor)


def may_lead_for(user: User, agency) -> bool:
    """May `user` start a post led by `agency`?"""
    if user is None or not user.is_authenticated or agency is None:
        return False
    return user.is_coordinator or agency.pk in agency_ids_of(user)


# Permissions that do not depend on one post, for django-rules (`user.has_perm`).
rules.add_perm("content.use_content", is_coordinator | is_agency_staff)
rules.add_perm("content.view_calendar", is_coordinator | is_agency_staff)
rules.add_perm("content.change_settings", is_coordinator)
for _verb in ("view", "change"):
    rules.add_perm(f"content.{_verb}_contentsettings", is_coordinator)
