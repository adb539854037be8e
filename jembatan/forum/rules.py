"""Who may do what in the Bakohumas forum, in one place.

- The regency-wide channel and the topic channels: every agency's staff and the coordinators
  read and write there.
- A direct thread: only the staff of the agencies in it, and the coordinators (who oversee the
  whole space). Everyone else gets 404, so a thread's existence does not leak.
- Coordinators create topic channels, post announcements, pin and send reminders.
- A post can be removed by its author or a coordinator.

The pages and actions call the predicates directly rather than `user.has_perm`, which would let
a superuser who is no coordinator through.
"""

from __future__ import annotations

import rules

from jembatan.core.rules import agency_ids_of, is_coordinator
from jembatan.forum.models import ForumChannel, ForumPost


@rules.predicate
def is_forum_member(user) -> bool:
    return bool(user.is_authenticated and (user.is_coordinator or agency_ids_of(user)))


@rules.predicate
def can_see_channel(user, channel: ForumChannel) -> bool:
    if not is_forum_member(user):
        return False
    if user.is_coordinator or not channel.is_direct:
        return True
    channel_agencies = {a.pk for a in channel.agencies.all()}
    return bool(channel_agencies & agency_ids_of(user))


@rules.predicate
def is_open_channel(user, channel: ForumChannel) -> bool:
    return not channel.is_archived


@rules.predicate
def is_post_author(user, post: ForumPost) -> bool:
    return bool(user.is_authenticated and post.author_id == user.pk)


can_post_in_channel = can_see_channel & is_open_channel
can_announce_in_channel = is_coordinator & is_open_channel
can_pin = is_coordinator
can_create_topic = is_coordinator
can_remove_post = is_coordinator | is_post_author

rules.add_perm("forum.use_forum", is_forum_member)
# With a channel as object.
rules.add_perm("forum.view_channel", can_see_channel)
rules.add_perm("forum.post_in_channel", can_post_in_channel)
rules.add_perm("forum.announce_in_channel", can_announce_in_channel)
rules.add_perm("forum.create_topic", can_create_topic)
# Pinning and reminders, with a post as object where there is one.
rules.add_perm("forum.pin_post", can_pin)
rules.add_perm("forum.remove_post", can_remove_post)
