"""Forum pages: channels with live new posts, threads with replies, announcements with their
read status, direct threads between agencies, search.

Request → access helper (404 for what the user may not see) → form → one action → redirect.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from jembatan.core.files import serve_stored
from jembatan.core.forms import error_text, form_errors_flash
from jembatan.core.pagination import InvalidCursor
from jembatan.forum import access as forum_access
from jembatan.forum import actions as forum_actions
from jembatan.forum import rules as forum_rules
from jembatan.forum import selectors as forum_selectors
from jembatan.forum.access import forum_staff
from jembatan.forum.forms import DirectThreadForm, PostForm, ReplyForm, SearchForm, TopicChannelForm
from jembatan.forum.models import ForumPost, ForumPostAttachment

POLL_SECONDS = 10


def _after_id(request: HttpRequest) -> int:
    try:
        value = int(request.GET.get("setelah", "0"))
    except ValueError:
        raise Http404 from None
    if not 0 <= value < 2**63:
        raise Http404
    return value


@forum_staff
@require_GET
def forum_home(request: HttpRequest) -> HttpResponse:
    forum_actions.regency_channel_ensure(actor=request.user)
    overview = forum_selectors.forum_overview(request.user)
    return render(request, "forum/forum_home.html", {
        **overview, "search_form": SearchForm(),
        "may_create_topic": forum_rules.can_create_topic(request.user),
        "poll_seconds": POLL_SECONDS * 3,
    })


@forum_staff
@require_GET
def forum_unread(request: HttpRequest) -> HttpResponse:
    """The channel list with unread counts; polled by the forum's start page."""
    overview = forum_selectors.forum_overview(request.user)
    return render(request, "forum/forum__channels.html", overview)


@forum_staff
def forum_channel(request: HttpRequest, slug: str) -> HttpResponse:
    channel = forum_access.get_channel_for_user(request, slug)
    may_announce = forum_rules.can_announce_in_channel(request.user, channel)
    if request.method == "POST":
        form = PostForm(request.POST, request.FILES, may_announce=may_announce)
        if form.is_valid():
            data = form.cleaned_data
            try:
                forum_actions.post_create(
                    channel=channel, actor=request.user, title=data["title"], body=data["body"],
                    attachments=data["attachments"],
                    is_announcement=data.get("is_announcement", False),
                    pin=data.get("pin", False))
            except ValidationError as error:
                form.add_error(None, error_text(error))
            else:
                messages.success(request, _("Your post is in the channel."))
                return redirect(channel.get_absolute_url())
        status = 400
    else:
        form = PostForm(may_announce=may_announce)
        status = 200
    cursor = request.GET.get("cursor") or None
    try:
        page = forum_selectors.channel_posts_page(channel, cursor=cursor)
    except InvalidCursor:
        return redirect(channel.get_absolute_url())
    pinned = forum_selectors.pinned_posts(channel) if not cursor else []
    last_id = 0
    if not cursor:
        last_id = (ForumPost.objects.filter(channel=channel, parent__isnull=True)
                   .aggregate(last=Max("pk"))["last"] or 0)
        forum_actions.channel_mark_read(channel=channel, actor=request.user)
    return render(request, "forum/forum_channel.html", {
        "channel": channel, "page": page, "pinned": pinned, "form": form,
        "may_post": forum_rules.can_post_in_channel(request.user, channel),
        "read_counts": forum_selectors.read_counts([*pinned, *page.items]),
        "last_id": last_id, "poll_seconds": POLL_SECONDS, "cursor": cursor,
    }, status=status)


@forum_staff
@require_GET
def forum_channel_new(request: HttpRequest, slug: str) -> HttpResponse:
    """Only the top-level posts newer than the newest one the page shows; 204 when none."""
    channel = forum_access.get_channel_for_user(request, slug)
    after = _after_id(request)
    posts = forum_selectors.posts_after(channel, after_id=after)
    if not posts:
        return HttpResponse(status=204)
    forum_actions.channel_mark_read(channel=channel, actor=request.user)
    return render(request, "forum/forum__poll.html", {
        "channel": channel, "posts": posts, "last_id": posts[0].pk,
        "read_counts": forum_selectors.read_counts(posts), "poll_seconds": POLL_SECONDS,
    })


@forum_staff
@require_GET
def forum_post(request: HttpRequest, pk: int) -> HttpResponse:
    post = forum_access.get_post_for_user(request, pk)
    if post.parent_id:
        return redirect(post.get_absolute_url())
    channel = post.channel
    forum_actions.announcement_mark_read(post=post, actor=request.user)
    replies = forum_selectors.replies_of(post)
    read_status = forum_selectors.announcement_read_status(post) if post.is_announcement else None
    return render(request, "forum/forum_post.html", {
        "post": post, "channel": channel, "replies": replies, "read_status": read_status,
        "form": ReplyForm(), "may_post": forum_rules.can_post_in_channel(request.user, channel),
        "may_pin": forum_rules.can_pin(request.user),
        "last_reply_id": replies[-1].pk if replies else 0, "poll_seconds": POLL_SECONDS,
    })


@forum_staff
@require_POST
def forum_reply(request: HttpRequest, pk: int) -> HttpResponse:
    post = forum_access.get_post_for_user(request, pk)
    form = ReplyForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            reply = forum_actions.post_create(channel=post.channel, actor=request.user,
                                      body=form.cleaned_data["body"], parent=post,
                                      attachments=form.cleaned_data["attachments"])
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            return redirect(reply.get_absolute_url())
    else:
        form_errors_flash(request, form)
    return redirect(post.get_absolute_url())


@forum_staff
@require_GET
def forum_replies_new(request: HttpRequest, pk: int) -> HttpResponse:
    post = forum_access.get_post_for_user(request, pk)
    replies = forum_selectors.replies_of(post, after_id=_after_id(request))
    if not replies:
        return HttpResponse(status=204)
    return render(request, "forum/forum__replies_poll.html", {
        "post": post, "replies": replies, "last_reply_id": replies[-1].pk,
        "poll_seconds": POLL_SECONDS,
    })


@forum_staff
@require_POST
def forum_pin(request: HttpRequest, pk: int) -> HttpResponse:
    post = forum_access.get_post_for_user(request, pk)
    pinned = request.POST.get("pinned") == "1"
    forum_actions.post_pin(post=post, pinned=pinned, actor=request.user)
    messages.success(request, _("The post is pinned.") if pinned else _("The post is unpinned."))
    return redirect(post.get_absolute_url())


@forum_staff
@require_POST
def forum_remind(request: HttpRequest, pk: int) -> HttpResponse:
    post = forum_access.get_post_for_user(request, pk)
    try:
        sent = forum_actions.announcement_remind(post=post, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Reminder sent to %(count)d people.") % {"count": sent})
    return redirect(post.get_absolute_url())


@forum_staff
@require_POST
def forum_remove(request: HttpRequest, pk: int) -> HttpResponse:
    post = forum_access.get_post_for_user(request, pk)
    forum_actions.post_remove(post=post, actor=request.user)
    messages.success(request, _("The post is removed."))
    return redirect(post.get_absolute_url())


@forum_staff
@require_GET
def forum_attachment(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ForumPostAttachment.objects.select_related("post"), pk=pk)
    post = forum_access.get_post_for_user(request, item.post_id)
    if post.is_removed:
        raise Http404
    return serve_stored(item)


@forum_staff
@require_GET
def forum_search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    page, query = None, ""
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.cleaned_data["q"]
        try:
            page = forum_selectors.search_posts(request.user, query=query,
                                                cursor=request.GET.get("cursor") or None)
        except InvalidCursor:
            return redirect(f"{request.path}?q={query}")
    status = 400 if form.errors else 200
    return render(request, "forum/forum_search.html",
                  {"form": form, "page": page, "query": query}, status=status)


@forum_staff
def forum_topic_new(request: HttpRequest) -> HttpResponse:
    if not forum_rules.can_create_topic(request.user):
        raise PermissionDenied
    form = TopicChannelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            channel = forum_actions.topic_channel_create(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("name", error_text(error))
        else:
            messages.success(request, _("The channel is open."))
            return redirect(channel.get_absolute_url())
    status = 400 if form.errors else 200
    return render(request, "forum/forum_topic_new.html", {"form": form}, status=status)


@forum_staff
@require_GET
def forum_direct_list(request: HttpRequest) -> HttpResponse:
    try:
        page = forum_selectors.direct_threads_page(request.user,
                                                   cursor=request.GET.get("cursor") or None)
    except InvalidCursor:
        return redirect("forum:forum_direct_list")
    return render(request, "forum/forum_direct_list.html", {"page": page})


@forum_staff
def forum_direct_new(request: HttpRequest) -> HttpResponse:
    initial = {}
    if request.method == "GET" and request.GET.get("dengan"):
        initial["agencies"] = request.GET.getlist("dengan")
    form = DirectThreadForm(request.POST or None, request.FILES or None, user=request.user,
                            initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            channel = forum_actions.direct_thread_create(
                agencies=data["agencies"], title=data["title"], body=data["body"],
                attachments=data["attachments"], actor=request.user)
        except ValidationError as error:
            form.add_error("agencies", error_text(error))
        else:
            messages.success(request, _("The direct thread is open."))
            return redirect(channel.get_absolute_url())
    status = 400 if form.errors else 200
    return render(request, "forum/forum_direct_new.html", {"form": form}, status=status)
