"""What every workflow (reports, joint posts) shares: who is acting, and the two ways an action
is refused. A role that may not take the action is refused with PermissionDenied (HTTP 403); an
action the object's current state does not allow is refused with InvalidTransition (HTTP 409).
Views and the API answer both the same way for every domain.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied

if TYPE_CHECKING:
    from jembatan.core.models import User


@dataclass(frozen=True)
class Actor:
    """Who is acting: a logged-in user, a reporter (proved by the report's access key) or the
    system itself (clocks, the publishing job, automatic routing)."""

    user: User | None = None
    is_reporter: bool = False
    is_system: bool = False

    @property
    def label(self) -> str:
        if self.is_system:
            return "sistem"
        if self.user is not None and self.user.is_authenticated:
            return str(self.user)
        return "pelapor" if self.is_reporter else ""


SYSTEM = Actor(is_system=True)


class InvalidTransition(Exception):
    """The action does not apply to the object in its current state (HTTP 409)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_transition(
    action: str, obj: Any, actor: Actor, *,
    may_take: Callable[[str, Any, Actor], bool],
    allowed_from: Mapping[str, Collection[str]],
    denied: str,
    invalid: str,
) -> None:
    """Refuse `action` on `obj`: 403 first when the actor's role may not take it, then 409 when
    the object's status does not allow it. `invalid` may name the status as %(status)s."""
    if not may_take(action, obj, actor):
        raise PermissionDenied(denied)
    if obj.status not in allowed_from[action]:
        raise InvalidTransition(invalid % {"status": obj.get_status_display()})
