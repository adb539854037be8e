"""Who sees and changes what on the staff pages: an agency sees and edits only the posts it
leads or co-authors; other agencies see titles on the calendar; the public sees published posts."""

import pytest
from django.urls import reverse
from django.utils import timezone

from jembatan.content import actions
from jembatan.content.models import (
    ContentSettings,
    Post,
    PostComment,
    PostStatus,
    PostSuggestion,
)

from .conftest import CEREMONIAL_BODY, in_hours, staff

pytestmark = pytest.mark.django_db


def detail(post):
    return reverse("content:detail", kwargs={"pk": post.pk})


def act(post, action):
    return reverse("content:action", kwargs={"pk": post.pk, "action": action})


@pytest.mark.parametrize("who", ["officer_a", "admin_a", "officer_b", "coordinator"])
def test_parties_open_the_post(request, login, draft, who):
    post = draft()
    response = login(request.getfixturevalue(who)).get(detail(post))
    assert response.status_code == 200
    assert post.title in response.text


@pytest.mark.parametrize("who", ["officer_c", "citizen"])
def test_others_get_404_on_every_staff_page(request, login, draft, who):
    post = draft()
    client = login(request.getfixturevalue(who))
    assert client.get(detail(post)).status_code == 404
    assert client.get(reverse("content:edit", kwargs={"pk": post.pk})).status_code == 404
    assert client.post(act(post, "submit")).status_code == 404
    assert client.post(reverse("content:comment", kwargs={"pk": post.pk}),
                       {"body": "Halo"}).status_code == 404
    assert client.post(reverse("content:suggest", kwargs={"pk": post.pk}),
                       {"channel": "portal", "text": "x"}).status_code == 404
    assert PostComment.objects.count() == 0
    assert PostSuggestion.objects.count() == 0


def test_anonymous_is_sent_to_login(client, draft):
    post = draft()
    assert client.get(detail(post)).status_code == 302
    assert client.get(reverse("content:list")).status_code == 302


def test_staff_list_shows_only_own_agencies_posts(login, draft, officer_b, officer_c, agency_c):
    draft(title="Pemadaman air terencana")
    draft(title="Imbauan cuaca ekstrem", co_authors=[agency_c])
    text_b = login(officer_b).get(reverse("content:list")).text
    assert "Pemadaman air terencana" in text_b
    assert "Imbauan cuaca ekstrem" not in text_b
    text_c = login(officer_c).get(reverse("content:list")).text
    assert "Imbauan cuaca ekstrem" in text_c
    assert "Pemadaman air terencana" not in text_c


def test_citizen_has_no_staff_list(login, citizen):
    assert login(citizen).get(reverse("content:list")).status_code == 403


def test_list_query_count_does_not_grow(login, draft, coordinator, agency_c,
                                        django_assert_max_num_queries):
    for n in range(10):
        draft(title=f"Pos bersama {n}", co_authors=[agency_c])
    client = login(coordinator)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("content:list"))
    assert response.text.count("Pos bersama") == 10


def test_co_author_may_not_edit(login, draft, officer_b, officer_a):
    post = draft()
    assert login(officer_b).get(reverse("content:edit", kwargs={"pk": post.pk})).status_code \
        == 403
    assert login(officer_a).get(reverse("content:edit", kwargs={"pk": post.pk})).status_code \
        == 200


def test_lead_edits_and_info_value_is_rechecked(login, draft, officer_a):
    post = draft()
    response = login(officer_a).post(reverse("content:edit", kwargs={"pk": post.pk}), {
        "title": "Syukuran", "body": CEREMONIAL_BODY, "topic": "", "co_authors": [],
        "instagram": "", "facebook": "Syukuran", "whatsapp": "", "image_url": ""})
    assert response.status_code == 302, response.content
    post.refresh_from_db()
    assert post.info_label == "seremonial"
    assert list(post.versions.values_list("channel", flat=True)) == ["facebook"]
    assert post.co_authors.count() == 0


def test_form_rejects_over_long_whatsapp(login, agency_a, officer_a):
    response = login(officer_a).post(reverse("content:create"), {
        "lead_agency": agency_a.pk, "title": "Info", "body": "Isi", "whatsapp": "x" * 4097})
    assert response.status_code == 400
    assert "4.096" in response.text or "4,096" in response.text


def test_officer_cannot_create_for_another_agency(login, agency_b, officer_a):
    response = login(officer_a).post(reverse("content:create"), {
        "lead_agency": agency_b.pk, "title": "Info", "body": "Isi"})
    assert response.status_code == 400


def test_co_author_id_beyond_the_database_range_is_400(login, agency_a, agency_b, officer_a):
    response = login(officer_a).post(reverse("content:create"), {
        "lead_agency": agency_a.pk, "title": "Info", "body": "Isi",
        "co_authors": [agency_b.pk, "99999999999999999999999"]})
    assert response.status_code == 400
    assert not Post.objects.exists()


def test_co_author_comments_through_the_page(login, draft, officer_b):
    post = draft()
    response = login(officer_b).post(reverse("content:comment", kwargs={"pk": post.pk}),
                                     {"body": "Tambahkan nomor pengaduan."})
    assert response.status_code == 302
    assert post.comments.get().author == officer_b


def test_officer_approve_via_page_is_403(login, draft, officer_a):
    post = draft()
    actions.post_submit(post=post, actor=staff(officer_a))
    response = login(officer_a).post(act(post, "approve"))
    assert response.status_code == 403
    post.refresh_from_db()
    assert post.status == PostStatus.REVIEW


def test_invalid_transition_via_page_is_409(login, draft, admin_a):
    post = draft()
    assert login(admin_a).post(act(post, "approve")).status_code == 409


def test_unknown_action_is_404(login, draft, officer_a):
    post = draft()
    assert login(officer_a).post(act(post, "terbang")).status_code == 404


def test_calendar_shows_all_agencies_with_titles_only_for_others(login, approved, officer_a,
                                                                 officer_c):
    post = approved(title="Vaksinasi campak di Puskesmas Kertek")
    actions.post_schedule(post=post, actor=staff(officer_a), at=in_hours(1))
    month = timezone.localtime(post.scheduled_at).strftime("%Y-%m")
    own = login(officer_a).get(reverse("content:calendar"), {"bulan": month}).text
    assert detail(post) in own
    other = login(officer_c).get(reverse("content:calendar"), {"bulan": month,
                                                              "tampilan": "daftar"}).text
    assert "Vaksinasi campak di Puskesmas Kertek" in other
    assert detail(post) not in other


def test_calendar_and_scheduling_warn_about_clashes(login, approved, officer_a):
    first = approved(title="Pemadaman air Sabtu")
    second = approved(title="Info air bersih Sabtu")
    actions.post_schedule(post=first, actor=staff(officer_a), at=in_hours(30))
    response = login(officer_a).post(act(second, "schedule"), {
        "scheduled_at": timezone.localtime(in_hours(31)).strftime("%Y-%m-%dT%H:%M")}, follow=True)
    assert "Pemadaman air Sabtu" in response.text  # the warning after scheduling
    month = timezone.localtime(first.scheduled_at).strftime("%Y-%m")
    calendar = login(officer_a).get(reverse("content:calendar"),
                                    {"bulan": month, "tampilan": "daftar"}).text
    assert "calendar-clash" in calendar


def test_clash_check_endpoint(login, approved, officer_a):
    first = approved(title="Pemadaman air Sabtu")
    second = approved(title="Info lain")
    actions.post_schedule(post=first, actor=staff(officer_a), at=in_hours(30))
    response = login(officer_a).get(reverse("content:clash_check", kwargs={"pk": second.pk}), {
        "scheduled_at": timezone.localtime(in_hours(30.5)).strftime("%Y-%m-%dT%H:%M")})
    assert "Pemadaman air Sabtu" in response.text


@pytest.mark.parametrize("moment", ["9999-12-31T23:59", "0001-01-01T00:00", "2026-13-01T08:00"])
def test_clash_check_with_an_impossible_moment_shows_no_clashes(login, approved, officer_a,
                                                                moment):
    post = approved(title="Info lain")
    response = login(officer_a).get(reverse("content:clash_check", kwargs={"pk": post.pk}),
                                    {"scheduled_at": moment})
    assert response.status_code == 200
    assert response.context["clashes"] == []


def test_scheduling_years_ahead_is_refused_on_the_page(login, approved, officer_a):
    post = approved(title="Info lain")
    response = login(officer_a).post(
        reverse("content:action", kwargs={"pk": post.pk, "action": "schedule"}),
        {"scheduled_at": "9999-12-31T23:59"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED
    assert post.scheduled_at is None or post.scheduled_at.year < 9999


def test_info_value_endpoint_for_staff_only(login, officer_a, citizen):
    url = reverse("content:info_value")
    response = login(officer_a).post(url, {"title": "Syukuran", "body": CEREMONIAL_BODY},
                                     headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "badge-warn" in response.text
    assert login(citizen).post(url, {"title": "x", "body": "y"}).status_code == 403


def test_settings_only_for_coordinators(login, coordinator, admin_a):
    url = reverse("content:settings")
    assert login(admin_a).get(url).status_code == 403
    response = login(coordinator).post(url, {"require_coordinator_approval": "on",
                                             "clash_window_hours": "3"})
    assert response.status_code == 302
    row = ContentSettings.current()
    assert row.require_coordinator_approval is True
    assert row.clash_window_hours == 3


def test_draft_is_not_public(client, draft):
    post = draft()
    assert client.get(reverse("content:public_detail", kwargs={"key": str(post.pk)})
                      ).status_code == 404


def test_editor_rechecks_information_value_while_typing(login, officer_a):
    text = login(officer_a).get(reverse("content:create")).text
    assert 'hx-trigger="keyup changed delay:800ms"' in text
    assert reverse("content:info_value") in text
    assert 'data-char-limit="2200"' in text


def test_service_picker_and_library_attachment(login, agency_a, agency_b, officer_a):
    from jembatan.catalogue import actions as catalogue_actions
    from jembatan.library import actions as library_actions

    catalogue_actions.service_create(
        agency=agency_b, actor=None, name="Pasang baru sambungan air", audience="Warga Wonosobo",
        requirements="Fotokopi KTP\nFotokopi KK", steps="Daftar di loket\nSurvei lokasi",
        is_free=False, cost="Rp1.250.000", schedule="Senin–Jumat 08.00–14.00",
        place="Kantor Tirta Aji", contact="(0286) 321551", link="", is_active=True)
    item = library_actions.library_item_create(
        agency=agency_b, actor=None, kind="video", title="Cara membaca meter air",
        date=timezone.localdate(), permission="free",
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    client = login(officer_a)
    page = client.get(reverse("content:create")).text
    assert "Pasang baru sambungan air" in page
    assert "data-text=" in page
    assert "Cara membaca meter air" in page
    response = client.post(reverse("content:create"), {
        "lead_agency": agency_a.pk, "title": "Pasang baru air", "body": "Isi artikel.",
        "library": [str(item.pk)]})
    assert response.status_code == 302, response.content
    from jembatan.content.models import Post

    post = Post.objects.get(title="Pasang baru air")
    [title] = post.attachments.values_list("title", flat=True)
    assert title.startswith("Cara membaca meter air · ")
    assert title.endswith(" · Tirta Aji")
    item.refresh_from_db()
    assert item.reuse_count == 1
    assert "Cara membaca meter air" in client.get(detail(post)).text
