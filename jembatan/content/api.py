"""Joint posts over the API: the regency website pulls published posts; agency staff draft and
move their posts through review with a token.

Every change goes through jembatan.content.actions (roles, states, audit trail, notifications);
this module only translates HTTP into those calls and their results back into JSON.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Field, Path, Query, Router, Schema, Status
from pydantic import StringConstraints

from jembatan.api import schemas
from jembatan.api.auth import CredentialsRequired, caller_of, token_optional, token_required
from jembatan.api.errors import ApiError, bad_request, error_responses
from jembatan.content import actions, channels, selectors
from jembatan.content.models import Channel, Post, PostStatus
from jembatan.content.rules import TRANSITIONS, may_lead_for, may_take
from jembatan.core import public_cache
from jembatan.core.models import Agency
from jembatan.core.pagination import keyset_page
from jembatan.core.workflow import Actor

router = Router(tags=["posts"])

ERRORS = error_responses(400, 401, 403, 404, 409)

Slug = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
PostStatusValue = Literal["draft", "review", "changes_requested", "approved", "scheduled",
                          "published", "withdrawn"]
ChannelValue = Literal["portal", "instagram", "facebook", "whatsapp"]
assert set(PostStatusValue.__args__) == set(PostStatus.values)
assert set(ChannelValue.__args__) == set(Channel.values)


# --- Schemas ----------------------------------------------------------------------------------


class ChannelIn(schemas.Input):
    channel: ChannelValue
    text: str = Field("", max_length=70_000,
                      description=gettext_lazy("The version's text; empty means the post's body."))


class PostIn(schemas.Input):
    title: str = Field(..., min_length=1, max_length=channels.TITLE_MAX)
    body: str = Field(..., min_length=1, max_length=channels.LIMITS[Channel.PORTAL].max_chars)
    agency: Slug = Field(..., description=gettext_lazy("The lead agency's slug."))
    co_authors: list[Slug] = Field(default_factory=list, max_length=50,
                                   description=gettext_lazy("Slugs of the co-author agencies."))
    channels: list[ChannelValue | ChannelIn] = Field(
        default_factory=list, max_length=4,
        description=gettext_lazy(
            "Channel names (\"instagram\" uses the body as its text) or {\"channel\", \"text\"} "
            "objects. The portal article is always there."))
    scheduled_at: dt.datetime | None = Field(
        None, description=gettext_lazy(
            "The intended publication time; used when the post is scheduled."))
    topic: str = Field("", max_length=60)
    image_url: str = Field("", max_length=500, description=gettext_lazy(
        "A public image link (Instagram)."))


class PostActionIn(schemas.Input):
    # A plain string with the names listed as the schema's enum, so that an unknown name gets
    # the "unknown_action" answer naming the known ones.
    action: str = Field(..., min_length=1, max_length=40,
                        description=lazy(lambda: _("One of: %(actions)s.") % {
                            "actions": ", ".join(TRANSITIONS)}, str)(),
                        json_schema_extra={"enum": list(TRANSITIONS)})
    note: str = Field("", max_length=2000)
    scheduled_at: dt.datetime | None = Field(None, description=gettext_lazy("For `schedule`."))


class PostsQuery(schemas.QueryInput):
    agency: str | None = Field(None, max_length=60, description=gettext_lazy(
        "Lead or co-author agency slug."))
    status: PostStatusValue | None = None
    q: str = Field("", max_length=200, description=gettext_lazy("Words in the title or body."))
    cursor: str | None = Field(None, max_length=200)
    limit: int = Field(20, ge=1, le=100)


class ChannelOut(Schema):
    channel: str
    text: str
    length: int
    limit: int


class InfoValueOut(Schema):
    label: str
    probability: float | None
    suggestions: list[str]


class PostOut(Schema):
    id: int
    status: str
    title: str
    body: str
    agency: str
    agency_name: str
    co_authors: list[str]
    channels: list[ChannelOut]
    topic: str
    scheduled_at: dt.datetime | None
    published_at: dt.datetime | None
    created_at: dt.datetime
    url: str | None = Field(None, description=gettext_lazy("The public page, once published."))
    info_value: InfoValueOut | None


class PostListOut(Schema):
    items: list[PostOut]
    next_cursor: str | None


# --- Presenting -------------------------------------------------------------------------------


def post_data(post: Post) -> dict:
    versions = [{"channel": Channel.PORTAL, "text": post.body}] + [
        {"channel": v.channel, "text": v.text}
        for v in sorted(post.versions.all(), key=lambda v: v.channel)]
    return {
        "id": post.pk,
        "status": post.status,
        "title": post.title,
        "body": post.body,
        "agency": post.lead_agency.slug,
        "agency_name": post.lead_agency.name,
        "co_authors": [a.slug for a in post.co_authors.all()],
        "channels": [{**v, "length": channels.length(v["text"]),
                      "limit": channels.LIMITS[v["channel"]].max_chars} for v in versions],
        "topic": post.topic,
        "scheduled_at": post.scheduled_at,
        "published_at": post.published_at,
        "created_at": post.created_at,
        "url": settings.SITE_URL + post.get_absolute_url() if post.is_public else None,
        "info_value": post.info_value,
    }


# --- Looking things up ------------------------------------------------------------------------


def _agency(slug: str) -> Agency:
    agency = Agency.objects.filter(slug=slug).first()
    if agency is None:
        raise bad_request(_("There is no agency with the slug “%(slug)s”.") % {"slug": slug},
                          code="unknown_agency")
    return agency


def _versions(payload: PostIn) -> dict[str, str]:
    versions: dict[str, str] = {}
    for item in payload.channels:
        channel, text = (item, "") if isinstance(item, str) else (item.channel, item.text)
        if channel == Channel.PORTAL:
            continue
        text = text.strip() or payload.body
        errors = channels.limit_errors(channel, text)
        if errors:
            raise bad_request(" ".join(errors), code="too_long", channel=channel)
        versions[channel] = text
    return versions


def _future(moment: dt.datetime | None, field: str) -> dt.datetime | None:
    if moment is None:
        return None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    if moment < timezone.now() - actions.SCHEDULE_GRACE:
        raise bad_request(_("“%(field)s” has already passed; choose a later time.")
                          % {"field": field}, code="in_the_past")
    return moment


def _visible_post(request: HttpRequest, pk: int) -> tuple[Post, Actor]:
    user = caller_of(request).user
    post = selectors.post_list(selectors.posts_visible_to(user=user).filter(pk=pk)).first()
    if post is None:
        raise Http404
    return post, Actor(user=user)


# --- Endpoints --------------------------------------------------------------------------------


@router.get(
    "/posts",
    auth=token_optional,
    response={200: PostListOut, **ERRORS},
    summary=gettext_lazy("Joint posts"),
    description=gettext_lazy(
        "Newest first. Without a token: published posts only. Staff with a token also see "
        "every post of the agencies they lead or co-author (coordinators: all). Pass "
        "`next_cursor` back as `cursor` for the next page."
    ),
)
def post_list(request: HttpRequest, response: HttpResponse, filters: Query[PostsQuery]):
    user = caller_of(request).user

    def build() -> dict:
        posts = selectors.apply_filters(
            selectors.posts_visible_to(user=user),
            selectors.PostFilters(status=filters.status or "",
                                  agency=(filters.agency or "").strip(), q=filters.q),
        )
        page = keyset_page(selectors.post_list(posts), cursor=filters.cursor,
                           size=filters.limit, time_field="listed_at")
        return {"items": [post_data(post) for post in page.items],
                "next_cursor": page.next_cursor}

    if user is not None:
        return build()
    # Without a token every caller gets the same published posts: kept (core.public_cache).
    return public_cache.api_read(request, response, name="api-posts",
                                 scopes=(public_cache.CONTENT, public_cache.SITE),
                                 parts=(filters.model_dump_json(),), build=build)


@router.post(
    "/posts",
    auth=token_required,
    response={201: PostOut, **ERRORS},
    summary=gettext_lazy("Draft a joint post"),
    description=gettext_lazy(
        "Staff of the lead agency (or a coordinator) start a draft. `co_authors` are agency "
        "slugs; each channel version is checked against the platform's limits (Instagram "
        "2,200 characters and 30 hashtags, Facebook 63,206, WhatsApp 4,096)."
    ),
)
def post_create(request: HttpRequest, payload: PostIn):
    user = caller_of(request).user
    lead = _agency(payload.agency)
    # The role before the rest of the payload: a caller who may not write for this agency
    # learns nothing from the other slugs.
    if not may_lead_for(user, lead):
        raise PermissionDenied(_("You may only start posts for your own agency."))
    co_authors = [_agency(slug) for slug in dict.fromkeys(payload.co_authors)]
    post = actions.post_create(
        lead_agency=lead, title=payload.title, body=payload.body, actor=user,
        co_authors=co_authors, versions=_versions(payload), topic=payload.topic,
        image_url=payload.image_url.strip(),
        scheduled_at=_future(payload.scheduled_at, "scheduled_at"))
    post = selectors.post_list(Post.objects.filter(pk=post.pk)).get()
    return Status(201, post_data(post))


PostId = Path(..., ge=1, le=2**63 - 1, description=gettext_lazy("The post's id."))


@router.get(
    "/posts/{post_id}",
    auth=token_optional,
    response={200: PostOut, **ERRORS},
    summary=gettext_lazy("One joint post"),
    description=gettext_lazy(
        "Published posts for everyone; drafts for the staff of their agencies."),
)
def post_get(request: HttpRequest, post_id: int = PostId):
    post, _actor = _visible_post(request, post_id)
    return post_data(post)


@router.post(
    "/posts/{post_id}/actions",
    auth=token_optional,
    response={200: PostOut, **ERRORS},
    summary=gettext_lazy("Move a joint post"),
    description=lazy(lambda: _(
        "`action` is one of: %(actions)s; `note` is optional and `scheduled_at` sets the time "
        "for `schedule`. Answers 404 when the caller may not see the post, 403 when their role "
        "may not take the action, 409 when the post's state does not allow it."
    ) % {"actions": ", ".join(TRANSITIONS)}, str)(),
)
def post_act(request: HttpRequest, payload: PostActionIn, post_id: int = PostId):
    user = caller_of(request).user
    if user is None:
        raise CredentialsRequired()
    action = payload.action
    if action not in TRANSITIONS:
        raise ApiError(400, "unknown_action",
                       _("This action is not known. Use one of: %(actions)s.")
                       % {"actions": ", ".join(TRANSITIONS)})
    post, actor = _visible_post(request, post_id)
    if not may_take(action, post, actor):
        raise PermissionDenied(_("You may not do this to this post."))
    note = payload.note.strip()
    if action == "submit":
        actions.post_submit(post=post, actor=actor, note=note)
    elif action == "approve":
        actions.post_approve(post=post, actor=actor, note=note)
    elif action == "request_changes":
        actions.post_request_changes(post=post, actor=actor, note=note)
    elif action == "schedule":
        actions.post_schedule(post=post, actor=actor, note=note,
                              at=_future(payload.scheduled_at, "scheduled_at"))
    elif action == "publish":
        actions.post_publish(post=post, actor=actor, note=note)
    elif action == "withdraw":
        actions.post_withdraw(post=post, actor=actor, note=note)
    post = selectors.post_list(Post.objects.filter(pk=post.pk)).get()
    return post_data(post)
