"""The sidebar's count of conversations waiting for a reply is counted once and kept in the
shared cache per set of agencies until a conversation changes (decision 0067)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jembatan.connectors import actions
from jembatan.connectors.selectors import unanswered_count
from jembatan.connectors.tests.staff_factories import whatsapp

pytestmark = pytest.mark.django_db


def count_and_queries(user):
    with CaptureQueriesContext(connection) as queries:
        count = unanswered_count(user=user)
    return count, len(queries.captured_queries)


def test_the_count_is_counted_once_then_kept(agency_a, officer_a):
    whatsapp(agency_a)
    assert count_and_queries(officer_a)[0] == 1
    assert count_and_queries(officer_a) == (1, 0)


def test_a_new_question_and_a_reply_show_at_once(agency_a, officer_a):
    first = whatsapp(agency_a, number="6281200000001")
    assert count_and_queries(officer_a)[0] == 1

    whatsapp(agency_a, number="6281200000002")
    assert count_and_queries(officer_a)[0] == 2

    actions.conversation_reply(conversation=first, actor=officer_a,
                               body="Sudah kami teruskan ke bidang jalan, Bu.")
    assert count_and_queries(officer_a)[0] == 1


def test_each_agency_and_the_coordinator_have_their_own_count(agency_a, agency_b, officer_a,
                                                              officer_b, coordinator):
    whatsapp(agency_a, number="6281200000003")
    whatsapp(agency_a, number="6281200000004")
    whatsapp(agency_b, number="6281200000005")

    assert unanswered_count(user=officer_a) == 2
    assert unanswered_count(user=officer_b) == 1
    assert unanswered_count(user=coordinator) == 3


def test_the_inbox_counts_per_channel_and_of_spam_follow_a_change(agency_a, officer_a):
    from jembatan.connectors.selectors import channel_counts, spam_count

    conversation = whatsapp(agency_a, number="6281200000006")
    assert (channel_counts(user=officer_a)["whatsapp"], spam_count(user=officer_a)) == (1, 0)
    with CaptureQueriesContext(connection) as queries:
        channel_counts(user=officer_a), spam_count(user=officer_a)
    assert len(queries.captured_queries) == 0

    actions.conversation_spam_mark(conversation=conversation, actor=officer_a)
    assert spam_count(user=officer_a) == 1
    assert channel_counts(user=officer_a)["whatsapp"] == 0
