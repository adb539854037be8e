"""The staff's filter forms are rendered once and kept (core.form_fields_cache): what they show
must still follow every change of their lists at once, the data each person chose and the
person's own agencies."""

import pytest
from django.urls import reverse

from jembatan.connectors.models import Label
from jembatan.core.models import Agency, Region
from jembatan.reports.models import Category

pytestmark = pytest.mark.django_db

INBOX = reverse("reports:inbox")
CONVERSATIONS = reverse("connectors:inbox")


def filter_form(response) -> str:
    """The HTML of the inbox's filter form (the fields only)."""
    html = response.content.decode()
    start = html.index('class="filters"')
    return html[start:html.index("</form>", start)]


def test_a_new_agency_topic_and_kecamatan_are_offered_at_once(login, coordinator):
    client = login(coordinator)
    assert 'value="dinpus"' not in filter_form(client.get(INBOX))

    Category.objects.create(name="Buku rusak di perpustakaan")
    assert "Buku rusak di perpustakaan" in filter_form(client.get(INBOX))

    Region.objects.create(code="33.07.99", name="Kecamatan Uji Baru",
                          level=Region.Level.KECAMATAN)
    assert "Kecamatan Uji Baru" in filter_form(client.get(INBOX))

    Agency.objects.create(name="Dinas Perpustakaan Baru", short_name="Dinpus", slug="dinpus")
    page = client.get(INBOX).content.decode()
    assert '<option value="dinpus">Dinpus</option>' in filter_form(client.get(INBOX))
    # The bulk disposition offers the new agency too.
    assert '<option value="dinpus">Dinas Perpustakaan Baru</option>' in page.split(
        'id="bulk-agency"')[1]


def test_a_renamed_or_closed_agency_changes_the_kept_fields(login, coordinator, agency_a):
    client = login(coordinator)
    assert f'<option value="{agency_a.slug}">{agency_a.short_name}</option>' in filter_form(
        client.get(INBOX))

    agency_a.short_name = "DPUPR Baru"
    agency_a.save()
    assert f'<option value="{agency_a.slug}">DPUPR Baru</option>' in filter_form(
        client.get(INBOX))

    agency_a.is_active = False
    agency_a.save()
    assert f'value="{agency_a.slug}"' not in filter_form(client.get(INBOX))


def test_each_filter_keeps_its_own_choices_and_errors(login, coordinator, agency_a):
    client = login(coordinator)
    plain = filter_form(client.get(INBOX))
    chosen = filter_form(client.get(INBOX, {"agency": agency_a.slug, "overdue": "on"}))
    wrong = filter_form(client.get(INBOX, {"date_from": "kemarin"}))

    assert f'<option value="{agency_a.slug}" selected>' not in plain
    assert f'<option value="{agency_a.slug}" selected>' in chosen
    assert 'name="overdue" id="id_overdue" checked' in chosen
    assert 'aria-invalid="true"' in wrong
    assert 'aria-invalid="true"' not in plain
    # The first one again, from the cache: still nothing chosen.
    assert filter_form(client.get(INBOX)) == plain


def test_an_officer_is_offered_only_their_agencys_labels(login, officer_a, officer_b, agency_a,
                                                        agency_b):
    Label.objects.create(agency=agency_a, name="Label milik instansi A")
    Label.objects.create(agency=agency_b, name="Label milik instansi B")

    seen_by_a = login(officer_a).get(CONVERSATIONS).content.decode()
    seen_by_b = login(officer_b).get(CONVERSATIONS).content.decode()

    assert "Label milik instansi A" in seen_by_a
    assert "Label milik instansi B" not in seen_by_a
    assert "Label milik instansi B" in seen_by_b
    assert "Label milik instansi A" not in seen_by_b

    Label.objects.create(agency=agency_a, name="Label kedua instansi A")
    assert "Label kedua instansi A" in login(officer_a).get(CONVERSATIONS).content.decode()


def test_a_reports_action_forms_follow_the_report_and_the_lists(login, coordinator):
    from jembatan.reports.tests.factories import ReportFactory

    def desa(kecamatan_code: str, name: str) -> Region:
        kecamatan = Region.objects.create(code=kecamatan_code, name=f"Uji {kecamatan_code}",
                                          level=Region.Level.KECAMATAN)
        return Region.objects.create(code=f"{kecamatan_code}.2001", name=name,
                                     level=Region.Level.DESA, parent=kecamatan)

    first_desa, second_desa = desa("33.07.97", "Desa Pertama"), desa("33.07.98", "Desa Kedua")
    here = ReportFactory(kecamatan=first_desa.parent, desa=first_desa)
    there = ReportFactory(kecamatan=second_desa.parent, desa=second_desa)
    client = login(coordinator)

    def dispose_fields(report) -> str:
        html = client.get(reverse("reports:staff_detail", args=[report.tracking_code])
                          ).content.decode()
        start = html.index('id="action-dispose"')
        return html[start:html.index("</form>", start)]

    # Each report's own place is chosen, though the fields are kept.
    assert f'<option value="{first_desa.code}" selected>' in dispose_fields(here)
    assert f'<option value="{second_desa.code}" selected>' in dispose_fields(there)
    assert "Desa Kedua" not in dispose_fields(here)

    Agency.objects.create(name="Dinas Arsip Baru", short_name="Dinarpus", slug="dinarpus")
    assert 'value="dinarpus"' in dispose_fields(here)
    # The form around the kept fields still carries this person's token.
    assert 'name="csrfmiddlewaretoken"' in client.get(
        reverse("reports:staff_detail", args=[here.tracking_code])).content.decode().split(
        'id="action-dispose"')[1]


def test_a_reports_assign_list_is_kept_and_follows_its_people_at_once(login, coordinator,
                                                                      officer_a, agency_a):
    """The lead agency's officers in "Assign to" are written once per agency and kept under the
    version of the people and their memberships (decision 0068)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jembatan.core.models import Membership
    from jembatan.core.tests.factories import MembershipFactory, UserFactory
    from jembatan.reports.tests.factories import disposed_report

    report = disposed_report(coordinator, agency_a)
    url = reverse("reports:staff_detail", args=[report.tracking_code])
    client = login(coordinator)

    def assign_list() -> str:
        html = client.get(url).content.decode()
        start = html.index('name="officer"')
        return html[start:html.index("</select>", start)]

    assert "Eko Prasetyo" in assign_list()
    with CaptureQueriesContext(connection) as queries:
        assign_list()
    assert not [q for q in queries.captured_queries
                if 'ORDER BY "core_user"."full_name"' in q["sql"]]

    newcomer = MembershipFactory(agency=agency_a, role=Membership.Role.OFFICER,
                                 user=UserFactory(full_name="Sri Wahyuni")).user
    assert "Sri Wahyuni" in assign_list()

    officer_a.full_name = "Eko Prasetyo Utomo"
    officer_a.save()
    assert "Eko Prasetyo Utomo" in assign_list()

    Membership.objects.filter(user=newcomer).delete()
    assert "Sri Wahyuni" not in assign_list()
