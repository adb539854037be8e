"""Publishing at the scheduled time: the job, the public pages, and the distribution to the lead
agency's connected accounts (outbox mode stores the Graph API requests; live mode sends them)."""

import json

import pytest
from django.urls import reverse

from jembatan.connectors.actions import account_connect
from jembatan.connectors.tests import fake_graph
from jembatan.content import actions, distribution
from jembatan.content.models import Distribution, PostStatus
from jembatan.content.tasks import publish_due_posts
from jembatan.core import scheduler

from .conftest import in_hours, staff

pytestmark = pytest.mark.django_db


graph = fake_graph.graph  # the local server answering like the Graph API


@pytest.fixture
def accounts(agency_a):
    made = {}
    for platform, external_id in (("facebook", "106540352242922"),
                                  ("instagram", "17841400008460056"),
                                  ("whatsapp", "109876543210987")):
        made[platform], _created = account_connect(agency=agency_a, platform=platform,
                                                   external_id=external_id,
                                                   name=f"DPUPR {platform}", token="EAAG-test")
    return made


@pytest.fixture
def scheduled(approved, officer_a):
    def make(hours=1, **overrides):
        post = approved(**overrides)
        actions.post_schedule(post=post, actor=staff(officer_a), at=in_hours(hours))
        return post

    return make


def test_the_job_is_registered_every_minute():
    job = scheduler.JOBS["content.publish_due"]
    assert job.every.total_seconds() == 60
    assert job.task == "jembatan.content.tasks.publish_due_posts"


def test_job_publishes_due_posts_as_of_a_later_time(scheduled, client):
    post = scheduled(hours=1)
    assert publish_due_posts.call() == 0
    assert publish_due_posts.call(in_hours(1.5).isoformat()) == 1
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    page = client.get(post.get_absolute_url())
    assert page.status_code == 200
    assert post.title in page.text
    assert post.title in client.get(reverse("content:public_list")).text


def test_public_page_by_id_redirects_to_the_slug(scheduled, client):
    post = scheduled()
    actions.posts_publish_due(now=in_hours(2))
    post.refresh_from_db()
    response = client.get(reverse("content:public_detail", kwargs={"key": str(post.pk)}))
    assert response.status_code == 301
    assert response["Location"] == post.get_absolute_url()


@pytest.mark.parametrize("key", ["²", "١", "9" * 30])
def test_public_page_with_an_odd_number_as_key_is_404(client, db, key):
    response = client.get(reverse("content:public_detail", kwargs={"key": key}))
    assert response.status_code == 404


def test_withdrawn_post_leaves_the_portal(scheduled, client, officer_a):
    post = scheduled()
    actions.posts_publish_due(now=in_hours(2))
    post.refresh_from_db()
    url = post.get_absolute_url()
    actions.post_withdraw(post=post, actor=staff(officer_a))
    assert client.get(url).status_code == 404


def test_withdrawn_scheduled_post_is_not_published(scheduled, officer_a):
    post = scheduled()
    actions.post_withdraw(post=post, actor=staff(officer_a))
    assert actions.posts_publish_due(now=in_hours(2)) == 0


def test_outbox_stores_the_graph_requests(settings, scheduled, accounts):
    settings.CONNECTORS_MODE = "outbox"
    post = scheduled(versions={"facebook": "Pemadaman air Sabtu.", "instagram": "#infoair",
                               "whatsapp": "Info pemadaman."},
                     image_url="https://wonosobokab.go.id/media/pemadaman.jpg")
    actions.posts_publish_due(now=in_hours(2))
    rows = {row.channel: row for row in Distribution.objects.filter(post=post)}
    assert set(rows) == {"facebook", "instagram", "whatsapp"}
    facebook = rows["facebook"].payload["requests"][0]
    assert rows["facebook"].status == Distribution.Status.OUTBOX
    assert facebook["url"].endswith("/106540352242922/feed")
    assert facebook["json"]["message"] == "Pemadaman air Sabtu."
    steps = [step["url"].rsplit("/", 1)[-1] for step in rows["instagram"].payload["requests"]]
    assert steps == ["media", "media_publish"]
    assert rows["instagram"].payload["requests"][0]["json"]["image_url"].endswith(".jpg")
    assert rows["whatsapp"].status == Distribution.Status.OUTBOX
    assert "templat" in rows["whatsapp"].note.lower()
    assert "EAAG-test" not in json.dumps([r.payload for r in rows.values()])


def test_instagram_without_an_image_fails_visibly(settings, scheduled, accounts, login,
                                                  officer_a):
    post = scheduled(versions={"instagram": "Vaksinasi gratis #wonosobo"})
    actions.posts_publish_due(now=in_hours(2))
    row = Distribution.objects.get(post=post, channel="instagram")
    assert row.status == Distribution.Status.FAILED
    page = login(officer_a).get(reverse("content:detail", kwargs={"pk": post.pk})).text
    assert row.error[:40] in page


def test_no_account_no_distribution(scheduled):
    post = scheduled()
    actions.posts_publish_due(now=in_hours(2))
    assert not Distribution.objects.filter(post=post).exists()


def test_live_mode_sends_and_records_ids(graph, scheduled, accounts):
    graph.answer(200, {"id": "106540352242922_555"})  # the Page post
    graph.answer(200, {"id": "17889615691921648"})  # the Instagram media container
    graph.answer(200, {"id": "17912345678901234"})  # the published Instagram post
    post = scheduled(versions={"facebook": "Info", "instagram": "Info #air"},
                     image_url="https://wonosobokab.go.id/media/air.jpg")
    actions.posts_publish_due(now=in_hours(2))
    pending = list(Distribution.objects.filter(post=post, status="pending")
                   .order_by("channel").values_list("pk", flat=True))
    assert len(pending) == 2
    for row in Distribution.objects.filter(pk__in=pending).order_by("channel"):
        distribution.distribution_send(row)
    rows = {row.channel: row for row in Distribution.objects.filter(post=post)}
    assert {channel: row.status for channel, row in rows.items()} == {
        "facebook": "sent", "instagram": "sent"}
    assert rows["facebook"].external_id == "106540352242922_555"
    assert rows["instagram"].external_id == "17912345678901234"
    paths = [seen.path for seen in graph.requests]
    assert paths[0].endswith("/feed")
    assert paths[1].endswith("/media")
    assert paths[2].endswith("/media_publish")
    assert graph.requests[2].json == {"creation_id": "17889615691921648"}
    assert graph.requests[0].json["message"] == "Info"
    assert all(seen.headers["Authorization"] == "Bearer EAAG-test" for seen in graph.requests)


def test_live_mode_records_platform_errors(graph, scheduled, accounts):
    graph.answer(403, {"error": {
        "message": "(#200) The user hasn't authorized the application to perform this action",
        "type": "OAuthException", "code": 200, "fbtrace_id": "AkL2zX5cV8bN1mQ4wE7rT0y"}})
    post = scheduled(versions={"facebook": "Info"})
    actions.posts_publish_due(now=in_hours(2))
    row = Distribution.objects.get(post=post, channel="facebook")
    distribution.distribution_send(row)
    row.refresh_from_db()
    assert row.status == Distribution.Status.FAILED
    assert row.error


def test_live_mode_unreachable_platform_is_a_visible_failure(settings, scheduled, accounts):
    settings.CONNECTORS_MODE = "live"
    settings.META_GRAPH_URL = "http://127.0.0.1:9/v23.0"  # nothing listens on the discard port
    post = scheduled(versions={"facebook": "Info"})
    actions.posts_publish_due(now=in_hours(2))
    row = Distribution.objects.get(post=post, channel="facebook")
    distribution.distribution_send(row)
    row.refresh_from_db()
    assert row.status == Distribution.Status.FAILED
    assert row.error


def test_public_list_query_count(scheduled, client, agency_b, django_assert_max_num_queries):
    for n in range(6):
        scheduled(title=f"Berita {n}")
    actions.posts_publish_due(now=in_hours(2))
    with django_assert_max_num_queries(8):
        response = client.get(reverse("content:public_list"))
    assert response.text.count("Berita ") >= 6


def test_a_distribution_left_sending_by_a_dead_worker_is_not_posted_twice(
        graph, scheduled, accounts):
    post = scheduled(versions={"facebook": "Info"})
    actions.posts_publish_due(now=in_hours(2))
    row = Distribution.objects.get(post=post, channel="facebook")
    # What a worker killed while the platform answered leaves behind.
    Distribution.objects.filter(pk=row.pk).update(status=Distribution.Status.SENDING)

    distribution.distribution_send(row)

    row.refresh_from_db()
    assert graph.requests == []
    assert row.status == Distribution.Status.FAILED
    assert "Periksa halaman" in row.error
