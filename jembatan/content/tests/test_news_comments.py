"""The public's comments on published articles: the moderated comments of the consultations
(flags, blocklist, hide and restore with a reason, the personal-data mask) and official replies
under the agency's badge."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from jembatan.content import actions
from jembatan.content.models import NewsComment, NewsCommentFlag
from jembatan.core.models import AuditEntry
from jembatan.core.workflow import InvalidTransition
from jembatan.notifications.models import Notification
from jembatan.participation.actions import AlreadyDone
from jembatan.participation.contributors import Contributor
from jembatan.participation.models import Participant

pytestmark = pytest.mark.django_db

Status = NewsComment.Status


@pytest.fixture
def article(published):
    return published()


@pytest.fixture
def participant(db):
    from django.utils import timezone

    from jembatan.core.crypto import encrypt

    return Participant.objects.create(contact_hash="n" * 64, contact_kind="email",
                                      display_name="Warga Kertek", verified_at=timezone.now(),
                                      notify_address=encrypt("warga.kertek@example.com"))


def _people(n: int) -> list[Contributor]:
    from django.utils import timezone

    return [Contributor(participant=Participant.objects.create(
        contact_hash=f"{i:064d}", contact_kind="email", display_name=f"Warga {i}",
        verified_at=timezone.now())) for i in range(n)]


# --- Actions ------------------------------------------------------------------------------------


def test_citizen_comment_is_published_and_audited(article, citizen):
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Jam berapa air kembali normal?")

    assert comment.status == Status.PUBLISHED
    assert AuditEntry.objects.filter(action="news_comment_create",
                                     object_id=str(comment.pk)).exists()


def test_blocklist_word_holds_the_comment_and_tells_the_moderators(
        article, citizen, officer_a, settings, django_capture_on_commit_callbacks):
    settings.PARTICIPATION_BLOCKLIST = ["goblok"]
    with django_capture_on_commit_callbacks(execute=True):
        comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                              body="Petugasnya goblok semua")

    assert comment.status == Status.PENDING
    assert comment.held_words == "goblok"
    assert Notification.objects.filter(recipient=officer_a,
                                       kind=actions.KIND_NEWS_REVIEW).exists()


def test_draft_article_takes_no_comments(draft, citizen):
    with pytest.raises(InvalidTransition):
        actions.news_comment_create(post=draft(), contributor=Contributor(user=citizen),
                                    body="Halo")


def test_empty_comment_is_refused(article, citizen):
    with pytest.raises(ValidationError):
        actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                    body="   ")


def test_flags_of_distinct_people_hide_the_comment_pending_review(article, citizen, settings):
    settings.PARTICIPATION_FLAG_THRESHOLD = 3
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Beli obat murah di sini")
    first, second, third = _people(3)
    actions.news_comment_flag(comment=comment, contributor=first, reason="spam")
    with pytest.raises(AlreadyDone):
        actions.news_comment_flag(comment=comment, contributor=first, reason="spam")
    actions.news_comment_flag(comment=comment, contributor=second, reason="spam")
    comment.refresh_from_db()
    assert comment.status == Status.PUBLISHED

    actions.news_comment_flag(comment=comment, contributor=third, reason="offensive")

    comment.refresh_from_db()
    assert (comment.status, comment.flag_count) == (Status.PENDING, 3)
    assert NewsCommentFlag.objects.filter(comment=comment).count() == 3


def test_lead_agency_hides_with_a_reason_the_author_is_told(
        article, citizen, officer_a, django_capture_on_commit_callbacks):
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Komentar kasar")
    with django_capture_on_commit_callbacks(execute=True):
        actions.news_comment_hide(comment=comment, actor=officer_a, reason="Bahasa kasar.")

    comment.refresh_from_db()
    assert (comment.status, comment.hidden_reason) == (Status.HIDDEN, "Bahasa kasar.")
    told = Notification.objects.get(recipient=citizen, kind=actions.KIND_NEWS_MODERATED)
    assert told.body == "Bahasa kasar."
    assert AuditEntry.objects.filter(action="news_comment_hide", note="Bahasa kasar.").exists()


@pytest.mark.parametrize("who", ["officer_b", "citizen"])
def test_co_author_and_citizen_may_not_hide(article, citizen, request, who):
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Komentar")
    with pytest.raises(PermissionDenied):
        actions.news_comment_hide(comment=comment, actor=request.getfixturevalue(who),
                                  reason="x")


def test_coordinator_restores_a_hidden_comment(article, citizen, officer_a, coordinator):
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Komentar")
    actions.news_comment_hide(comment=comment, actor=officer_a, reason="Salah paham.")
    actions.news_comment_restore(comment=comment, actor=coordinator, reason="Sudah dicek.")

    comment.refresh_from_db()
    assert (comment.status, comment.hidden_reason) == (Status.PUBLISHED, "")
    with pytest.raises(InvalidTransition):
        actions.news_comment_restore(comment=comment, actor=coordinator)


def test_official_reply_carries_the_agency_and_tells_the_commenter(
        article, citizen, officer_b, agency_b, django_capture_on_commit_callbacks):
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Apakah Tirta Aji ikut membantu?")
    with django_capture_on_commit_callbacks(execute=True):
        reply = actions.news_comment_reply_official(comment=comment, actor=officer_b,
                                                    body="Ya, tangki air kami siagakan.")

    assert reply.official_agency == agency_b  # a co-author answers for its own agency
    assert reply.parent == comment
    assert Notification.objects.filter(recipient=citizen, kind=actions.KIND_NEWS_REPLY).exists()
    with pytest.raises(InvalidTransition):
        actions.news_comment_flag(comment=reply, contributor=_people(1)[0], reason="spam")


def test_coordinator_replies_for_the_lead_agency(article, citizen, coordinator, agency_a):
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Terima kasih infonya")
    reply = actions.news_comment_reply_official(comment=comment, actor=coordinator,
                                                body="Sama-sama.")
    assert reply.official_agency == agency_a


def test_citizen_may_not_reply_officially(article, citizen):
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Halo")
    with pytest.raises(PermissionDenied):
        actions.news_comment_reply_official(comment=comment, actor=citizen, body="Resmi?")


def test_participant_without_account_gets_one_email_of_the_reply(
        article, participant, officer_a, immediate_tasks, django_capture_on_commit_callbacks):
    comment = actions.news_comment_create(post=article,
                                          contributor=Contributor(participant=participant),
                                          body="Apakah Desa Bojasari kena?")
    with django_capture_on_commit_callbacks(execute=True):
        actions.news_comment_reply_official(comment=comment, actor=officer_a,
                                            body="Tidak, hanya Kertek.")

    assert [m.to for m in mail.outbox] == [["warga.kertek@example.com"]]
    assert "Tidak, hanya Kertek." in mail.outbox[0].body


# --- Pages --------------------------------------------------------------------------------------


def _code_confirm(client: Client, back: str) -> None:
    confirm = reverse("participation:confirm") + f"?next={back}"
    client.post(confirm, {"email": "ani@example.com", "display_name": "Ani Kertek"})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    client.post(confirm, {"code": code})


def test_full_loop_comment_flag_hide_restore_and_official_reply(
        article, login, officer_a, settings, immediate_tasks,
        django_capture_on_commit_callbacks):
    settings.PARTICIPATION_FLAG_THRESHOLD = 1
    page_url = article.get_absolute_url()
    comment_url = reverse("content:public_comment", args=[article.pk])
    guest = Client()

    # Without an account the comment waits for an email confirmed by a one-time code.
    response = guest.post(comment_url, {"body": "Hubungi saya di 0812-3456-7890 ya"})
    assert response["Location"].startswith(reverse("participation:confirm"))
    _code_confirm(guest, page_url)
    response = guest.post(comment_url, {"body": "Hubungi saya di 0812-3456-7890 ya"})
    assert response.status_code == 302
    comment = NewsComment.objects.get()
    assert comment.display_name == "Ani Kertek"
    page = guest.get(page_url).content.decode()
    assert "Ani Kertek" in page
    assert "0812-3456-7890" not in page

    # Someone else flags it: with the threshold at 1 it leaves the page pending review.
    other = Client()
    _code_confirm_as(other, page_url, "budi@example.com")
    flag_url = reverse("content:public_comment_flag", args=[comment.pk])
    assert other.get(flag_url).status_code == 200
    other.post(flag_url, {"reason": "personal"})
    comment.refresh_from_db()
    assert comment.status == Status.PENDING
    assert "Ani Kertek" not in guest.get(page_url).content.decode()

    # The lead agency sees it in its queue, hides it with a reason, then restores it.
    staff_client = login(officer_a)
    queue = staff_client.get(reverse("content:news_comments")).content.decode()
    assert "0812-3456-7890" in queue  # staff read comments as written
    moderate = reverse("content:news_comment_moderate", args=[comment.pk])
    staff_client.post(moderate, {"decision": "hide", "reason": "Memuat nomor telepon."})
    page = guest.get(page_url).content.decode()
    assert "disembunyikan oleh moderator" in page.lower() or "Hidden by a moderator" in page
    assert "Memuat nomor telepon." in page
    staff_client.post(moderate, {"decision": "restore"})
    comment.refresh_from_db()
    assert comment.status == Status.PUBLISHED

    # The official reply shows the agency's badge, and the commenter gets one email.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(reverse("content:news_comment_reply", args=[comment.pk]),
                          {"body": "Terima kasih, Bu Ani. Petugas kami akan menghubungi."})
    page = guest.get(page_url).content.decode()
    assert "comment-official" in page
    assert article.lead_agency.name in page
    assert [m.to for m in mail.outbox] == [["ani@example.com"]]


def _code_confirm_as(client: Client, back: str, email: str) -> None:
    confirm = reverse("participation:confirm") + f"?next={back}"
    client.post(confirm, {"email": email, "display_name": "Budi"})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    client.post(confirm, {"code": code})


def test_article_page_query_count_does_not_grow_with_comments(
        article, citizen, officer_a, client, django_assert_max_num_queries):
    def add(n: int) -> None:
        for i in range(n):
            comment = actions.news_comment_create(
                post=article, contributor=Contributor(user=citizen), body=f"Komentar {i}")
            actions.news_comment_reply_official(comment=comment, actor=officer_a,
                                                body=f"Jawaban {i}")

    add(1)
    with django_assert_max_num_queries(30) as few:
        client.get(article.get_absolute_url())
    add(15)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(article.get_absolute_url())
    assert response.content.decode().count("comment-official") == 16


def test_comment_form_is_rate_limited(article, citizen, login):
    client = login(citizen)
    url = reverse("content:public_comment", args=[article.pk])
    for i in range(30):
        client.post(url, {"body": f"Komentar {i}"})
    client.post(url, {"body": "Satu lagi"})
    assert NewsComment.objects.count() == 30


def test_queue_needs_staff_and_shows_only_own_agencies(article, citizen, login, officer_c):
    actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                body="Pertanyaan warga")
    assert login(citizen).get(reverse("content:news_comments")).status_code == 403
    assert "Pertanyaan warga" not in login(officer_c).get(
        reverse("content:news_comments")).content.decode()


def test_other_agency_cannot_moderate_or_reply(article, citizen, login, officer_c):
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="Pertanyaan warga")
    client = login(officer_c)
    assert client.post(reverse("content:news_comment_moderate", args=[comment.pk]),
                       {"decision": "hide", "reason": "x"}).status_code == 404
    assert client.post(reverse("content:news_comment_reply", args=[comment.pk]),
                       {"body": "x"}).status_code == 404


def test_pending_comment_cannot_be_flagged_publicly(article, citizen, client, settings):
    settings.PARTICIPATION_BLOCKLIST = ["goblok"]
    comment = actions.news_comment_create(post=article, contributor=Contributor(user=citizen),
                                          body="goblok")
    assert client.get(reverse("content:public_comment_flag", args=[comment.pk])).status_code \
        == 404


def test_queue_query_count_does_not_grow_with_comments(
        published, citizen, login, officer_a, django_assert_max_num_queries):
    client = login(officer_a)

    def add(n: int) -> None:
        for i in range(n):
            post = published(title=f"Berita nomor {i} {NewsComment.objects.count()}")
            actions.news_comment_create(post=post, contributor=Contributor(user=citizen),
                                        body=f"Pertanyaan {i}")

    add(1)
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("content:news_comments"))
    add(5)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("content:news_comments"))
    assert response.content.decode().count("Pertanyaan") == 6
