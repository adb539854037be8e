"""Conversations for the staff-side tests, stored through inbound.receive exactly as webhooks,
mail and imports store them."""

from __future__ import annotations

import datetime as dt
import itertools

from django.utils import timezone

from jembatan.connectors.inbound import InboundItem, receive
from jembatan.connectors.models import Conversation

_ids = itertools.count(1)


def whatsapp(agency, *, number: str = "6281234567890", body: str = "Selamat siang, kapan "
             "jalan di Kalikajar diperbaiki?", name: str = "Sumarni", at: dt.datetime | None = None
             ) -> Conversation:
    n = next(_ids)
    message, _created = receive(InboundItem(
        channel="whatsapp", contact_id=number, contact_name=name, thread_key=number,
        external_id=f"wamid.TEST{n:06d}", body=body, at=at or timezone.now(),
    ), agency=agency)
    return message.conversation


def comment(agency, *, channel: str = "instagram", body: str = "Min, air PDAM di Sapuran mati "
            "sejak kemarin, kapan nyala?", author: str = "1789", name: str = "wulan_wsb",
            at: dt.datetime | None = None, thread: str | None = None) -> Conversation:
    n = next(_ids)
    comment_id = f"{17900000 + n}"
    message, _created = receive(InboundItem(
        channel=channel, contact_id=author, contact_handle=name, contact_name=name,
        thread_key=thread or comment_id, external_id=comment_id, body=body,
        at=at or timezone.now(), post_id="post-1", post_text="Jadwal pemeliharaan pipa minggu ini",
        post_url="https://www.instagram.com/p/TESTPOST/",
    ), agency=agency)
    return message.conversation


def email(agency, *, sender: str = "budi.santoso@contoh.id", body: str = "Mohon info syarat "
          "izin usaha.", subject: str = "Syarat izin", at: dt.datetime | None = None
          ) -> Conversation:
    n = next(_ids)
    message_id = f"<test{n}@contoh.id>"
    message, _created = receive(InboundItem(
        channel="email", contact_id=sender, contact_name="Budi Santoso", thread_key=message_id,
        external_id=message_id, body=body, subject=subject, at=at or timezone.now(),
    ), agency=agency)
    return message.conversation
