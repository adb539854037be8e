"""The conversation list's rows are written in Python (`connectors_tags.conversation_rows_html`)
for speed; `connectors/_inbox_rows.html` (with the `channel_icon` inclusion tag) is the
reference they must equal byte for byte, in every state a row can be in (decision 0059)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from jembatan.connectors.models import (
    Contact,
    Conversation,
    ConversationMessage,
    Label,
    Platform,
)
from jembatan.core.models import Agency, User
from jembatan.reports.models import Report

REFERENCE = Template('{% include "connectors/_inbox_rows.html" %}')
WRITTEN = Template("{% load connectors_tags %}{% conversation_rows_html %}")

NOW = dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)

DPUPR = Agency(pk=1, name="Dinas Pekerjaan Umum & Penataan Ruang", short_name="DPUPR <PU>",
               slug="dpupr")
NO_SHORT = Agency(pk=2, name="Kecamatan \"Garung\" & Desa", short_name="", slug="garung")
OFFICER = User(pk=5, username="petugas", full_name="Budi O'Hara & Sons")
REPORT = Report(pk=9, tracking_code="WSB-ABCD-EF")


def conversation(n: int, *, labels=(), **fields) -> Conversation:
    """A row as the list query gives it (annotations included), without a database."""
    annotations = {key: fields.pop(key) for key in
                   ("last_excerpt", "last_direction", "last_kind", "failed_count")
                   if key in fields}
    values = {"pk": n, "agency": DPUPR, "channel": Platform.WHATSAPP,
              "contact": Contact(pk=n, name=f"Siti <{n}> & \"Bu\""),
              "last_message_at": NOW - n * 7 * MINUTE, "status": Conversation.Status.OPEN}
    values.update(fields)
    made = Conversation(**values)
    for key, value in {"last_excerpt": "", "last_direction": "in", "last_kind": "text",
                       "failed_count": None, **annotations}.items():
        setattr(made, key, value)
    made._prefetched_objects_cache = {"labels": Label.objects.none()._chain()}
    made._prefetched_objects_cache["labels"]._result_cache = list(labels)
    made._prefetched_objects_cache["labels"]._prefetch_done = True
    return made


def every_state() -> list[Conversation]:
    kinds = ConversationMessage.Kind.values
    rows = [
        conversation(1, last_excerpt="Jalan <rusak> & licin", waiting_since=NOW - 50 * MINUTE,
                     subject="Jalan & jembatan", labels=[Label(pk=1, name="Jalan <utama>"),
                                                         Label(pk=2, name="Banjir")]),
        conversation(2, channel=Platform.EMAIL, last_direction="out", last_excerpt="Terima kasih",
                     needs_reply=False, report=REPORT, assigned_to=OFFICER, failed_count=1,
                     agency=NO_SHORT, status=Conversation.Status.CLOSED),
        conversation(3, channel=Platform.FACEBOOK, last_direction="out", last_kind="image",
                     last_excerpt="", failed_count=3, waiting_since=NOW - 3 * 1440 * MINUTE),
        conversation(4, channel=Platform.INSTAGRAM, last_kind="system",
                     last_excerpt="Nomor berganti", waiting_since=NOW - 20 * 60 * MINUTE),
        conversation(5, channel=Platform.WEB, last_kind=None, last_excerpt=None,
                     contact=Contact(pk=50, handle="@warga_wsb")),
        conversation(6, channel="sms", last_kind="document", last_excerpt="Surat.pdf",
                     waiting_since=NOW - 30 * 1000 * MINUTE, needs_reply=False),
        conversation(7, waiting_since=NOW - 10 * dt.timedelta(seconds=1)),
    ]
    rows += [conversation(10 + i, last_kind=kind, last_excerpt="isi" if i % 2 else "")
             for i, kind in enumerate(kinds)]
    return rows


def both(context: dict) -> tuple[str, str]:
    return REFERENCE.render(Context(context)), WRITTEN.render(Context(context))


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("spam_view", [False, True])
@pytest.mark.parametrize(("csrf_token", "query", "next_cursor", "oldest"), [
    ("a" * 64, "view=all&q=jalan <x>", "eyJ0Ijo=", False),
    ("NOTPROVIDED", "", "abc", True),
    (None, "", None, False)])
def test_the_written_rows_equal_the_template_in_every_state(language, spam_view, csrf_token,
                                                            query, next_cursor, oldest):
    context = {"page": SimpleNamespace(items=every_state(), next_cursor=next_cursor),
               "now": NOW, "spam_view": spam_view, "here": "/staf/percakapan/?view=all&x=\"1\"",
               "query": query, "oldest": oldest, "csrf_token": csrf_token}
    with translation.override(language):
        reference, written = both(context)
    assert written == reference
    assert "WSB-ABCD-EF" in written


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize(("spam_view", "query", "nothing_waits"), [
    (True, "", False), (True, "view=spam&q=x", False), (False, "", True), (False, "q=x", False)])
def test_an_empty_list_equals_the_template(language, spam_view, query, nothing_waits):
    context = {"page": SimpleNamespace(items=[], next_cursor=None), "now": NOW,
               "spam_view": spam_view, "query": query, "nothing_waits": nothing_waits}
    with translation.override(language):
        reference, written = both(context)
    assert written == reference
    assert "<td colspan" in written


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["", "?view=all", "?view=spam"])
def test_the_list_shows_the_written_rows(client, coordinator, path):
    """Through the real view, for the htmx rows and the whole page alike."""
    client.force_login(coordinator)
    url = reverse("connectors:inbox") + path
    response = client.get(url)
    assert response.status_code == 200
    context = response.context
    names = ("page", "now", "spam_view", "here", "query", "oldest", "nothing_waits",
             "csrf_token")
    reference = REFERENCE.render(Context({name: context.get(name) for name in names}))
    assert reference.strip() in response.content.decode()
