"""The public's comments on the demo's published news, written through the real actions:
comments from citizens and readers without an account, official replies, flags that hid one
comment and a moderator's reason, and one comment held for a blocklist word. Skipped when news
comments already exist."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from jembatan.content import actions
from jembatan.content.models import NewsComment, Post, PostStatus
from jembatan.core.demo.files import read_demo_file
from jembatan.core.models import User
from jembatan.core.quiet import notifications_suppressed
from jembatan.participation.actions import participant_verify
from jembatan.participation.contributors import Contributor

COMMENTS: list[dict] = read_demo_file(__file__, "news_comments.toml")["comment"]


def _reader(name: str, users: dict[str, User], readers: dict[str, Contributor]) -> Contributor:
    if name in users:
        return Contributor(user=users[name])
    if name not in readers:
        address = f"pembaca{len(readers) + 1}@demo.jembatan.id"
        readers[name] = Contributor(participant=participant_verify(contact=address,
                                                                   display_name=name))
    return readers[name]


@transaction.atomic
def news_comments_demo_load(*, log=print) -> None:
    if NewsComment.objects.exists():
        log("News comments: already loaded")
        return
    posts = {p.title: p for p in Post.objects.filter(status=PostStatus.PUBLISHED)
             .select_related("lead_agency")}
    names = {row["by"] for row in COMMENTS} | {row.get("official", "") for row in COMMENTS}
    users = {u.username: u for u in User.objects.filter(username__in=names)}
    moderator = User.objects.filter(is_coordinator=True).order_by("pk").first()
    readers: dict[str, Contributor] = {}
    now = timezone.now()
    with notifications_suppressed():
        for n, row in enumerate(COMMENTS):
            post = posts.get(row["post"])
            if post is None:
                continue
            start = post.published_at or now
            at = min(start + dt.timedelta(hours=row["hours"]), now - dt.timedelta(minutes=30))
            comment = actions.news_comment_create(
                post=post, contributor=_reader(row["by"], users, readers), body=row["body"],
                at=at)
            if row.get("official") in users:
                actions.news_comment_reply_official(
                    comment=comment, actor=users[row["official"]], body=row["reply"],
                    at=min(at + dt.timedelta(hours=2), now - dt.timedelta(minutes=10)))
            for m, reason in enumerate(row.get("flags", [])):
                flagger = _reader(f"Pembaca Wonosobo {n}-{m}", users, readers)
                comment = actions.news_comment_flag(comment=comment, contributor=flagger,
                                                    reason=reason)
            if row.get("hidden") and moderator is not None:
                actions.news_comment_hide(comment=comment, actor=moderator,
                                          reason=row["hidden"])
    log(f"News comments: {NewsComment.objects.count()} comments and official replies")
