"""The spam folder: conversations read as spam or marked by staff leave every working list and
count; "Bukan spam" brings one back and teaches the suggestion about its sender."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from jembatan.connectors import actions, selectors
from jembatan.connectors.models import Contact, Conversation
from jembatan.connectors.tests.staff_factories import comment, whatsapp
from jembatan.core import start_counts
from jembatan.core.models import AuditEntry
from jembatan.insights.facts import conversation_facts

pytestmark = pytest.mark.django_db

INBOX = reverse("connectors:inbox")
SPAM = "Slot gacor hari ini maxwin, daftar sekarang bonus 100% klik bio"
QUESTION = "Min, air PDAM di Sapuran mati sejak kemarin, kapan nyala?"


def _spam(agency, *, author: str = "9001", name: str = "promo_gacor") -> Conversation:
    return comment(agency, body=SPAM, author=author, name=name)


def _audited(action: str, conversation: Conversation) -> bool:
    return AuditEntry.objects.filter(action=action, object_id=str(conversation.pk)).exists()


# --- Read as spam when it arrives ------------------------------------------------------------


def test_a_message_read_as_spam_goes_to_the_spam_folder_and_waits_for_nobody(agency_a):
    conversation = _spam(agency_a)
    assert conversation.is_spam
    assert conversation.needs_reply_reason == "spam"
    assert conversation.waiting_since is None


def test_a_question_is_not_spam(agency_a):
    conversation = comment(agency_a, body=QUESTION)
    assert not conversation.is_spam
    assert conversation.waiting_since is not None


def test_a_loan_promotion_is_read_as_spam(agency_a):
    conversation = comment(agency_a, body="Butuh dana cepat? Pinjaman online tanpa BI checking "
                                          "cair 5 menit, WA 0812xxxxxxx")
    assert conversation.is_spam


def test_after_not_spam_the_senders_later_messages_are_not_read_as_spam(agency_a, officer_a):
    first = _spam(agency_a, author="4242")
    actions.conversation_spam_restore(conversation=first, actor=officer_a)
    assert Contact.objects.get(pk=first.contact_id).not_spam
    later = _spam(agency_a, author="4242")
    assert later.pk != first.pk
    assert not later.is_spam
    assert later.waiting_since is not None
    # Another sender with the same words is still read as spam.
    assert _spam(agency_a, author="4343").is_spam


def test_a_conversation_staff_marked_as_spam_keeps_the_senders_next_message(agency_a, officer_a):
    conversation = whatsapp(agency_a, number="6281299990000")
    actions.conversation_spam_mark(conversation=conversation, actor=officer_a)
    again = whatsapp(agency_a, number="6281299990000", body="Kapan jalan diperbaiki?")
    assert again.pk == conversation.pk
    assert again.is_spam
    assert again.waiting_since is None


def test_marking_spam_undoes_an_earlier_not_spam_for_the_sender(agency_a, officer_a):
    conversation = _spam(agency_a, author="5151")
    actions.conversation_spam_restore(conversation=conversation, actor=officer_a)
    actions.conversation_spam_mark(conversation=conversation, actor=officer_a)
    assert not Contact.objects.get(pk=conversation.contact_id).not_spam
    assert _spam(agency_a, author="5151").is_spam


def test_saying_a_spam_conversation_needs_a_reply_takes_it_out_of_the_folder(agency_a,
                                                                              officer_a):
    conversation = _spam(agency_a)
    actions.conversation_needs_reply_set(conversation=conversation, needs=True, actor=officer_a)
    conversation.refresh_from_db()
    assert not conversation.is_spam
    assert conversation.waiting_since is not None


# --- The actions: allowed, denied, invalid ---------------------------------------------------

ALLOWED = ["coordinator", "officer_a", "admin_a"]
DENIED = ["officer_b", "admin_b", "citizen"]


@pytest.mark.parametrize("who", ALLOWED)
def test_staff_of_the_agency_may_mark_a_conversation_as_spam(request, who, agency_a):
    actor = request.getfixturevalue(who)
    conversation = whatsapp(agency_a)
    assert conversation.waiting_since is not None
    actions.conversation_spam_mark(conversation=conversation, actor=actor)
    conversation.refresh_from_db()
    assert conversation.is_spam
    assert not conversation.needs_reply
    assert not conversation.needs_reply_is_suggestion
    assert conversation.waiting_since is None
    assert _audited("conversation_spam", conversation)


@pytest.mark.parametrize("who", ALLOWED)
def test_staff_of_the_agency_may_restore_a_spam_conversation(request, who, agency_a):
    actor = request.getfixturevalue(who)
    conversation = _spam(agency_a)
    actions.conversation_spam_restore(conversation=conversation, actor=actor)
    conversation.refresh_from_db()
    assert not conversation.is_spam
    assert conversation.needs_reply
    assert conversation.waiting_since == conversation.last_inbound_at
    assert _audited("conversation_spam_restore", conversation)


@pytest.mark.parametrize("who", DENIED)
@pytest.mark.parametrize("action", ["conversation_spam_mark", "conversation_spam_restore"])
def test_others_may_not_mark_or_restore_and_are_refused_before_the_state_is_checked(
        request, who, action, agency_a):
    actor = request.getfixturevalue(who)
    # A state the action does not apply to: the refusal is still 403, not 409.
    conversation = (whatsapp(agency_a) if action == "conversation_spam_restore"
                    else _spam(agency_a))
    before = conversation.is_spam
    with pytest.raises(PermissionDenied):
        getattr(actions, action)(conversation=conversation, actor=actor)
    conversation.refresh_from_db()
    assert conversation.is_spam == before
    assert not AuditEntry.objects.filter(action__startswith="conversation_spam").exists()


def test_marking_a_spam_conversation_again_is_invalid(agency_a, officer_a):
    conversation = _spam(agency_a)
    with pytest.raises(ValidationError) as error:
        actions.conversation_spam_mark(conversation=conversation, actor=officer_a)
    assert error.value.code == "already_spam"


def test_restoring_a_conversation_that_is_not_spam_is_invalid(agency_a, officer_a):
    conversation = whatsapp(agency_a)
    with pytest.raises(ValidationError) as error:
        actions.conversation_spam_restore(conversation=conversation, actor=officer_a)
    assert error.value.code == "not_spam"


# --- The pages -------------------------------------------------------------------------------


def test_the_lists_leave_spam_out_and_the_spam_tab_shows_it_with_its_count(login, officer_a,
                                                                           agency_a):
    _spam(agency_a, name="promo_gacor")
    comment(agency_a, body=QUESTION, author="77", name="wulan_wsb")
    client = login(officer_a)
    for query in ({}, {"unanswered": "on"}, {"channel": "instagram"}, {"q": "gacor"}):
        html = client.get(INBOX, query).content.decode()
        assert "promo_gacor" not in html, query
    assert "wulan_wsb" in client.get(INBOX).content.decode()
    response = client.get(INBOX, {"view": "spam"})
    html = response.content.decode()
    assert "promo_gacor" in html
    assert "wulan_wsb" not in html
    assert 'href="?view=spam" aria-current="page"' in html
    assert response.context["spam_total"] == 1
    assert reverse("connectors:spam_restore", args=[Conversation.objects.get(
        is_spam=True).pk]) in html


def test_the_spam_tab_filters_too(login, officer_a, agency_a):
    _spam(agency_a, name="promo_gacor")
    comment(agency_a, channel="facebook", body=SPAM, author="88", name="fb_promo")
    html = login(officer_a).get(INBOX, {"view": "spam", "channel": "facebook"}).content.decode()
    assert "fb_promo" in html
    assert "promo_gacor" not in html


def test_officer_does_not_see_another_agencys_spam(login, officer_a, agency_b):
    _spam(agency_b, name="promo_gacor")
    response = login(officer_a).get(INBOX, {"view": "spam"})
    assert "promo_gacor" not in response.content.decode()
    assert response.context["spam_total"] == 0


def test_the_spam_tab_query_count_does_not_grow_with_rows(login, coordinator, agency_a, agency_b,
                                                          django_assert_max_num_queries):
    client = login(coordinator)
    _spam(agency_a, author="1")
    with CaptureQueriesContext(connection) as few:
        client.get(INBOX, {"view": "spam"})
    for n in range(12):
        _spam(agency_b if n % 2 else agency_a, author=f"spam{n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(INBOX, {"view": "spam"})
    assert len(response.context["page"].items) == 13


def test_mark_as_spam_from_the_list_returns_to_the_list(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    response = login(officer_a).post(reverse("connectors:spam_mark", args=[conversation.pk]),
                                     {"next": INBOX + "?unanswered=on"})
    assert response.status_code == 302
    assert response["Location"] == INBOX + "?unanswered=on"
    conversation.refresh_from_db()
    assert conversation.is_spam


def test_not_spam_from_the_conversation_page_returns_to_it(login, officer_a, agency_a):
    conversation = _spam(agency_a)
    client = login(officer_a)
    html = client.get(conversation.get_absolute_url()).content.decode()
    assert reverse("connectors:spam_restore", args=[conversation.pk]) in html
    response = client.post(reverse("connectors:spam_restore", args=[conversation.pk]))
    assert response["Location"] == conversation.get_absolute_url()
    conversation.refresh_from_db()
    assert not conversation.is_spam
    assert conversation.waiting_since is not None


def test_a_return_address_outside_the_list_is_ignored(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    response = login(officer_a).post(reverse("connectors:spam_mark", args=[conversation.pk]),
                                     {"next": "https://example.com/"})
    assert response["Location"] == conversation.get_absolute_url()


def test_marking_spam_twice_answers_409(login, officer_a, agency_a):
    conversation = _spam(agency_a)
    response = login(officer_a).post(reverse("connectors:spam_mark", args=[conversation.pk]))
    assert response.status_code == 409


def test_officer_of_other_agency_gets_404_and_changes_nothing(login, officer_b, agency_a):
    conversation = whatsapp(agency_a)
    response = login(officer_b).post(reverse("connectors:spam_mark", args=[conversation.pk]))
    assert response.status_code == 404
    conversation.refresh_from_db()
    assert not conversation.is_spam


def test_spam_actions_answer_only_post(login, officer_a, agency_a):
    conversation = whatsapp(agency_a)
    assert login(officer_a).get(
        reverse("connectors:spam_mark", args=[conversation.pk])).status_code == 404


# --- Counts elsewhere ------------------------------------------------------------------------


def test_spam_is_not_counted_as_waiting_on_the_start_page(officer_a, agency_a):
    comment(agency_a, body=QUESTION, author="77")
    _spam(agency_a)
    marked = whatsapp(agency_a)
    actions.conversation_spam_mark(conversation=marked, actor=officer_a)
    waiting = next(item for item in start_counts.agency_work(officer_a)
                   if item.key == "conversations_waiting")
    assert waiting.count == 1
    assert selectors.unanswered_count(user=officer_a) == 1
    assert [row["count"] for row in selectors.waiting_by_channel(user=officer_a)] == [1]
    assert [item.obj.channel for item in selectors.unanswered_queue(user=officer_a)] == [
        "instagram"]


def test_stale_spam_is_not_counted_as_nobody_answered(officer_a, agency_a):
    old = timezone.now() - dt.timedelta(days=3)
    conversation = whatsapp(agency_a, at=old)
    assert selectors.stale_count(user=officer_a) == 1
    actions.conversation_spam_mark(conversation=conversation, actor=officer_a)
    assert selectors.stale_count(user=officer_a) == 0


def test_insights_leave_spam_out(agency_a):
    comment(agency_a, body=QUESTION, author="77")
    _spam(agency_a)
    today = timezone.localdate()
    facts = list(conversation_facts(first=today, last=today, agency_ids=[agency_a.pk]))
    assert len(facts) == 1
    assert facts[0].needed_reply


def test_marking_spam_twice_with_htmx_shows_the_current_section_and_why(login, officer_a,
                                                                        agency_a):
    conversation = _spam(agency_a)
    response = login(officer_a).post(reverse("connectors:spam_mark", args=[conversation.pk]),
                                     HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="spam-notice"' in html
    assert "sudah ada di folder spam" in html
