"""The kept copies of the public report pages and the API read (core.public_cache): a change
shows at once, the entity tag follows the data, and what one kind of visitor sees never reaches
another (staff, the reporter, another language)."""

import pickle
import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from jembatan.core import public_cache
from jembatan.core.public_cache import FRAGMENT_PREFIX
from jembatan.reports import actions
from jembatan.reports.models import Kind, Privacy
from jembatan.reports.tests.factories import (
    REPORTER_NAME,
    disposed_report,
    in_progress_report,
    staff,
)

pytestmark = pytest.mark.django_db

LIST = reverse("reports:list")


def detail_url(report):
    return reverse("reports:detail", kwargs={"code": report.tracking_code})


def api_url(report):
    return f"/api/v1/reports/{report.tracking_code}"


def kept_fragments() -> list[str]:
    """Every fragment in the local-memory cache the tests run with (it keeps them pickled)."""
    return [str(pickle.loads(value)) for key, value in cache._cache.items()
            if FRAGMENT_PREFIX in key]


def test_a_public_answer_shows_on_the_kept_page_and_list_at_once(client, coordinator,
                                                                 officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)
    assert "Aspal sudah kami tambal." not in client.get(detail_url(report)).content.decode()
    client.get(LIST)

    actions.message_post(report=report, actor=staff(officer_a),
                         body="Aspal sudah kami tambal.", visibility="public")

    assert "Aspal sudah kami tambal." in client.get(detail_url(report)).content.decode()
    assert "Aspal sudah kami tambal." in client.get(LIST).content.decode()


def test_a_new_report_reaches_the_kept_list_at_once(client, coordinator, agency_a):
    client.get(LIST)

    disposed_report(coordinator, agency_a, title="Lampu jalan Kalianget padam")

    assert "Lampu jalan Kalianget padam" in client.get(LIST).content.decode()


@pytest.mark.parametrize("url", [detail_url, lambda report: LIST, api_url])
def test_the_entity_tag_answers_304_until_the_report_changes(client, coordinator, officer_a,
                                                            agency_a, url):
    report = in_progress_report(coordinator, officer_a, agency_a)
    first = client.get(url(report))
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "private, no-cache"

    unchanged = client.get(url(report), headers={"If-None-Match": etag})
    assert unchanged.status_code == 304
    assert unchanged.content == b""

    actions.message_post(report=report, actor=staff(officer_a), body="Sudah diperbaiki.",
                         visibility="public")

    changed = client.get(url(report), headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag


def test_the_entity_tag_changes_with_the_language(client, coordinator, officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)
    indonesian = client.get(detail_url(report))
    client.cookies["jembatan_language"] = "en"

    english = client.get(detail_url(report), headers={"If-None-Match": indonesian["ETag"]})

    assert english.status_code == 200
    assert "Answers and messages" in english.content.decode()
    assert "Answers and messages" not in indonesian.content.decode()


def test_a_report_made_rahasia_is_404_at_once_after_being_kept(client, coordinator, agency_a):
    report, _key, _created = actions.report_submit(
        kind=Kind.PENGADUAN, title="Pungli di terminal", body="Kernet meminta uang lebih.",
        privacy=Privacy.PUBLIK, reporter_name=REPORTER_NAME)
    assert client.get(detail_url(report)).status_code == 200
    assert client.get(api_url(report)).status_code == 200

    actions.report_dispose(report=report, actor=staff(coordinator), agency=agency_a,
                           privacy=Privacy.RAHASIA)

    assert client.get(detail_url(report)).status_code == 404
    assert client.get(api_url(report)).status_code == 404


def test_staff_view_is_never_kept_for_the_public(login, coordinator, officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)
    actions.message_post(report=report, actor=staff(officer_a),
                         body="Kontraktor lama masuk daftar hitam.", visibility="internal")
    officer = login(officer_a)

    staff_page = officer.get(detail_url(report))
    public_page = Client().get(detail_url(report))

    assert "daftar hitam" in staff_page.content.decode()
    assert "ETag" not in staff_page.headers
    assert "daftar hitam" not in public_page.content.decode()
    assert all("daftar hitam" not in value for value in kept_fragments())


def test_the_public_copy_is_not_served_to_staff_or_the_reporter(login, coordinator,
                                                                officer_a, agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)
    actions.message_post(report=report, actor=staff(officer_a),
                         body="Kontraktor lama masuk daftar hitam.", visibility="internal")
    Client().get(detail_url(report))  # kept for the public
    reporter = Client()
    reporter.post(reverse("reports:track"), {"tracking_code": report.tracking_code,
                                             "access_key": report.access_key})

    assert "daftar hitam" in login(officer_a).get(detail_url(report)).content.decode()
    reporter_page = reporter.get(detail_url(report))
    assert reporter_page.status_code == 200
    assert "ETag" not in reporter_page.headers
    assert 'name="csrfmiddlewaretoken"' in reporter_page.content.decode()


def test_kept_copies_hold_no_csrf_token_and_no_reporter(client, coordinator, officer_a,
                                                        agency_a):
    report = in_progress_report(coordinator, officer_a, agency_a)
    page = client.get(detail_url(report)).content.decode()
    client.get(LIST)
    client.get(api_url(report))

    assert 'name="csrfmiddlewaretoken"' in page  # the layout's language switcher, per visitor
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    fragments = kept_fragments()
    assert len(fragments) == 3
    for value in fragments:
        text = str(value)
        assert token not in text
        # The kept whole page holds the forms' fields with the mark the visitor's token
        # replaces, never a token.
        marked = f'name="csrfmiddlewaretoken" value="{public_cache.TOKEN_MARK}"'
        assert text.count('name="csrfmiddlewaretoken"') == text.count(marked)
        assert REPORTER_NAME not in text


def test_api_caller_with_a_token_gets_the_staff_view_after_the_public_one(
        client, coordinator, officer_a, agency_a):
    from jembatan.api.auth import token_issue

    report = in_progress_report(coordinator, officer_a, agency_a)
    assert client.get(api_url(report)).json()["view"] == "public"

    answer = client.get(api_url(report),
                        headers={"Authorization": f"Bearer {token_issue(officer_a)}"})

    assert answer.json()["view"] == "staff"
    assert "ETag" not in answer.headers
