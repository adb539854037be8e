"""Staff pages: every view with who may open it and who may not."""

import base64
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.contrib import messages
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from jembatan.core import actions
from jembatan.core.models import Agency, AuditEntry

pytestmark = pytest.mark.django_db

WIB = ZoneInfo("Asia/Jakarta")

START = reverse("core:start")
AUDIT = reverse("core:audit_log")
WORKDAYS = reverse("core:workdays")


def in_indonesian(message: str) -> str:
    """What the page shows for `message` in the default language (with or without catalogue)."""
    with translation.override("id"):
        return gettext(message)


def agency_url(name, agency):
    return reverse(f"core:{name}", kwargs={"slug": agency.slug})


def login_url(next_url):
    return f"{reverse('login')}?next={next_url}"


def message_levels(response):
    return [message.level for message in response.context["messages"]]


# --- start page -----------------------------------------------------------------------------------


def test_coordinator_start_page_shows_the_audit_section_with_latest_changes(
    login, coordinator, agency_a, admin_a
):
    actions.agency_update(agency=agency_a, actor=admin_a, phone="(0286) 325000")

    response = login(coordinator).get(START)

    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="system"' in content
    assert f'href="{AUDIT}"' in content
    assert [entry.action for entry in response.context["recent_audit"]] == ["agency_update"]
    assert "(0286) 325000" in content


def test_officer_start_page_shows_their_agency_and_no_audit_section(
    login, officer_a, agency_a, agency_b
):
    response = login(officer_a).get(START)

    assert response.status_code == 200
    content = response.content.decode()
    assert agency_a.name in content
    assert agency_b.name not in content
    assert 'id="system"' not in content
    assert f'href="{AUDIT}"' not in content
    assert response.context["recent_audit"] is None


def test_agency_admin_start_page_links_to_the_profile_editor(login, admin_a, agency_a):
    response = login(admin_a).get(START)

    assert agency_url("agency_edit", agency_a) in response.content.decode()


def test_citizen_is_redirected_from_start_page_to_the_portal_with_a_message(login, citizen):
    response = login(citizen).get(START, follow=True)

    assert response.redirect_chain == [(reverse("portal:home"), 302)]
    assert message_levels(response) == [messages.INFO]
    assert (
        in_indonesian("Your account has no staff role. Welcome to the public site.")
        in response.content.decode()
    )


def test_anonymous_visitor_is_redirected_from_start_page_to_login(client):
    response = client.get(START)

    assert response.status_code == 302
    assert response["Location"] == login_url(START)


# --- agency detail --------------------------------------------------------------------------------


def test_officer_sees_the_internal_page_of_their_agency_with_its_people(
    login, officer_a, admin_a, agency_a
):
    response = login(officer_a).get(agency_url("agency", agency_a))

    assert response.status_code == 200
    content = response.content.decode()
    assert agency_a.name in content
    assert "Eko Prasetyo" in content
    assert "Bambang Sulistyo" in content
    assert agency_url("agency_edit", agency_a) not in content
    assert agency_url("agency_history", agency_a) not in content


def test_agency_admin_sees_edit_and_history_links_on_their_agency_page(login, admin_a, agency_a):
    content = login(admin_a).get(agency_url("agency", agency_a)).content.decode()

    assert agency_url("agency_edit", agency_a) in content
    assert agency_url("agency_history", agency_a) in content


def test_coordinator_may_open_any_agency_page(login, coordinator, agency_b):
    assert login(coordinator).get(agency_url("agency", agency_b)).status_code == 200


def test_officer_of_other_agency_gets_403_on_agency_page(login, officer_b, agency_a):
    response = login(officer_b).get(agency_url("agency", agency_a))

    assert response.status_code == 403
    assert agency_a.name not in response.content.decode()


def test_citizen_gets_403_on_agency_page(login, citizen, agency_a):
    assert login(citizen).get(agency_url("agency", agency_a)).status_code == 403


def test_unknown_agency_slug_gives_404_on_agency_page(login, coordinator):
    response = login(coordinator).get(reverse("core:agency", kwargs={"slug": "tidak-ada"}))

    assert response.status_code == 404


def test_anonymous_visitor_is_redirected_to_login_from_agency_page(client, agency_a):
    url = agency_url("agency", agency_a)

    assert client.get(url)["Location"] == login_url(url)


# --- agency edit ----------------------------------------------------------------------------------


def profile_data(agency: Agency, **changes) -> dict:
    data = {
        name: getattr(agency, name)
        for name in ("duties", "phone", "email", "website", "address", "service_hours")
    }
    data.update(changes)
    return data


def test_agency_admin_saves_the_profile_and_an_audit_entry_keeps_before_and_after(
    login, admin_a, agency_a
):
    url = agency_url("agency_edit", agency_a)
    client = login(admin_a)

    response = client.post(url, profile_data(agency_a, phone="0286 325000"))

    assert response.status_code == 302
    assert response["Location"] == agency_url("agency", agency_a)
    agency_a.refresh_from_db()
    assert agency_a.phone == "0286 325000"
    entry = AuditEntry.objects.get()
    assert entry.action == "agency_update"
    assert entry.actor == admin_a
    assert entry.agency == agency_a
    assert entry.changes == {"phone": ["(0286) 321427", "0286 325000"]}
    followed = client.get(response["Location"])
    assert message_levels(followed) == [messages.SUCCESS]


def test_agency_admin_opens_the_profile_form(login, admin_a, agency_a):
    response = login(admin_a).get(agency_url("agency_edit", agency_a))

    assert response.status_code == 200
    assert response.context["form"].initial["phone"] == "(0286) 321427"


def test_saving_the_profile_unchanged_writes_no_audit_entry(login, admin_a, agency_a):
    response = login(admin_a).post(agency_url("agency_edit", agency_a), profile_data(agency_a))

    assert response.status_code == 302
    assert not AuditEntry.objects.exists()


def test_coordinator_may_edit_any_agency_profile(login, coordinator, agency_b):
    response = login(coordinator).post(
        agency_url("agency_edit", agency_b), profile_data(agency_b, duties="Air minum.")
    )

    assert response.status_code == 302
    assert AuditEntry.objects.get().changes["duties"][1] == "Air minum."


def test_officer_gets_403_on_agency_edit_and_cannot_save(login, officer_a, agency_a):
    client = login(officer_a)
    url = agency_url("agency_edit", agency_a)

    assert client.get(url).status_code == 403
    response = client.post(url, profile_data(agency_a, phone="0286 325000"))

    assert response.status_code == 403
    agency_a.refresh_from_db()
    assert agency_a.phone == "(0286) 321427"
    assert not AuditEntry.objects.exists()


def test_admin_of_other_agency_gets_403_on_agency_edit(login, admin_a, agency_b):
    response = login(admin_a).post(
        agency_url("agency_edit", agency_b), profile_data(agency_b, phone="0286 325000")
    )

    assert response.status_code == 403


def test_bad_phone_on_agency_edit_shows_a_form_error_and_saves_nothing(login, admin_a, agency_a):
    response = login(admin_a).post(
        agency_url("agency_edit", agency_a),
        profile_data(agency_a, phone="12", duties="Baru"),
    )

    assert response.status_code == 200
    assert "phone" in response.context["form"].errors
    agency_a.refresh_from_db()
    assert agency_a.phone == "(0286) 321427"
    assert agency_a.duties == "Melayani warga."
    assert not AuditEntry.objects.exists()


def test_unknown_agency_slug_gives_404_on_agency_edit(login, coordinator):
    url = reverse("core:agency_edit", kwargs={"slug": "tidak-ada"})

    assert login(coordinator).get(url).status_code == 404


# --- agency history -------------------------------------------------------------------------------


def test_agency_admin_sees_the_history_of_their_agency(login, admin_a, agency_a, agency_b):
    actions.agency_update(agency=agency_a, actor=admin_a, phone="(0286) 325000")
    actions.agency_update(agency=agency_b, actor=None, phone="(0286) 111111")

    response = login(admin_a).get(agency_url("agency_history", agency_a))

    assert response.status_code == 200
    assert [entry.agency for entry in response.context["entries"]] == [agency_a]
    content = response.content.decode()
    assert "(0286) 325000" in content
    assert "(0286) 111111" not in content


def test_coordinator_sees_the_history_of_any_agency(login, coordinator, agency_b):
    assert login(coordinator).get(agency_url("agency_history", agency_b)).status_code == 200


def test_officer_gets_403_on_agency_history(login, officer_a, agency_a):
    assert login(officer_a).get(agency_url("agency_history", agency_a)).status_code == 403


def test_admin_of_other_agency_gets_403_on_agency_history(login, admin_a, agency_b):
    assert login(admin_a).get(agency_url("agency_history", agency_b)).status_code == 403


# --- audit log ------------------------------------------------------------------------------------


@pytest.fixture
def some_changes(agency_a, agency_b, admin_a, officer_b, coordinator):
    actions.agency_update(agency=agency_a, actor=admin_a, phone="(0286) 325000")
    actions.agency_update(agency=agency_b, actor=coordinator, duties="Air minum untuk warga.")
    actions.membership_set(user=officer_b, agency=agency_b, role="agency_admin", actor=coordinator)


def test_coordinator_sees_the_audit_log_newest_first(login, coordinator, some_changes):
    response = login(coordinator).get(AUDIT)

    assert response.status_code == 200
    assert [entry.action for entry in response.context["page"].items] == [
        "membership_change",
        "agency_update",
        "agency_update",
    ]


def test_coordinator_filters_the_audit_log_by_agency(login, coordinator, some_changes, agency_a):
    response = login(coordinator).get(AUDIT, {"agency": agency_a.pk})

    assert [entry.agency for entry in response.context["page"].items] == [agency_a]


def test_coordinator_filters_the_audit_log_by_actor(login, coordinator, some_changes, admin_a):
    response = login(coordinator).get(AUDIT, {"actor": admin_a.pk})

    assert [entry.actor for entry in response.context["page"].items] == [admin_a]


def test_coordinator_searches_the_audit_log(login, coordinator, some_changes):
    response = login(coordinator).get(AUDIT, {"q": "membership"})

    assert [entry.action for entry in response.context["page"].items] == ["membership_change"]


def test_officer_gets_403_on_audit_log(login, officer_a):
    assert login(officer_a).get(AUDIT).status_code == 403


def test_agency_admin_gets_403_on_audit_log(login, admin_a):
    assert login(admin_a).get(AUDIT).status_code == 403


def test_anonymous_visitor_is_redirected_to_login_from_audit_log(client):
    assert client.get(AUDIT)["Location"] == login_url(AUDIT)


def make_audit_entries(count, agencies, actors):
    for number in range(count):
        agency = agencies[number % len(agencies)]
        actions.audit_record(
            actor=actors[number % len(actors)],
            action="agency_update",
            obj=agency,
            agency=agency,
            changes={"phone": [str(number), str(number + 1)]},
        )


def test_audit_log_pages_with_older_entries_link_without_overlap(
    login, coordinator, agency_a, agency_b
):
    make_audit_entries(60, [agency_a, agency_b], [coordinator])
    client = login(coordinator)

    first = client.get(AUDIT)
    cursor = first.context["page"].next_cursor
    assert f"cursor={cursor}" in first.content.decode()
    second = client.get(AUDIT, {"cursor": cursor})

    first_ids = [entry.pk for entry in first.context["page"].items]
    second_ids = [entry.pk for entry in second.context["page"].items]
    assert len(first_ids) == 50
    assert len(second_ids) == 10
    assert set(first_ids).isdisjoint(second_ids)
    assert second.context["page"].next_cursor is None


def test_invalid_cursor_on_audit_log_shows_the_first_page_with_a_message(
    login, coordinator, some_changes
):
    response = login(coordinator).get(AUDIT, {"cursor": "rusak!!"})

    assert response.status_code == 200
    assert len(response.context["page"].items) == 3
    assert message_levels(response) == [messages.ERROR]


def test_out_of_range_cursor_on_audit_log_shows_the_first_page(login, coordinator, some_changes):
    cursor = base64.urlsafe_b64encode(b"9999-12-31T23:59:59-14:00|5").decode()

    response = login(coordinator).get(AUDIT, {"cursor": cursor})

    assert response.status_code == 200
    assert len(response.context["page"].items) == 3


# Session, user, jurisdiction, filter choices (3), one page of entries and the staff sidebar
# (the person's agencies, conversations waiting): 9, never per row.
AUDIT_LOG_MAX_QUERIES = 9


@pytest.mark.parametrize("rows", [5, 60])
def test_audit_log_query_count_does_not_grow_with_rows(
    login,
    coordinator,
    agency_a,
    agency_b,
    admin_a,
    officer_b,
    rows,
    django_assert_max_num_queries,
):
    make_audit_entries(rows, [agency_a, agency_b], [coordinator, admin_a, officer_b])
    client = login(coordinator)

    with django_assert_max_num_queries(AUDIT_LOG_MAX_QUERIES):
        response = client.get(AUDIT)

    assert response.status_code == 200
    assert len(response.context["page"].items) == min(rows, 50)


# --- working-day calculator -----------------------------------------------------------------------


def test_officer_computes_a_deadline_with_the_calculator(login, officer_a):
    response = login(officer_a).get(WORKDAYS, {"start": "2026-03-17T10:00", "days": "3"})

    assert response.status_code == 200
    due = dt.datetime(2026, 3, 27, 23, 59, 59, tzinfo=WIB)
    assert response.context["result"].due == due
    with translation.override("id"):
        shown = date_format(due, "l, j F Y H:i")
    assert shown in response.content.decode()
    assert "Hari Suci Nyepi" in response.content.decode()


def test_coordinator_opens_the_calculator_with_an_empty_form(login, coordinator):
    response = login(coordinator).get(WORKDAYS)

    assert response.status_code == 200
    assert response.context["result"] is None
    assert not response.context["form"].is_bound


def test_citizen_gets_403_on_the_calculator(login, citizen):
    assert login(citizen).get(WORKDAYS).status_code == 403


def test_anonymous_visitor_is_redirected_to_login_from_the_calculator(client):
    assert client.get(WORKDAYS)["Location"] == login_url(WORKDAYS)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"start": "2026-03-17T10:00", "days": "0"}, "days"),
        ({"start": "2026-03-17T10:00", "days": "121"}, "days"),
        ({"start": "2026-03-17T10:00", "days": "tiga"}, "days"),
        ({"start": "kemarin", "days": "3"}, "start"),
        ({"days": "3"}, "start"),
    ],
)
def test_bad_input_on_the_calculator_shows_errors_and_no_deadline(login, officer_a, params, field):
    response = login(officer_a).get(WORKDAYS, params)

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert response.context["result"] is None


@pytest.mark.parametrize("path", ["/berita/a%00b/", "/berita/?cursor=%00",
                                  "/instansi/dpupr/tanya/?x%00=1"])
def test_a_null_character_in_the_url_is_400_not_a_server_error(client, db, path):
    # PostgreSQL cannot compare text holding NUL; unchecked, the lookup was a 500 there.
    response = client.get(path)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
