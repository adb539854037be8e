"""Conversations for `generate_load`: contacts, conversations on the five channels and their
messages, with the counters the inbound and outbound paths keep (last message, waiting since,
first response) worked out from the messages themselves.

Texts: what citizens write on WhatsApp, Facebook and Instagram in the demo
(`demo/conversations.toml`: the message, the officer's reply, a follow-up), the demo's emails and
web questions (`demo/mail_and_web.toml`), and the routing data's citizens' messages for the
agencies the demo has no conversation for, answered with the demo's officers' replies.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import time
import tomllib
from itertools import accumulate

from django.db import connection, transaction

from jembatan.connectors.models import (
    Contact,
    Conversation,
    ConversationMessage,
    Label,
)
from jembatan.core.loadgen import (
    PACKAGE,
    Pipeline,
    Plan,
    TableWriter,
    in_lanes,
    next_id,
    reporter_names,
)
from jembatan.core.models import Agency, Membership

CHANNELS = ["whatsapp", "facebook", "instagram", "email", "web"]
CHANNEL_WEIGHTS = [45, 20, 20, 10, 5]
STATUS_WEIGHTS = [55, 20]  # answered, closed
# The same draws as random.choices(…, weights), without summing the weights at every draw.
CHANNEL_CUMULATIVE = list(accumulate(CHANNEL_WEIGHTS))
OPEN_SHARE = (25, 8, 2)  # open, against the above: last two weeks, two months, older
MEAN_MESSAGES = 3.3
OUTBOUND = [
    "Terima kasih, laporan Bapak/Ibu sudah kami teruskan ke petugas lapangan.",
    "Pelayanan buka Senin sampai Jumat pukul 08.00–15.00.",
    "Mohon kirimkan lokasi lengkap agar petugas dapat meninjau.",
    "Sudah kami jadwalkan perbaikan minggu depan.",
]
NOTES = [
    "Sudah dikoordinasikan dengan bidang terkait.",
    "Pelapor sudah ditelepon, menunggu foto lokasi.",
    "Diteruskan ke UPT, jadwal survei minggu ini.",
]
LABELS = ["jalan", "air bersih", "kesehatan", "sampah", "administrasi", "hoaks"]


def material() -> dict[str, list[tuple[str, str, str]]]:
    """(citizen's text, officer's reply, follow-up) per channel and agency slug."""
    demo = tomllib.loads((PACKAGE / "connectors/demo/conversations.toml").read_text())
    mail = tomllib.loads((PACKAGE / "connectors/demo/mail_and_web.toml").read_text())
    items: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for item in demo["item"]:
        for channel in item["channels"]:
            items.setdefault((channel, item["agency"]), []).append(
                (item["text"], item.get("reply", ""), item.get("followup", "")))
    for email in mail["email"]:
        items.setdefault(("email", email["agency"]), []).append(
            (email["text"], email.get("answer", ""), ""))
    for question in mail["question"]:
        items.setdefault(("web", question["agency"]), []).append(
            (question["question"], question.get("answer", ""), ""))
    replies = [r for group in items.values() for _t, r, _f in group if r] + OUTBOUND
    for name in ("routing_train.csv", "routing_test.csv"):
        with (PACKAGE / "triage/data" / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for channel in CHANNELS:
                    if (channel, row["agency"]) not in items or len(
                            items[(channel, row["agency"])]) < 12:
                        items.setdefault((channel, row["agency"]), []).append(
                            (row["text"], "", ""))
    return {"items": items, "replies": replies}


def generate(plan: Plan) -> None:
    if plan.conversations <= 0:
        return
    rng, now = plan.rng, plan.now
    found = material()
    items, replies = found["items"], found["replies"]
    agencies = list(Agency.objects.filter(is_active=True).order_by("pk"))
    slugs = {a.pk: a.slug for a in agencies}
    agency_ids = [a.pk for a in agencies]
    weights = [rng.paretovariate(1.3) for _ in agency_ids]
    agency_cumulative = list(accumulate(weights))
    officers: dict[int, list[int]] = {}
    for agency_id, user_id in Membership.objects.values_list("agency_id", "user_id"):
        officers.setdefault(agency_id, []).append(user_id)
    names = reporter_names()
    Direction = ConversationMessage.Direction
    Status = Conversation.Status
    started = time.perf_counter()

    labels = {}
    for name in LABELS:
        label, _created = Label.objects.get_or_create(name=name, agency=None)
        labels[name] = label.pk
    label_ids = list(labels.values())

    # About two conversations per person and channel.
    per_channel = max(1, plan.conversations // (2 * len(CHANNELS)))
    contacts_writer = TableWriter(Contact, ["id", "platform", "external_id", "name", "handle",
                                            "created_at"])
    contact_ids: dict[str, range] = {}
    contact_id = next_id(Contact)
    salt = rng.randrange(10**9)
    for channel in CHANNELS:
        first = contact_id
        for n in range(per_channel):
            name = rng.choice(names)
            handle = name.lower().replace(" ", ".")[:20] + str(n % 1000)
            external = (f"{handle}.{salt % 10**6}.{n}@contoh.id" if channel == "email" else
                        f"62812{(salt + n) % 10**8:08d}" if channel == "whatsapp" else
                        f"{channel}-{salt}-{n}")
            contacts_writer.add({"id": contact_id, "platform": channel, "external_id": external,
                                 "name": name, "handle": handle if channel in (
                                     "facebook", "instagram") else "",
                                 "created_at": plan.start})
            contact_id += 1
            if len(contacts_writer.rows) >= 50_000:
                with transaction.atomic():
                    contacts_writer.flush()
        contact_ids[channel] = range(first, contact_id)
    with transaction.atomic():
        contacts_writer.flush()

    conversations = TableWriter(Conversation, [
        "id", "agency_id", "channel", "contact_id", "thread_key", "subject", "status",
        "needs_reply", "needs_reply_is_suggestion", "assigned_to_id", "created_at",
        "last_message_at", "last_inbound_at", "last_outbound_at", "waiting_since",
        "first_response_at", "first_response_seconds"])
    messages = TableWriter(ConversationMessage, [
        "conversation_id", "direction", "kind", "body", "author_id", "external_id",
        "created_at", "delivery_status", "sent_at"])
    through = Conversation.labels.through
    label_rows = TableWriter(through, ["conversation_id", "label_id"])
    # Messages per conversation: 1 + a geometric number, with the mean above.
    scale = 1 / math.log(1 + 1 / (MEAN_MESSAGES - 1))
    moments = plan.sorted_moments(plan.conversations)
    first_id = next_id(Conversation)

    def lane_work(lane: int, lanes: int) -> dict[str, int]:
        pipeline = Pipeline()
        try:
            for offset in range(lane * plan.batch, plan.conversations, lanes * plan.batch):
                for n, created in enumerate(moments[offset:offset + plan.batch]):
                    conversation_id = first_id + offset + n
                    channel = rng.choices(CHANNELS, cum_weights=CHANNEL_CUMULATIVE)[0]
                    agency_id = rng.choices(agency_ids, cum_weights=agency_cumulative)[0]
                    pool = items.get((channel, slugs[agency_id])) or items[
                        rng.choice([key for key in items if key[0] == channel])]
                    text, reply, followup = rng.choice(pool)
                    # Old conversations are mostly answered or closed, as in a working inbox.
                    age = (now - created).days
                    open_share = OPEN_SHARE[0] if age < 14 else OPEN_SHARE[1] if age < 60 \
                        else OPEN_SHARE[2]
                    status = rng.choices([Status.OPEN, Status.ANSWERED, Status.CLOSED],
                                         [open_share, *STATUS_WEIGHTS])[0]
                    count = min(15, 1 + int(rng.expovariate(1 / scale)))
                    if status != Status.OPEN:
                        count = max(count, 2)
                    if status == Status.ANSWERED and count % 2:
                        count += 1  # ends with the agency's reply
                    staff = officers.get(agency_id) or [None]
                    moment = created
                    rows = []
                    for i in range(count):
                        if status == Status.OPEN and i == count - 1:
                            direction = Direction.IN  # an open conversation ends with the citizen
                        elif i % 2 == 0:
                            direction = Direction.IN
                        else:
                            direction = (Direction.NOTE if i > 1 and rng.random() < 0.1
                                         else Direction.OUT)
                        if direction == Direction.IN:
                            body = text if i == 0 else (followup or rng.choice(pool)[0])
                        elif direction == Direction.NOTE:
                            body = rng.choice(NOTES)
                        else:
                            body = reply if i == 1 and reply else rng.choice(replies)
                        rows.append((direction, body, moment))
                        moment += dt.timedelta(seconds=rng.randint(60, 2 * 86400))
                        if moment >= now:
                            break  # a conversation started yesterday has had fewer messages
                    needs_reply = rng.random() > 0.1
                    inbound = [r[2] for r in rows if r[0] == Direction.IN]
                    outbound = [r[2] for r in rows if r[0] == Direction.OUT]
                    waiting = status == Status.OPEN and needs_reply and not (
                        outbound and outbound[-1] > inbound[-1])
                    answered = bool(outbound) and needs_reply
                    conversations.add({
                        "id": conversation_id, "agency_id": agency_id, "channel": channel,
                        "contact_id": rng.choice(contact_ids[channel]),
                        "thread_key": f"t{conversation_id}",
                        "subject": text.split("\n")[0][:80] if channel == "email" else "",
                        "status": status, "needs_reply": needs_reply,
                        "needs_reply_is_suggestion": True,
                        "assigned_to_id": rng.choice(staff) if rng.random() < 0.2 else None,
                        "created_at": created, "last_message_at": rows[-1][2],
                        "last_inbound_at": inbound[-1] if inbound else None,
                        "last_outbound_at": outbound[-1] if outbound else None,
                        "waiting_since": inbound[-1] if waiting else None,
                        "first_response_at": outbound[0] if answered else None,
                        "first_response_seconds": int((outbound[0] - inbound[0]).total_seconds())
                        if answered else None,
                    })
                    for number, (direction, body, moment) in enumerate(rows):
                        outgoing = direction == Direction.OUT
                        messages.add({
                            "conversation_id": conversation_id, "direction": direction,
                            "kind": ConversationMessage.Kind.TEXT, "body": body,
                            "author_id": rng.choice(staff) if direction != Direction.IN else None,
                            "external_id": f"gen{salt}-{conversation_id}-{number}"
                            if direction != Direction.NOTE else "",
                            "created_at": moment,
                            "delivery_status": ("failed" if rng.random() < 0.005 else "delivered")
                            if outgoing else "",
                            "sent_at": moment if outgoing else None})
                    if rng.random() < 0.05:
                        label_rows.add({"conversation_id": conversation_id,
                                        "label_id": rng.choice(label_ids)})
                pipeline.submit([conversations, messages, label_rows])
                done = min(offset + plan.batch, plan.conversations)
                if done % max(plan.batch, 100_000) < plan.batch or done == plan.conversations:
                    plan.log(f"  conversations: {done:,}, messages: {messages.written:,} "
                             f"({time.perf_counter() - started:.0f} s)")
        finally:
            pipeline.close()
        return {"connectors.conversations": conversations.written,
                "connectors.messages": messages.written}

    plan.counts.update(in_lanes(plan, lane_work))
    plan.counts["connectors.contacts"] = contacts_writer.written
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE connectors_conversation")


