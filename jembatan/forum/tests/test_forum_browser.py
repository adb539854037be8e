"""The forum in a real Chromium: a post by one agency appears on another agency's open channel
page without a reload, through htmx polling (no inline script, so the CSP holds)."""

import pytest

from jembatan.testing.browser import log_in, require_browser

require_browser()


from jembatan.forum.actions import regency_channel_ensure  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_post_appears_live_on_another_agencys_page(live_server, new_page, console, core_demo):
    channel_url = live_server.url + regency_channel_ensure(actor=None).get_absolute_url()

    reader = new_page()
    log_in(reader, live_server, "petugas.tirtaaji")
    reader.goto(channel_url)
    assert reader.locator(".forum-post").count() == 0

    writer = new_page()
    log_in(writer, live_server, "petugas.dpupr")
    writer.goto(channel_url)
    writer.click(".forum-compose summary")
    writer.fill("#id_body", "Penutupan Jl. Sumbing Rabu 07.00–17.00, mohon @perumda-tirta-aji "
                            "sesuaikan jadwal tangki. Detail: https://wonosobokab.go.id")
    with writer.expect_navigation():
        writer.locator(".forum-compose button[type=submit]").click()
    assert writer.locator(".forum-post").count() == 1

    # No reload on the reader's side: the poller brings the post within its 10-second period.
    live = reader.locator(".forum-post", has_text="Penutupan Jl. Sumbing")
    live.wait_for(timeout=15_000)
    assert live.locator("span.mention").inner_text() == "@perumda-tirta-aji"
    assert live.locator("a[href='https://wonosobokab.go.id']").count() == 1
    assert reader.locator("#forum-poll").count() == 1
    assert not [m for m in console if "Content Security Policy" in m]
