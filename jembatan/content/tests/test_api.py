"""The posts API: GET/POST /api/v1/posts and POST /api/v1/posts/{id}/actions."""

import datetime as dt

import pytest
from django.utils import timezone

from jembatan.content import actions
from jembatan.content.models import Post, PostStatus

from .conftest import INFORMATIVE_BODY, in_hours, staff

pytestmark = pytest.mark.django_db

URL = "/api/v1/posts"


def payload(**overrides):
    data = {"title": "Jadwal pelayanan adminduk keliling Desember",
            "body": INFORMATIVE_BODY, "agency": "dpupr", "co_authors": ["perumda-tirta-aji"],
            "channels": ["facebook", {"channel": "whatsapp", "text": "Adminduk keliling Sabtu."}],
            "scheduled_at": None}
    data.update(overrides)
    return data


def test_officer_creates_a_joint_post(api, token_for, officer_a, agency_b):
    response = api.post(URL, payload(), token=token_for(officer_a))
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "draft"
    assert data["agency"] == "dpupr"
    assert data["co_authors"] == ["perumda-tirta-aji"]
    assert [c["channel"] for c in data["channels"]] == ["portal", "facebook", "whatsapp"]
    assert data["channels"][1]["text"] == INFORMATIVE_BODY
    assert data["info_value"]["label"] == "informatif"
    assert isinstance(data["info_value"]["suggestions"], list)
    assert data["url"] is None
    assert {"id", "title", "body", "scheduled_at", "published_at"} <= set(data)


def test_create_needs_a_token(api, agency_a):
    assert api.post(URL, payload()).status_code == 401


def test_create_for_another_agency_is_forbidden(api, token_for, officer_b, agency_a):
    response = api.post(URL, payload(), token=token_for(officer_b))
    assert response.status_code == 403
    assert Post.objects.count() == 0


@pytest.mark.parametrize(("override", "code"), [
    ({"agency": "tidak-ada"}, "unknown_agency"),
    ({"co_authors": ["tidak-ada"]}, "unknown_agency"),
    ({"channels": [{"channel": "whatsapp", "text": "x" * 4097}]}, "too_long"),
    ({"channels": ["tiktok"]}, "invalid"),
    ({"title": ""}, "invalid"),
    ({"scheduled_at": "2001-01-01T10:00:00+07:00"}, "in_the_past"),
    ({"scheduled_at": "besok"}, "invalid"),
    ({"scheduled_at": "9999-12-31T23:59:59+07:00"}, "invalid"),
])
def test_bad_input_is_a_clear_400(api, token_for, officer_a, agency_b, override, code):
    response = api.post(URL, payload(**override), token=token_for(officer_a))
    assert response.status_code == 400, response.content
    assert response.json()["code"] == code
    assert response.json()["message"]


def test_malformed_json_is_400(api, token_for, officer_a):
    response = api.post(URL, raw="{nope", token=token_for(officer_a))
    assert response.status_code == 400


def test_public_sees_published_only(api, approved, draft, officer_a):
    published = approved(title="Vaksinasi campak gratis")
    actions.post_publish(post=published, actor=staff(officer_a))
    draft(title="Masih draf")
    data = api.get(URL).json()
    assert [item["title"] for item in data["items"]] == ["Vaksinasi campak gratis"]
    assert data["items"][0]["url"].endswith(published.get_absolute_url())


def test_staff_see_drafts_of_their_agencies_only(api, token_for, draft, officer_b, officer_c,
                                                 agency_c, coordinator):
    draft(title="Draf bersama Tirta Aji")
    titles = lambda token: [i["title"] for i in api.get(URL, token=token).json()["items"]]  # noqa: E731
    assert titles(token_for(officer_b)) == ["Draf bersama Tirta Aji"]
    assert titles(token_for(officer_c)) == []
    assert titles(token_for(coordinator)) == ["Draf bersama Tirta Aji"]


def test_filters_agency_status_and_text(api, token_for, draft, approved, coordinator, agency_c,
                                        officer_a):
    draft(title="Imbauan cuaca ekstrem", co_authors=[agency_c])
    other = approved(title="Info PBB-P2 jatuh tempo")
    token = token_for(coordinator)
    by_agency = api.get(URL, token=token, agency="bpbd").json()["items"]
    assert [i["title"] for i in by_agency] == ["Imbauan cuaca ekstrem"]
    by_status = api.get(URL, token=token, status="approved").json()["items"]
    assert [i["id"] for i in by_status] == [other.pk]
    by_text = api.get(URL, token=token, q="pbb-p2").json()["items"]
    assert [i["id"] for i in by_text] == [other.pk]
    assert api.get(URL, token=token, status="bogus").status_code == 400


def test_newest_first_with_cursor_pagination(api, token_for, draft, officer_a):
    made = [draft(title=f"Pendaftaran beasiswa gelombang {n}",
                  at=timezone.now() - dt.timedelta(minutes=10 - n)) for n in range(5)]
    token = token_for(officer_a)
    first = api.get(URL, token=token, limit=2).json()
    assert [i["id"] for i in first["items"]] == [made[4].pk, made[3].pk]
    second = api.get(URL, token=token, limit=2, cursor=first["next_cursor"]).json()
    assert [i["id"] for i in second["items"]] == [made[2].pk, made[1].pk]
    assert api.get(URL, token=token, cursor="rusak!").status_code == 400


def test_actions_full_loop(api, token_for, draft, officer_a, admin_a):
    post = draft()
    url = f"{URL}/{post.pk}/actions"
    officer, admin = token_for(officer_a), token_for(admin_a)
    assert api.post(url, {"action": "submit"}, token=officer).json()["status"] == "review"
    assert api.post(url, {"action": "approve", "note": "Oke"}, token=admin).json()["status"] \
        == "approved"
    when = in_hours(4).isoformat()
    scheduled = api.post(url, {"action": "schedule", "scheduled_at": when}, token=officer)
    assert scheduled.status_code == 200, scheduled.content
    assert scheduled.json()["status"] == "scheduled"
    published = api.post(url, {"action": "publish"}, token=officer).json()
    assert published["status"] == "published"
    assert published["published_at"]
    assert published["url"]


def test_action_by_wrong_role_is_403(api, token_for, draft, officer_a, officer_b):
    post = draft()
    actions.post_submit(post=post, actor=staff(officer_a))
    response = api.post(f"{URL}/{post.pk}/actions", {"action": "approve"},
                        token=token_for(officer_b))
    assert response.status_code == 403
    assert response.json()["message"]


def test_invalid_transition_is_409(api, token_for, draft, admin_a):
    post = draft()
    response = api.post(f"{URL}/{post.pk}/actions", {"action": "approve"},
                        token=token_for(admin_a))
    assert response.status_code == 409
    assert "draft" in response.json()["message"] or "draf" in response.json()["message"]


def test_post_of_another_agency_is_404(api, token_for, draft, officer_c):
    post = draft()
    assert api.post(f"{URL}/{post.pk}/actions", {"action": "withdraw"},
                    token=token_for(officer_c)).status_code == 404
    assert api.get(f"{URL}/{post.pk}", token=token_for(officer_c)).status_code == 404
    assert api.get(f"{URL}/{post.pk}").status_code == 404
    assert Post.objects.get(pk=post.pk).status == PostStatus.DRAFT


def test_published_post_is_public_but_outsiders_cannot_act(api, token_for, approved, officer_a,
                                                           officer_c):
    post = approved()
    actions.post_publish(post=post, actor=staff(officer_a))
    assert api.get(f"{URL}/{post.pk}").status_code == 200
    assert api.post(f"{URL}/{post.pk}/actions", {"action": "withdraw"},
                    token=token_for(officer_c)).status_code == 403


def test_unknown_action_and_missing_token(api, token_for, draft, officer_a):
    post = draft()
    url = f"{URL}/{post.pk}/actions"
    unknown = api.post(url, {"action": "terbang"}, token=token_for(officer_a))
    assert unknown.status_code == 400
    assert unknown.json()["code"] == "unknown_action"
    assert api.post(url, {"action": "submit"}).status_code == 401
    assert api.post(url, {}, token=token_for(officer_a)).status_code == 400
    assert api.post(f"{URL}/99999999999999999999/actions", {"action": "submit"},
                    token=token_for(officer_a)).status_code == 400


def test_schedule_without_a_time_is_400(api, token_for, approved, officer_a):
    post = approved()
    response = api.post(f"{URL}/{post.pk}/actions", {"action": "schedule"},
                        token=token_for(officer_a))
    assert response.status_code == 400


def test_list_query_count_does_not_grow(api, token_for, draft, coordinator, agency_c,
                                        django_assert_max_num_queries):
    for n in range(8):
        draft(title=f"Pos {n}", co_authors=[agency_c])
    token = token_for(coordinator)
    with django_assert_max_num_queries(8):
        response = api.get(URL, token=token, limit=50)
    assert len(response.json()["items"]) == 8
