"""The channels of the Wonosobo demo: WhatsApp, Facebook, Instagram and email accounts for the
agencies in content.ACCOUNTS, and about 120 conversations of the last three weeks.

Every citizen message enters as a Meta webhook notification through the real path (stored
delivery → parse → process → inbound.receive). Officers answer through `outbound.send_reply`
(stored in the outbox) or, for comments, directly on Facebook or Instagram, which reaches
Jembatan as the Page's own comment. A few conversations become reports. The clock is set to
each step's moment so response times and timelines read as they would have happened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections import Counter

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from jembatan.connectors import actions, outbound
from jembatan.connectors.actions import account_connect
from jembatan.connectors.channels.meta import payloads, process
from jembatan.connectors.demo import content, mail_and_web, stories
from jembatan.connectors.models import Conversation, Platform
from jembatan.core.models import Agency, Membership
from jembatan.core.quiet import notifications_suppressed
from jembatan.core.workdays import JAKARTA

DEMO_CONVERSATIONS = 120
HISTORY_DAYS = 21


def _account_ids(number: int) -> dict[str, str]:
    return {
        Platform.WHATSAPP: f"1065403522{number:05d}",
        Platform.FACEBOOK: f"10254091{number:07d}",
        Platform.INSTAGRAM: f"1784140582{number:07d}",
    }


def connect_demo_accounts() -> int:
    """Connect the demo agencies' accounts (no tokens: the demo runs in outbox mode)."""
    agencies = {a.slug: a for a in Agency.objects.filter(
        slug__in=[slug for slug, _name, _handle in content.ACCOUNTS])}
    connected = 0
    for number, (slug, name, handle) in enumerate(content.ACCOUNTS, start=1):
        agency = agencies.get(slug)
        if agency is None:
            continue
        for platform, external_id in _account_ids(number).items():
            account_connect(agency=agency, platform=platform, external_id=external_id,
                            name=f"@{handle}" if platform == Platform.INSTAGRAM else name)
            connected += 1
        address = (agency.email or f"{slug}@wonosobokab.go.id").lower()
        with contextlib.suppress(Exception):
            # An address another demo agency already uses stays with that agency.
            account_connect(agency=agency, platform=Platform.EMAIL, external_id=address,
                            name=name)
            connected += 1
    return connected


def _deliver(payload: dict) -> None:
    delivery, _created = process.delivery_store(body=payloads.encode(payload),
                                                object_type=payload["object"],
                                                enqueue_task=False)
    process.process_delivery(delivery.pk)


def _citizen_time(rng: random.Random, now: dt.datetime) -> dt.datetime:
    """People write from early morning to late evening, more in the evening."""
    day = (now - dt.timedelta(days=rng.uniform(0, HISTORY_DAYS))).astimezone(JAKARTA)
    hour = rng.choices(range(5, 23), weights=[1, 3, 4, 5, 5, 5, 6, 5, 5, 4, 4, 5, 6, 7, 7,
                                               6, 4, 2])[0]
    at = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    return min(at, now - dt.timedelta(minutes=rng.randint(5, 90)))


def _office_time(rng: random.Random, after: dt.datetime, now: dt.datetime) -> dt.datetime | None:
    """When an officer answers: within office hours, from minutes to a day or two later."""
    at = (after + dt.timedelta(minutes=rng.choice([rng.uniform(8, 90), rng.uniform(60, 600),
                                                   rng.uniform(600, 2400)]))).astimezone(JAKARTA)
    if at.weekday() >= 5:
        at = (at + dt.timedelta(days=7 - at.weekday())).replace(hour=8, minute=rng.randint(0, 50))
    if at.hour < 7:
        at = at.replace(hour=7, minute=rng.randint(30, 59))
    elif at.hour >= 16:
        at = (at + dt.timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
        if at.weekday() >= 5:
            at += dt.timedelta(days=7 - at.weekday())
    return at if at < now - dt.timedelta(minutes=2) else None


def connectors_demo_load(*, log=print, count: int = DEMO_CONVERSATIONS, seed: int = 3307) -> None:
    connected = connect_demo_accounts()
    _load_meta_conversations(connected, log=log, count=count, seed=seed)
    mail_and_web.load(rng=random.Random(seed + 1), now=timezone.now(), log=log)


def _load_meta_conversations(connected: int, *, log, count: int, seed: int) -> None:
    meta = [Platform.WHATSAPP, Platform.FACEBOOK, Platform.INSTAGRAM]
    if Conversation.objects.filter(channel__in=meta).exists():
        log(f"Channels: {connected} accounts; conversations kept as they are")
        return
    accounts = stories.accounts_by_agency()
    if not accounts:
        log("Channels: skipped (no demo agency)")
        return
    rng = random.Random(seed)
    now = timezone.now()
    officers: dict[int, list] = {}
    for membership in Membership.objects.select_related("user"):
        officers.setdefault(membership.agency_id, []).append(membership.user)
    counts: Counter = Counter()
    outbox = settings.CONNECTORS_MODE == "outbox"
    picked = stories.pick_items(rng, accounts, count * 2)
    for item, agency_accounts in picked:
        if counts["conversations"] >= count:
            break
        story = stories.tell(rng, item, agency_accounts, _citizen_time(rng, now), now=now)
        if Conversation.objects.filter(channel=story.channel, agency=story.account.agency,
                                       thread_key=story.thread_key).exists():
            # The same person drawn again for the same agency's chat: their second story would
            # join the first conversation and leave its first message unanswered for days.
            continue
        before = Conversation.objects.count()
        for _at, payload in story.events:
            _deliver(payload)
        counts["conversations"] += Conversation.objects.count() - before
        conversation = Conversation.objects.filter(
            channel=story.channel, agency=story.account.agency,
            thread_key=story.thread_key).first()
        if conversation is None:
            continue
        staff = officers.get(conversation.agency_id) or []
        answer_at = None
        if item["reply"] and staff and rng.random() < 0.72:
            answer_at = _office_time(rng, story.events[-1][0], now)
        if answer_at is not None:
            counts[_answer(rng, story, conversation, body=item["reply"], officer=rng.choice(staff),
                           at=answer_at, outbox=outbox)] += 1
        if item.get("convert") and staff and outbox and rng.random() < 0.6:
            convert_at = _office_time(rng, answer_at or story.events[-1][0], now)
            if convert_at is not None:
                _convert(conversation, officer=rng.choice(staff), at=convert_at)
                counts["converted"] += 1
    if counts["converted"]:
        from jembatan.reports.demo.loader import deadline_notices_as_history

        deadline_notices_as_history(now=timezone.now())
    log(f"Channels: {connected} accounts, {counts['conversations']} conversations "
        f"({counts['jembatan']} answered in Jembatan, {counts['platform']} on the platform, "
        f"{counts['converted']} converted to reports)")


def _answer(rng, story, conversation, *, body: str, officer, at: dt.datetime,
            outbox: bool) -> str:
    if story.channel != Platform.WHATSAPP and (rng.random() < 0.35 or not outbox):
        _deliver(stories.own_reply(rng, story, body=body, at=at))
        return "platform"
    if not outbox:
        return "skipped"
    try:
        with transaction.atomic():
            message = actions.conversation_reply(
                conversation=conversation, actor=officer, body=body, at=at)
    except outbound.OutsideServiceWindow:
        return "too_late"  # an answer after 24 hours needs a template: left unanswered
    outbound.deliver(message.pk, at=at + dt.timedelta(seconds=rng.randint(2, 20)))
    return "jembatan"


def _convert(conversation: Conversation, *, officer, at: dt.datetime) -> None:
    from jembatan.connectors import actions

    conversation.refresh_from_db()
    with notifications_suppressed():
        report = actions.conversation_convert_to_report(conversation=conversation, actor=officer,
                                                        at=at)
        # The routing suggestion the worker would have made: the reports' demo triaged the
        # reports it loaded before these existed.
        from jembatan.reports import routing

        routing.report_triage(report_id=report.pk, notify=False)
        # The tracking code goes out to the citizen from the outbox at once.
        for pk in conversation.messages.filter(
                direction="out", delivery_status="queued").values_list("pk", flat=True):
            outbound.deliver(pk, at=at)
