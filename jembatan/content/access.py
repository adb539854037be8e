"""Access helpers for joint posts: the post and who is asking, or 404.

A post the viewer may not see answers 404, never 403, so its existence does not leak; a post
they see but may not act on answers 403 from the action.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest

from jembatan.content.models import NewsComment, Post, PostStatus
from jembatan.content.rules import is_party
from jembatan.content.selectors import post_detail, public_posts
from jembatan.core.workflow import Actor


def get_post_for_staff(request: HttpRequest, pk: int) -> tuple[Post, Actor]:
    """The post for coordinators and the staff of its lead and co-author agencies."""
    if not request.user.is_authenticated:
        raise Http404
    post = post_detail(pk=pk)
    actor = Actor(user=request.user)
    if post is None or not is_party(post, actor):
        raise Http404
    return post, actor


def get_public_post(key: str) -> Post:
    """A published post by its slug or its id."""
    posts = public_posts()
    # ASCII digits only: str.isdigit() is also true for "²", which int() refuses.
    numeric = key.isascii() and key.isdigit()
    post = posts.filter(slug=key).first() if not numeric else None
    if post is None and numeric and len(key) < 19:
        post = posts.filter(pk=int(key)).first()
    if post is None or post.status != PostStatus.PUBLISHED:
        raise Http404
    return post


def get_news_comment_for_public(pk: int) -> NewsComment:
    """A comment the public sees on a published article (not one held for review), or 404."""
    comment = (NewsComment.objects.select_related("post__lead_agency")
               .filter(pk=pk, post__status=PostStatus.PUBLISHED)
               .exclude(status=NewsComment.Status.PENDING).first())
    if comment is None:
        raise Http404
    return comment


def get_news_comment_for_staff(request: HttpRequest, pk: int) -> NewsComment:
    """A comment on an article of the person's agencies (any, for a coordinator), or 404; the
    action decides whether they may moderate or reply (403)."""
    comment = (NewsComment.objects.select_related("post__lead_agency", "author", "parent")
               .filter(pk=pk).first())
    if comment is None or not is_party(comment.post, Actor(user=request.user)):
        raise Http404
    return comment
