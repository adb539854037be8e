"""Citizens' messages from content.py turned into Meta webhook notifications for an agency's
connected accounts: a WhatsApp chat, a comment under a Page post or an Instagram post, with an
occasional follow-up, a reply of another citizen in the thread, or an edited comment.

Used by the demo loader (processed in place) and by `simulate_channels` (sent over HTTP). The
same person keeps the same WhatsApp number and platform ids everywhere, so a citizen who writes
to several agencies shows up with their earlier contacts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field

from jembatan.connectors.channels.meta import payloads
from jembatan.connectors.demo import content
from jembatan.connectors.models import ConnectedAccount, Platform

META_PLATFORMS = (Platform.WHATSAPP, Platform.FACEBOOK, Platform.INSTAGRAM)
POSTS_PER_ACCOUNT = 4  # comments gather under a few recent posts, as on a real Page


@dataclass
class Story:
    item: dict
    channel: str
    account: ConnectedAccount
    thread_key: str
    at: dt.datetime
    post_id: str = ""
    # (when, notification) in the order the platform would send them
    events: list[tuple[dt.datetime, dict]] = field(default_factory=list)


def _digits(seed: str, count: int) -> str:
    number = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return str(number)[:count].rjust(count, "1")


def person_ids(name: str) -> dict[str, str]:
    """Stable platform ids of one demo person."""
    prefix = ["812", "813", "821", "852", "857", "895"][int(_digits(name, 2)) % 6]
    return {
        "wa_id": f"62{prefix}{_digits('wa' + name, 8)}",
        "facebook": "10" + _digits("fb" + name, 14),
        "instagram": "178414" + _digits("ig" + name, 11),
    }


def accounts_by_agency(agency_slug: str | None = None) -> dict[str, dict[str, ConnectedAccount]]:
    """{agency slug: {platform: account}} of the active WhatsApp, Facebook and Instagram
    accounts."""
    accounts = (ConnectedAccount.objects.select_related("agency")
                .filter(is_active=True, platform__in=META_PLATFORMS).order_by("pk"))
    if agency_slug:
        accounts = accounts.filter(agency__slug=agency_slug)
    found: dict[str, dict[str, ConnectedAccount]] = {}
    for account in accounts:
        found.setdefault(account.agency.slug, {}).setdefault(account.platform, account)
    return found


def pick_items(rng: random.Random, accounts: dict[str, dict[str, ConnectedAccount]],
               count: int) -> list[tuple[dict, dict[str, ConnectedAccount]]]:
    """`count` items for agencies with accounts. An agency the content does not know gets
    messages written to others (most of them fit any public office)."""
    own = [(item, accounts[item["agency"]]) for item in content.ITEMS
           if item["agency"] in accounts
           and set(item["channels"]) & set(accounts[item["agency"]])]
    if not own:
        own = [(item, platforms) for platforms in accounts.values() for item in content.ITEMS
               if set(item["channels"]) & set(platforms)]
    if not own:
        return []
    rng.shuffle(own)
    return [own[number % len(own)] for number in range(count)]


def tell(rng: random.Random, item: dict, accounts: dict[str, ConnectedAccount],
         at: dt.datetime, *, now: dt.datetime | None = None) -> Story:
    """One citizen writing `item`, and what may follow, as notifications."""
    now = now or at
    channel = rng.choice([c for c in item["channels"] if c in accounts])
    account = accounts[channel]
    name, username = rng.choice(content.PEOPLE)
    ids = person_ids(name)

    def later(low_minutes: float, high_minutes: float) -> dt.datetime:
        return min(at + dt.timedelta(minutes=rng.uniform(low_minutes, high_minutes)), now)

    if channel == Platform.WHATSAPP:
        story = Story(item, channel, account, ids["wa_id"], at)
        story.events.append((at, payloads.whatsapp_message(
            phone_number_id=account.external_id, wa_id=ids["wa_id"], name=name,
            wamid=payloads.new_wamid(rng), at=at, text=item["text"])))
        if item.get("followup") and rng.random() < 0.5:
            when = later(10, 180)
            story.events.append((when, payloads.whatsapp_message(
                phone_number_id=account.external_id, wa_id=ids["wa_id"], name=name,
                wamid=payloads.new_wamid(rng), at=when, text=item["followup"])))
        return story

    other_name, other_username = rng.choice([p for p in content.PEOPLE if p[0] != name])
    other = person_ids(other_name)
    if channel == Platform.FACEBOOK:
        post_number = rng.randint(1, POSTS_PER_ACCOUNT)
        post_id = f"{account.external_id}_{_digits(f'{account.external_id}{post_number}', 15)}"
        comment_id = f"{post_id.split('_')[1]}_{payloads.new_meta_id(rng, 16)}"
        story = Story(item, channel, account, comment_id, at)
        story.events.append((at, payloads.page_comment(
            page_id=account.external_id, post_id=post_id, comment_id=comment_id,
            author_id=ids["facebook"], author_name=name, message=item["text"], at=at)))
        if rng.random() < 0.07 and len(item["text"]) > 30:
            when = later(2, 20)
            story.events.append((when, payloads.page_comment(
                page_id=account.external_id, post_id=post_id, comment_id=comment_id,
                author_id=ids["facebook"], author_name=name, verb="edited", at=when,
                message=item["text"] + " Mohon segera ditindaklanjuti.")))
        if item.get("followup") and rng.random() < 0.6:
            when = later(5, 300)
            story.events.append((when, payloads.page_comment(
                page_id=account.external_id, post_id=post_id,
                comment_id=f"{post_id.split('_')[1]}_{payloads.new_meta_id(rng, 16)}",
                parent_id=comment_id, author_id=other["facebook"], author_name=other_name,
                message=item["followup"], at=when)))
        story.post_id = post_id
        return story

    media_id = "17" + _digits(account.external_id + str(rng.randint(1, POSTS_PER_ACCOUNT)), 15)
    comment_id = payloads.new_meta_id(rng, 17)
    story = Story(item, channel, account, comment_id, at)
    story.events.append((at, payloads.instagram_comment(
        account_id=account.external_id, media_id=media_id, comment_id=comment_id,
        author_id=ids["instagram"], username=username, text=item["text"], at=at,
        media_product_type=rng.choice(["FEED", "FEED", "REELS"]))))
    if item.get("followup") and rng.random() < 0.6:
        when = later(5, 300)
        story.events.append((when, payloads.instagram_comment(
            account_id=account.external_id, media_id=media_id,
            comment_id=payloads.new_meta_id(rng, 17), parent_id=comment_id,
            author_id=other["instagram"], username=other_username,
            text=f"@{username} {item['followup']}", at=when)))
    story.post_id = media_id
    return story


def own_reply(rng: random.Random, story: Story, *, body: str, at: dt.datetime) -> dict:
    """The agency answering a comment directly on Facebook or Instagram: Meta notifies the
    Page's (or account's) own comment like any other."""
    account = story.account
    if story.channel == Platform.FACEBOOK:
        post_id = story.post_id
        return payloads.page_comment(
            page_id=account.external_id, post_id=post_id,
            comment_id=f"{post_id.split('_')[1]}_{payloads.new_meta_id(rng, 16)}",
            parent_id=story.thread_key, author_id=account.external_id,
            author_name=account.name, message=body, at=at)
    return payloads.instagram_comment(
        account_id=account.external_id, media_id=story.post_id,
        comment_id=payloads.new_meta_id(rng, 17), parent_id=story.thread_key,
        author_id=account.external_id, username=account.name, text=body, at=at)
