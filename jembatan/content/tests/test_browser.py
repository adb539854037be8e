"""Acceptance in a real Chromium: an officer of agency A drafts a joint post with agency B, B's
officer comments, A's admin approves and schedules it, and at the scheduled time it is on the
public post page and on both agencies' lists."""

import datetime as dt

import pytest

from jembatan.testing.browser import log_in, require_browser

require_browser()

from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from jembatan.content.models import Post, PostStatus  # noqa: E402
from jembatan.content.tasks import publish_due_posts  # noqa: E402
from jembatan.core.models import Agency  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Pemadaman air terencana di Kecamatan Kertek"
BODY = ("Perumda Tirta Aji menghentikan aliran air di Kecamatan Kertek pada Sabtu, 14 Desember "
        "2026 pukul 08.00–14.00 WIB karena penggantian pipa oleh DPUPR di Jalan Raya Kertek. "
        "Warga diimbau menampung air sehari sebelumnya. Pengaduan: WhatsApp 0812-2700-5511.")


def take(page, action, **fields):
    page.click(f"#action-{action} summary")
    for name, value in fields.items():
        page.fill(f"#action-{action} [name={name}]", value)
    with page.expect_navigation():
        page.locator(f"#action-{action} button[type=submit]").click()


def test_joint_post_from_draft_to_the_public_page(live_server, new_page, console, core_demo):
    dpupr = Agency.objects.get(slug="dpupr")
    tirta_aji = Agency.objects.get(slug="perumda-tirta-aji")

    # DPUPR's officer drafts the post with Tirta Aji as co-author.
    officer_a = new_page()
    log_in(officer_a, live_server, "petugas.dpupr")
    officer_a.goto(live_server.url + reverse("content:create"))
    officer_a.select_option("#id_lead_agency", str(dpupr.pk))
    officer_a.fill("#id_title", TITLE)
    with officer_a.expect_response(lambda r: "cek-informasi" in r.url):
        officer_a.locator("#id_body").press_sequentially(BODY[:60], delay=5)
    officer_a.fill("#id_body", BODY)
    officer_a.fill("#co-author-search", "tirta")
    assert officer_a.locator("#co-author-list .checkbox-item:visible").count() == 1
    officer_a.locator(f"#co-author-list input[value='{tirta_aji.pk}']").check()
    with officer_a.expect_response(lambda r: "pratinjau" in r.url):
        officer_a.locator("#id_whatsapp").press_sequentially("Info pemadaman", delay=5)
    officer_a.fill("#id_whatsapp", "Info pemadaman air Kertek Sabtu 08.00–14.00 WIB.")
    assert "WhatsApp" in officer_a.locator("#previews").inner_text()
    assert "/ 4.096" in officer_a.locator("#id_whatsapp-count").inner_text() or \
        "/ 4,096" in officer_a.locator("#id_whatsapp-count").inner_text()
    assert officer_a.locator("#info-value .badge").count() == 1
    with officer_a.expect_navigation():
        officer_a.locator("form.post-form button[type=submit]").click()
    post = Post.objects.get(title=TITLE)
    assert post.status == PostStatus.DRAFT
    assert list(post.co_authors.all()) == [tirta_aji]
    assert officer_a.locator("#info-title + .info-value .badge").count() == 1
    take(officer_a, "submit")
    post.refresh_from_db()
    assert post.status == PostStatus.REVIEW

    # Tirta Aji's officer finds it in their list and comments.
    officer_b = new_page()
    log_in(officer_b, live_server, "petugas.tirtaaji")
    officer_b.goto(live_server.url + reverse("content:list"))
    with officer_b.expect_navigation():
        officer_b.click(f"text={TITLE}")
    officer_b.fill("form.comment-form textarea[name=body]",
                   "Mohon tambahkan nomor pengaduan Tirta Aji (0286) 321551.")
    with officer_b.expect_navigation():
        officer_b.locator("form.comment-form button[type=submit]").click()
    assert "321551" in officer_b.locator(".comment-list").inner_text()

    # DPUPR's admin approves and schedules it an hour from now.
    admin_a = new_page()
    log_in(admin_a, live_server, "admin.dpupr")
    admin_a.goto(live_server.url + reverse("content:detail", kwargs={"pk": post.pk}))
    assert "321551" in admin_a.locator(".comment-list").inner_text()
    take(admin_a, "approve")
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED
    when = timezone.localtime() + dt.timedelta(hours=1)
    take(admin_a, "schedule", scheduled_at=when.strftime("%Y-%m-%dT%H:%M"))
    post.refresh_from_db()
    assert post.status == PostStatus.SCHEDULED
    assert timezone.localtime(post.scheduled_at).strftime("%H:%M") == when.strftime("%H:%M")

    # Not public before its time.
    visitor = new_page()
    visitor.goto(live_server.url + reverse("content:public_list"))
    assert TITLE not in visitor.locator("main").inner_text()

    # The publishing job runs after the scheduled time.
    assert publish_due_posts.call((when + dt.timedelta(minutes=5)).isoformat()) == 1
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED

    visitor.goto(live_server.url + reverse("content:public_list"))
    with visitor.expect_navigation():
        visitor.click(f"text={TITLE}")
    assert visitor.locator("h1").inner_text() == TITLE
    assert "Tirta Aji" in visitor.locator("article .meta").inner_text()
    assert "0812-2700-5511" in visitor.locator("article").inner_text()

    # Both agencies' lists show it as published.
    for page in (officer_a, officer_b):
        page.goto(live_server.url + reverse("content:list"))
        row = page.locator("#post-rows tr", has_text=TITLE)
        assert row.locator(".post-status-published").count() == 1
    assert [text for text in console if "Content Security Policy" in text] == []
