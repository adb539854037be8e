"""Who takes part in a consultation: a logged-in user or a participant who confirmed a contact."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings

from jembatan.core.models import User
from jembatan.participation.models import Participant


@dataclass(frozen=True)
class Contributor:
    user: User | None = None
    participant: Participant | None = None

    def __post_init__(self) -> None:
        if (self.user is None) == (self.participant is None):
            raise ValueError("a contributor is either a user or a participant")

    @property
    def display_name(self) -> str:
        if self.participant is not None:
            return self.participant.display_name
        return self.user.get_short_name() or self.user.get_username()

    @property
    def audit_label(self) -> str:
        if self.participant is not None:
            return f"peserta: {self.participant.display_name}"[:80]
        return str(self.user)

    def owner_fields(self, user_field: str = "user") -> dict:
        return {user_field: self.user, "participant": self.participant}


def contact_hash(contact: str) -> str:
    """The key a participant is found by; the contact itself is never stored in the clear."""
    from jembatan.triage.privacy import contact_key

    return hashlib.sha256(f"{settings.SECRET_KEY}:participant:{contact_key(contact)}"
                          .encode()).hexdigest()
