"""Joint posts of the Wonosobo demo, each moved through the real actions so their history,
approvals, information value and distributions are what the product itself would have written.
Safe to run again: a post whose title exists is left as it is.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from jembatan.content import actions
from jembatan.content.demo.data import POSTS
from jembatan.content.demo.pictures import banner_picture
from jembatan.content.models import ContentSettings, Post, PostSuggestion
from jembatan.core.models import Agency, Membership, User
from jembatan.core.quiet import notifications_suppressed
from jembatan.core.workflow import Actor

PLATFORMS = ("facebook", "instagram", "whatsapp")


def _moment(days: int, hour: int) -> dt.datetime:
    today = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    return today.replace(hour=hour) + dt.timedelta(days=days)


def _member(agency: Agency, role: str | None = None) -> User | None:
    memberships = Membership.objects.filter(agency=agency, user__is_active=True)
    if role:
        memberships = memberships.filter(role=role)
    found = memberships.select_related("user").order_by("role", "pk").first()
    return found.user if found else None


def _connect_accounts(agency: Agency) -> None:
    """Demo Pages and numbers for the lead agency, so distributions land in the outbox."""
    from jembatan.connectors.actions import account_connect
    from jembatan.connectors.models import ConnectedAccount

    have = set(ConnectedAccount.objects.filter(agency=agency).values_list("platform", flat=True))
    for n, platform in enumerate(PLATFORMS):
        if platform in have:
            continue
        external_id = str(9_100_000_000_000 + agency.pk * 10 + n)
        if ConnectedAccount.objects.filter(platform=platform, external_id=external_id).exists():
            continue
        account_connect(agency=agency, platform=platform, external_id=external_id,
                        name=f"{agency.short_name} ({platform})", token="demo-token")


def _load_one(row: dict, agencies: dict[str, Agency], coordinator: User | None) -> str | None:
    lead = agencies.get(row["lead"])
    if lead is None:
        return None
    author = _member(lead, Membership.Role.OFFICER) or _member(lead) or coordinator
    approver = _member(lead, Membership.Role.AGENCY_ADMIN) or coordinator
    if author is None or approver is None:
        return None
    co_authors = [agencies[slug] for slug in row.get("co_authors", []) if slug in agencies]
    picture = (banner_picture(fact=row["picture_fact"], agency=lead)
               if row.get("picture_fact") else None)
    post = actions.post_create(
        lead_agency=lead, title=row["title"], body=row["body"], actor=author,
        co_authors=co_authors, versions=row.get("versions", {}), topic=row.get("topic", ""),
        image_url=row.get("image_url", ""), picture=picture,
        # Written in the past even when the demo is loaded before nine in the morning.
        at=min(_moment(row.get("days", 0), 9), timezone.now() - dt.timedelta(minutes=20)))
    by_author, by_approver = Actor(user=author), Actor(user=approver)
    state = row["state"]
    if state != "draft":
        actions.post_submit(post=post, actor=by_author)
    for comment in row.get("comment", []):
        person = agencies.get(comment["agency"]) and _member(agencies[comment["agency"]])
        if person is not None:
            actions.comment_add(post=post, actor=Actor(user=person), body=comment["text"])
    for proposed in row.get("suggestion", []):
        person = agencies.get(proposed["agency"]) and _member(agencies[proposed["agency"]])
        if person is None:
            continue
        note = proposed["note"]
        suggestion = actions.suggestion_add(
            post=post, actor=Actor(user=person), channel=proposed["channel"],
            text=proposed.get("text", f"{post.body}\n\n{note}"), note=note)
        if proposed["decision"] != PostSuggestion.State.OPEN:
            actions.suggestion_decide(suggestion=suggestion, actor=by_author,
                                      accept=proposed["decision"] == "accept")
    if state == "changes_requested":
        actions.post_request_changes(post=post, actor=by_approver, note=row.get("request_note",
                                                                                ""))
    elif state == "withdrawn":
        actions.post_withdraw(post=post, actor=by_author, note=row.get("withdraw_note", ""))
    elif state in ("approved", "scheduled", "published"):
        actions.post_approve(post=post, actor=by_approver)
        if state == "scheduled":
            actions.post_schedule(post=post, actor=by_author, at=_moment(*row["at"]))
        elif state == "published":
            _connect_accounts(lead)
            actions.post_publish(post=post, actor=by_author, at=_moment(*row["at"]))
    return state


@transaction.atomic
def content_demo_load(*, log=print) -> None:
    ContentSettings.objects.get_or_create(singleton=True)
    agencies = {a.slug: a for a in Agency.objects.all()}
    coordinator = User.objects.filter(username="koordinator").first()
    existing = set(Post.objects.values_list("title", flat=True))
    made: dict[str, int] = {}
    with notifications_suppressed():
        for row in POSTS:
            if row["title"] in existing:
                continue
            state = _load_one(row, agencies, coordinator)
            if state:
                made[state] = made.get(state, 0) + 1
    summary = ", ".join(f"{n} {state}" for state, n in sorted(made.items())) or "none new"
    log(f"Joint posts: {Post.objects.count()} ({summary})")
