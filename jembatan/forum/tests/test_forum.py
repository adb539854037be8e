"""The Bakohumas forum: who reads what (direct threads only for their agencies and the
coordinators), posting with links, mentions and attachments, announcements with per-agency read
status and reminders, live polling, unread counts, search and keyset pages."""

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from jembatan.core.models import Agency, AuditEntry
from jembatan.core.tests.factories import AgencyFactory, MembershipFactory
from jembatan.forum import actions as forum_actions
from jembatan.forum import selectors as forum_selectors
from jembatan.forum.models import AnnouncementRead, ForumChannel, ForumPost
from jembatan.notifications.models import Notification

HOME = reverse("forum:forum_home")


@pytest.fixture
def regency(db):
    return forum_actions.regency_channel_ensure(actor=None)


@pytest.fixture
def direct(officer_a, agency_a, agency_c, officer_c):
    """A direct thread between DPUPR and BPBD (not Tirta Aji)."""
    return forum_actions.direct_thread_create(agencies=[agency_c], title="Jalur evakuasi Dieng",
                                      body="Mohon data titik longsor terbaru di Kejajar.",
                                      actor=officer_a)


def png_upload(name="peta.png") -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 30)).save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


# --- Who may enter ----------------------------------------------------------------------------


def test_agency_staff_and_coordinators_see_the_forum(login, officer_a, coordinator, regency):
    assert login(officer_a).get(HOME).status_code == 200
    response = login(coordinator).get(HOME)
    assert response.status_code == 200
    assert regency.name in response.content.decode()


def test_a_citizen_may_not_enter_the_forum(login, citizen, regency):
    assert login(citizen).get(HOME).status_code == 403
    assert login(citizen).get(regency.get_absolute_url()).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, regency):
    response = client.get(HOME)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_poll_after_the_session_ended_stops_polling(client, regency):
    url = reverse("forum:forum_channel_new", args=[regency.slug])
    response = client.get(url, {"setelah": 0}, headers={"HX-Request": "true"})
    assert response.status_code == 286


# --- Direct threads: only their agencies and the coordinators --------------------------------


def test_direct_thread_is_visible_to_its_agencies_and_the_coordinator(
    login, direct, officer_a, officer_c, coordinator
):
    for user in (officer_a, officer_c, coordinator):
        response = login(user).get(direct.get_absolute_url())
        assert response.status_code == 200
        assert "titik longsor" in response.content.decode()


def test_officer_of_another_agency_gets_404_everywhere_in_a_direct_thread(
    login, direct, officer_b, media_root, officer_a
):
    post = forum_actions.post_create(channel=direct, actor=officer_a, body="Peta terlampir",
                             attachments=_clean([png_upload()]))
    client = login(officer_b)
    urls = [
        direct.get_absolute_url(),
        reverse("forum:forum_channel_new", args=[direct.slug]) + "?setelah=0",
        reverse("forum:forum_post", args=[post.pk]),
        reverse("forum:forum_replies_new", args=[post.pk]),
        reverse("forum:forum_attachment", args=[post.attachments.get().pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("forum:forum_reply", args=[post.pk]),
                       {"body": "Ikut nimbrung"}).status_code == 404
    assert not ForumPost.objects.filter(body="Ikut nimbrung").exists()


def test_direct_thread_is_left_out_of_other_agencies_search_and_unread_counts(
    login, direct, officer_b, officer_c, regency
):
    forum_actions.post_create(channel=regency, actor=officer_c, body="Info longsor umum untuk semua")
    response = login(officer_b).get(reverse("forum:forum_search"), {"q": "longsor"})
    found = [p.body for p in response.context["page"].items]
    assert found == ["Info longsor umum untuk semua"]
    assert direct.pk not in {c.pk for c in forum_selectors.channels_visible_to(officer_b)}
    home = login(officer_b).get(HOME)
    assert direct.name not in home.content.decode()
    # The thread's first post counts as unread for the other agency in it (BPBD) only.
    counts = {c.pk: c.unread for c in forum_selectors.with_unread(
        forum_selectors.channels_visible_to(officer_c), officer_c)}
    assert counts[direct.pk] == 1
    assert forum_selectors.unread_total(officer_b) == 1  # the regency post only


def test_coordinator_search_covers_direct_threads(login, direct, coordinator):
    response = login(coordinator).get(reverse("forum:forum_search"), {"q": "longsor"})
    assert [p.channel_id for p in response.context["page"].items] == [direct.pk]


def test_staff_starting_a_thread_always_take_part_in_it(officer_b, agency_b, agency_c):
    channel = forum_actions.direct_thread_create(agencies=[agency_c], title="", body="Halo BPBD",
                                         actor=officer_b)
    assert set(channel.agencies.values_list("slug", flat=True)) == {agency_b.slug, "bpbd"}
    assert channel.name == "BPBD, Tirta Aji"


def test_direct_thread_needs_another_agency(login, officer_a, agency_a):
    response = login(officer_a).post(reverse("forum:forum_direct_new"), {
        "agencies": [agency_a.pk], "title": "Sendiri", "body": "Tes"})
    assert response.status_code == 400
    assert not ForumChannel.objects.filter(kind=ForumChannel.Kind.DIRECT).exists()


def test_direct_thread_with_an_agency_id_beyond_the_database_range_is_400(login, officer_a,
                                                                         agency_b):
    response = login(officer_a).post(reverse("forum:forum_direct_new"), {
        "agencies": [agency_b.pk, "99999999999999999999999"], "title": "Air", "body": "Tes"})
    assert response.status_code == 400
    assert not ForumChannel.objects.filter(kind=ForumChannel.Kind.DIRECT).exists()


# --- Posting: links, mentions, attachments, replies -------------------------------------------


def test_links_are_clickable_and_html_is_escaped(login, officer_a, regency):
    client = login(officer_a)
    response = client.post(regency.get_absolute_url(), {
        "body": "<script>alert(1)</script> Jadwal: https://wonosobokab.go.id/jadwal"})
    assert response.status_code == 302
    page = client.get(regency.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert 'href="https://wonosobokab.go.id/jadwal" rel="nofollow"' in page


def test_mentions_notify_the_agency_staff_and_the_person(
    officer_a, officer_b, admin_a, officer_c, regency
):
    post = forum_actions.post_create(channel=regency, actor=officer_c,
                             body="Mohon @perumda-tirta-aji dan @admin.dpupr cek jadwal. "
                                  "Email humas@bpbd.go.id bukan mention.")
    assert set(post.mentioned_agencies.values_list("slug", flat=True)) == {"perumda-tirta-aji"}
    assert set(post.mentioned_users.values_list("username", flat=True)) == {"admin.dpupr"}
    told = set(Notification.objects.filter(kind="forum_mention")
               .values_list("recipient__username", flat=True))
    assert told == {"petugas.tirtaaji", "admin.dpupr"}
    assert officer_a.username not in told


def test_a_mention_in_a_direct_thread_does_not_reach_outsiders(direct, officer_a, officer_b):
    forum_actions.post_create(channel=direct, actor=officer_a,
                      body="Perlu juga @perumda-tirta-aji dan @petugas.tirtaaji? Dan @bpbd.")
    told = set(Notification.objects.filter(kind="forum_mention")
               .values_list("recipient__username", flat=True))
    assert told == {"petugas.bpbd"}


def test_mentions_are_highlighted_but_not_inside_links(login, officer_a, officer_b, regency):
    forum_actions.post_create(channel=regency, actor=officer_a,
                      body="Cc @perumda-tirta-aji lihat https://instagram.com/@perumda-tirta-aji")
    page = login(officer_b).get(regency.get_absolute_url()).content.decode()
    assert '<span class="mention">@perumda-tirta-aji</span>' in page
    assert 'href="https://instagram.com/@perumda-tirta-aji"' in page


def test_attachments_are_checked_like_report_uploads(login, officer_a, regency, media_root):
    client = login(officer_a)
    response = client.post(regency.get_absolute_url(), {
        "body": "Flyer", "attachments": [SimpleUploadedFile("virus.png", b"MZ\x90\x00 not",
                                                            content_type="image/png")]})
    assert response.status_code == 400
    assert "attachments" in response.context["form"].errors
    assert not ForumPost.objects.exists()
    response = client.post(regency.get_absolute_url(), {"body": "Flyer",
                                                        "attachments": [png_upload()]})
    assert response.status_code == 302
    attachment = ForumPost.objects.get().attachments.get()
    assert attachment.content_type == "image/png"
    download = client.get(reverse("forum:forum_attachment", args=[attachment.pk]))
    assert download.status_code == 200


def test_a_reply_to_a_reply_joins_the_same_thread_and_the_author_hears(
    login, officer_a, officer_b, regency
):
    post = forum_actions.post_create(channel=regency, actor=officer_a, body="Siapa punya foto HUT?")
    reply = forum_actions.post_create(channel=regency, actor=officer_b, body="Ada", parent=post)
    second = forum_actions.post_create(channel=regency, actor=officer_a, body="Kirim ya",
                               parent=reply)
    assert second.parent_id == post.pk
    post.refresh_from_db()
    assert post.reply_count == 2
    assert Notification.objects.filter(kind="forum_reply", recipient=officer_a).count() == 1
    response = login(officer_b).get(reverse("forum:forum_post", args=[reply.pk]))
    assert response.status_code == 302
    assert response["Location"].endswith(f"#pos-{reply.pk}")


def test_empty_posts_are_refused_with_a_message(login, officer_a, regency):
    response = login(officer_a).post(regency.get_absolute_url(), {"body": "   "})
    assert response.status_code == 400
    assert not ForumPost.objects.exists()


def test_posting_is_audited(officer_a, regency):
    post = forum_actions.post_create(channel=regency, actor=officer_a, body="Rapat besok jam 9")
    entry = AuditEntry.objects.get(object_id=str(post.pk), action="forum_post")
    assert entry.actor == officer_a


# --- Announcements, pins, read status and reminders -------------------------------------------


def test_only_coordinators_post_announcements_and_pin(login, officer_a, coordinator, regency):
    response = login(officer_a).post(regency.get_absolute_url(), {
        "title": "Pengumuman", "body": "Semua wajib hadir", "is_announcement": "on",
        "pin": "on"})
    assert response.status_code == 302
    post = ForumPost.objects.get()
    assert not post.is_announcement
    assert not post.is_pinned
    with pytest.raises(PermissionDenied):
        forum_actions.post_create(channel=regency, actor=officer_a, body="x", is_announcement=True)
    assert login(officer_a).post(reverse("forum:forum_pin", args=[post.pk]),
                                 {"pinned": "1"}).status_code == 403
    assert login(coordinator).post(reverse("forum:forum_pin", args=[post.pk]),
                                   {"pinned": "1"}).status_code == 302
    post.refresh_from_db()
    assert post.is_pinned
    assert AuditEntry.objects.filter(action="forum_pin", object_id=str(post.pk)).exists()


@pytest.fixture
def announcement(coordinator, regency, officer_a, admin_a, officer_b, officer_c):
    return forum_actions.post_create(channel=regency, actor=coordinator, title="Rapat Bakohumas",
                             body="Rapat koordinasi Bakohumas Kamis 09.00 di Aula Diskominfo.",
                             is_announcement=True, pin=True)


def test_an_announcement_notifies_everyone_in_the_channel(announcement, coordinator):
    told = set(Notification.objects.filter(kind="forum_announcement")
               .values_list("recipient__username", flat=True))
    assert told == {"petugas.dpupr", "admin.dpupr", "petugas.tirtaaji", "petugas.bpbd"}


def test_an_agency_has_read_an_announcement_when_any_of_its_staff_opened_it(
    login, announcement, officer_a, admin_a, officer_b, agency_a
):
    url = reverse("forum:forum_post", args=[announcement.pk])
    login(officer_a).get(url)
    login(admin_a).get(url)
    login(admin_a).get(url)
    assert AnnouncementRead.objects.filter(post=announcement).count() == 2
    status = forum_selectors.announcement_read_status(announcement)
    assert [a.slug for a in status.read] == ["dpupr"]
    assert {a.slug for a in status.unread} == {"bpbd", "perumda-tirta-aji"}
    page = login(officer_b).get(url).content.decode()
    assert "2 dari 3 instansi telah membaca ini" in page
    channel_page = login(officer_b).get(announcement.channel.get_absolute_url())
    assert channel_page.context["read_counts"][announcement.pk] == (2, 3)


def test_villages_and_agencies_without_staff_are_not_counted(announcement):
    AgencyFactory(slug="desa-dieng", kind=Agency.Kind.DESA)
    AgencyFactory(slug="tanpa-staf")
    desa = AgencyFactory(slug="desa-sembungan", kind=Agency.Kind.DESA)
    MembershipFactory(agency=desa)
    assert forum_selectors.announcement_read_status(announcement).total == 3


def test_coordinator_reminds_only_the_agencies_that_have_not_read(
    login, announcement, coordinator, officer_a, officer_b
):
    login(officer_a).get(reverse("forum:forum_post", args=[announcement.pk]))
    Notification.objects.all().delete()
    url = reverse("forum:forum_remind", args=[announcement.pk])
    assert login(officer_a).post(url).status_code == 403
    assert login(coordinator).post(url).status_code == 302
    told = set(Notification.objects.values_list("recipient__username", flat=True))
    assert told == {"petugas.tirtaaji", "petugas.bpbd"}
    assert AuditEntry.objects.filter(action="forum_remind").count() == 1
    # A second reminder within the hour is refused with a message, not sent.
    response = login(coordinator).post(url, follow=True)
    assert "kurang dari satu jam yang lalu" in response.content.decode()
    assert Notification.objects.count() == 2


# --- Live updates, unread counts, pages ------------------------------------------------------


def test_polling_returns_only_posts_newer_than_the_last_one_seen(login, officer_a, officer_b,
                                                                 regency):
    first = forum_actions.post_create(channel=regency, actor=officer_a, body="Pertama")
    url = reverse("forum:forum_channel_new", args=[regency.slug])
    client = login(officer_b)
    assert client.get(url, {"setelah": first.pk}).status_code == 204
    second = forum_actions.post_create(channel=regency, actor=officer_a, body="Kedua yang baru")
    response = client.get(url, {"setelah": first.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kedua yang baru" in html
    assert "Pertama" not in html
    assert f"setelah={second.pk}" in html  # the next poll starts after it
    assert client.get(url, {"setelah": "abc"}).status_code == 404


def test_the_channel_page_polls_every_ten_seconds(login, officer_a, regency):
    html = login(officer_a).get(regency.get_absolute_url()).content.decode()
    assert 'hx-trigger="every 10s"' in html


def test_unread_counts_follow_each_persons_read_mark(login, officer_a, officer_b, regency):
    officer_b.date_joined = timezone.now() - dt.timedelta(days=1)
    officer_b.save()

    def unread(user):
        channels = forum_selectors.with_unread(ForumChannel.objects.filter(pk=regency.pk), user)
        return channels.get().unread

    forum_actions.post_create(channel=regency, actor=officer_a, body="Satu")
    forum_actions.post_create(channel=regency, actor=officer_a, body="Dua")
    assert unread(officer_b) == 2
    assert unread(officer_a) == 0  # one's own posts are never unread
    login(officer_b).get(regency.get_absolute_url())
    assert unread(officer_b) == 0
    forum_actions.post_create(channel=regency, actor=officer_a, body="Tiga")
    assert unread(officer_b) == 1


def test_long_channels_are_paged_by_keyset(login, officer_a, regency):
    start = timezone.now() - dt.timedelta(days=2)
    for n in range(25):
        forum_actions.post_create(channel=regency, actor=officer_a, body=f"Pos nomor {n}",
                          at=start + dt.timedelta(minutes=n))
    client = login(officer_a)
    first = client.get(regency.get_absolute_url())
    assert len(first.context["page"].items) == 20
    assert first.context["page"].items[0].body == "Pos nomor 24"
    second = client.get(regency.get_absolute_url(), {"cursor": first.context["page"].next_cursor})
    assert [p.body for p in second.context["page"].items][-1] == "Pos nomor 0"
    assert client.get(regency.get_absolute_url(), {"cursor": "!!"}).status_code == 302


def test_channel_page_costs_the_same_queries_for_few_or_many_posts(
    login, officer_a, officer_b, coordinator, regency, media_root, django_assert_max_num_queries
):
    def add(count):
        for n in range(count):
            post = forum_actions.post_create(channel=regency, actor=officer_a if n % 2 else officer_b,
                                     body=f"Kabar @dpupr nomor {n}",
                                     attachments=_clean([png_upload()]) if n % 3 == 0 else ())
            forum_actions.post_create(channel=regency, actor=officer_b, body="Balasan", parent=post)
        forum_actions.post_create(channel=regency, actor=coordinator, body="Pengumuman",
                          is_announcement=True, pin=True)

    add(3)
    client = login(officer_b)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(regency.get_absolute_url())
    add(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(regency.get_absolute_url())
    assert len(response.context["page"].items) == 20


def test_forum_home_costs_the_same_queries_for_few_or_many_threads(
    login, officer_a, agency_c, officer_c, django_assert_max_num_queries
):
    forum_actions.direct_thread_create(agencies=[agency_c], title="A", body="a", actor=officer_a)
    client = login(officer_a)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(HOME)
    for n in range(12):
        forum_actions.direct_thread_create(agencies=[agency_c], title=f"T{n}", body="b", actor=officer_a)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(client.get(HOME).context["direct"]) == 13


# --- Topic channels and removal ---------------------------------------------------------------


def test_only_coordinators_open_topic_channels(login, officer_a, coordinator):
    url = reverse("forum:forum_topic_new")
    assert login(officer_a).post(url, {"name": "Pilkada"}).status_code == 403
    response = login(coordinator).post(url, {"name": "Pilkada", "description": "Info pemilu"})
    channel = ForumChannel.objects.get(kind=ForumChannel.Kind.TOPIC)
    assert response["Location"] == channel.get_absolute_url()
    assert channel.slug == "pilkada"
    again = login(coordinator).post(url, {"name": "pilkada"})
    assert again.status_code == 400


def test_authors_and_coordinators_remove_posts_others_may_not(
    login, officer_a, officer_b, coordinator, regency
):
    post = forum_actions.post_create(channel=regency, actor=officer_a, body="Salah kirim")
    url = reverse("forum:forum_remove", args=[post.pk])
    assert login(officer_b).post(url).status_code == 403
    assert login(officer_a).post(url).status_code == 302
    post.refresh_from_db()
    assert post.is_removed
    assert "Salah kirim" not in login(officer_b).get(regency.get_absolute_url()).content.decode()
    assert AuditEntry.objects.filter(action="forum_remove").exists()


def _clean(uploads):
    from jembatan.core.uploads import clean_uploads

    return clean_uploads(uploads)


# --- Demo ---------------------------------------------------------------------------------------


def test_the_demo_fills_the_forum_quickly_and_only_once(db, wonosobo_demo):
    from jembatan.forum.demo.loader import forum_demo_load

    assert ForumChannel.objects.filter(kind=ForumChannel.Kind.TOPIC).count() == 4
    assert ForumChannel.objects.filter(kind=ForumChannel.Kind.DIRECT).count() == 3
    announcements = ForumPost.objects.filter(is_announcement=True)
    assert announcements.count() >= 4
    for post in announcements:
        status = forum_selectors.announcement_read_status(post)
        assert 0 < len(status.read) < status.total
    assert ForumPost.objects.filter(parent__isnull=False).count() >= 30
    posts = ForumPost.objects.count()
    forum_demo_load(log=lambda *a: None)
    assert ForumPost.objects.count() == posts


def test_the_regency_channel_is_opened_once_and_recorded_as_the_installations(coordinator):
    first = forum_actions.regency_channel_ensure(actor=coordinator)
    again = forum_actions.regency_channel_ensure(actor=coordinator)

    assert first == again
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor, entry.actor_label) == ("forum_channel_create", None,
                                                              "sistem")


def test_a_citizen_does_not_open_the_regency_channel(citizen):
    with pytest.raises(PermissionDenied):
        forum_actions.regency_channel_ensure(actor=citizen)
