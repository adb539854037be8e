"""The private link of a question asked on the portal, opened in a real Chromium: the key after
"#" is posted by the page and never appears in a URL the server sees."""

import pytest

from jembatan.testing.browser import require_browser

require_browser()


from jembatan.connectors import actions  # noqa: E402
from jembatan.connectors.channels.web import questions as web  # noqa: E402
from jembatan.core.models import Agency  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_private_link_opens_the_thread_without_the_key_in_any_url(
    live_server, new_page, console, core_demo
):
    _conversation, key = actions.web_question_ask(agency=Agency.objects.get(slug="dpupr"),
                                 body="Syarat PBG rumah tinggal apa saja?", submission_id="p1")
    asker = new_page()
    urls = []
    asker.on("request", lambda request: urls.append(request.url))

    asker.goto(live_server.url + web.private_link_path(key))
    asker.locator(".thread-message").get_by_text("Syarat PBG rumah tinggal apa saja?").wait_for()
    assert asker.locator(".message").count() == 0  # the thread is not shown as flash messages

    assert urls
    assert all(key not in url.split("#")[0] for url in urls)
    assert key not in asker.url
    assert [text for text in console if "Content Security Policy" in text] == []
