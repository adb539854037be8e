"""Access helpers of the forum: the channel or post for this user, or 404 (a direct thread of
other agencies does not leak its existence), and the guard of every forum page."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse

from jembatan.core.models import Agency
from jembatan.forum import rules as forum_rules
from jembatan.forum.models import ForumChannel, ForumPost
from jembatan.forum.rules import can_see_channel


def get_channel_for_user(request: HttpRequest, slug: str) -> ForumChannel:
    """The channel if the user may read it; 404 otherwise (also for direct threads of others)."""
    channel = (ForumChannel.objects.filter(slug=slug)
               .prefetch_related(Prefetch("agencies", queryset=Agency.objects.order_by(
                   "short_name")))
               .first())
    if channel is None or not can_see_channel(request.user, channel):
        raise Http404
    return channel


def get_post_for_user(request: HttpRequest, pk: int) -> ForumPost:
    post = (ForumPost.objects.select_related("channel", "author", "agency", "parent")
            .prefetch_related("attachments", "mentioned_agencies", "mentioned_users",
                              "channel__agencies")
            .filter(pk=pk).first())
    if post is None or not can_see_channel(request.user, post.channel):
        raise Http404
    return post


def forum_staff(view):
    """Logged in, and coordinator or staff of an agency; others get 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if getattr(request, "htmx", False) and not request.user.is_authenticated:
            # A poll after the session ended: 286 tells htmx to stop polling, instead of
            # following the redirect and pasting the login page into the list.
            return HttpResponse(status=286)
        return _checked(request, *args, **kwargs)

    @login_required
    def _checked(request: HttpRequest, *args, **kwargs):
        if not forum_rules.is_forum_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
