"""Who may do what in the Bakohumas forum, in one place.

- The regency-wide channel and the topic channels: every agency's staff and the coordinators
  read and write there.
- A direct thread: only the staff of the agencies in it, and the coordinators (who oversee the
  whole space). Everyone else gets 404, so a thread's existence does not leak.
- Coordinators create topic channels, post announcements, pin and send reminders.
- A post can be removed by its author or a coordinator.
"""

from __future__ import annotations

from jembatan.forum.models import ForumChannel, ForumPost


def agency_ids_of(user) -> set[int]:
    """The agencies the user works for, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_forum_agency_ids", None)
    if cached is None:
        cached = set(user.memberships.values_list("agency_id", flat=True))
        user._forum_agency_ids = cached
    return cached


def may_use_forum(user) -> bool:
    return bool(user.is_authenticated and (user.is_coordinator or agency_ids_of(user)))


def may_see_channel(user, channel: ForumChannel) -> bool:
    if not may_use_forum(user):
        return False
    if user.is_coordinator or not channel.is_direct:
        return True
    channel_agencies = {a.pk for a in channel.agencies.all()}
    return bool(channel_agencies & agency_ids_of(user))


def may_post(user, channel: ForumChannel) -> bool:
    return may_see_channel(user, channel) and not channel.is_archived


def may_announce(user, channel: ForumChannel) -> bool:
    return bool(user.is_authenticated and user.is_coordinator and not channel.is_archived)


def may_pin(user) -> bool:
    return bool(user.is_authenticated and user.is_coordinator)


def may_create_topic(user) -> bool:
    return bool(user.is_authenticated and user.is_coordinator)


def may_remove(user, post: ForumPost) -> bool:
    return bool(user.is_authenticated and (user.is_coordinator or post.author_id == user.pk))
