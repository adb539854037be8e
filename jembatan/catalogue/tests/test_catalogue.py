"""Service catalogue and work programmes: who edits what, search across agencies, the service as
ready-to-paste text, and the public list on the portal."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from jembatan.catalogue import actions as catalogue_actions
from jembatan.catalogue.models import Programme, Service
from jembatan.catalogue.selectors import service_as_text
from jembatan.catalogue.tests.helpers import make_service
from jembatan.core.models import AuditEntry

pytestmark = pytest.mark.django_db

LIST = reverse("catalogue:service_list")
CREATE = reverse("catalogue:service_create")


@pytest.fixture(autouse=True)
def _jurisdiction(jurisdiction):
    return jurisdiction


def test_citizen_gets_403_and_visitor_goes_to_login(login, citizen, client):
    assert login(citizen).get(LIST).status_code == 403
    assert client.get(LIST).status_code == 302


def test_staff_find_services_of_every_agency(login, officer_a, agency_a, agency_b):
    make_service(agency_b)
    make_service(agency_a, name="Persetujuan Bangunan Gedung (PBG)", is_free=False,
                 requirements="Sertifikat tanah\nGambar rencana")

    response = login(officer_a).get(LIST, {"q": "sambungan air"})

    assert [s.name for s in response.context["page"].items] == ["Pasang Baru Sambungan Air"]
    everything = login(officer_a).get(LIST)
    assert len(everything.context["page"].items) == 2


def test_search_by_agency_and_free(login, officer_a, agency_a, agency_b):
    make_service(agency_b)
    make_service(agency_a, name="Rekomendasi teknis", is_free=True)
    client = login(officer_a)

    assert [s.name for s in client.get(LIST, {"agency": agency_b.slug})
            .context["page"].items] == ["Pasang Baru Sambungan Air"]
    assert [s.name for s in client.get(LIST, {"free": "on"})
            .context["page"].items] == ["Rekomendasi teknis"]


def test_list_query_count_does_not_grow(login, officer_a, agency_a, agency_b,
                                        django_assert_max_num_queries):
    for n in range(15):
        make_service(agency_a if n % 2 else agency_b, name=f"Layanan {n}")
    client = login(officer_a)

    with django_assert_max_num_queries(15):
        response = client.get(LIST)
    assert len(response.context["page"].items) == 15


def test_list_pages_with_a_cursor(login, officer_a, agency_a):
    for n in range(30):
        make_service(agency_a, name=f"Layanan {n:02d}")
    client = login(officer_a)

    first = client.get(LIST)
    second = client.get(LIST, {"cursor": first.context["page"].next_cursor})

    names = {s.name for s in first.context["page"].items} | {
        s.name for s in second.context["page"].items}
    assert len(names) == 30
    assert client.get(LIST, {"cursor": "rusak!"}).status_code == 200


@pytest.mark.parametrize("who", ["officer_a", "admin_a", "coordinator"])
def test_agency_staff_and_coordinator_add_services(request, login, agency_a, who):
    user = request.getfixturevalue(who)
    response = login(user).post(CREATE, {
        "agency": agency_a.pk, "name": "Rekomendasi Teknis Drainase",
        "audience": "Pengembang perumahan", "requirements": "Gambar rencana",
        "steps": "Ajukan\nSurvei", "cost": "", "schedule": "Senin–Jumat", "place": "DPUPR",
        "contact": "(0286) 321427", "link": "", "is_active": "on",
    })

    assert response.status_code == 302
    service = Service.objects.get()
    assert service.agency == agency_a
    assert AuditEntry.objects.filter(action="service_create", actor=user).exists()


def test_officer_cannot_add_for_another_agency(login, officer_a, agency_b):
    response = login(officer_a).post(CREATE, {"agency": agency_b.pk, "name": "Palsu",
                                              "is_active": "on"})

    assert response.status_code == 400
    assert not Service.objects.exists()


def test_duplicate_name_in_one_agency_is_a_form_error(login, officer_b, agency_b):
    make_service(agency_b)

    response = login(officer_b).post(CREATE, {"agency": agency_b.pk,
                                              "name": "pasang baru sambungan AIR"})

    assert response.status_code == 400
    assert "name" in response.context["form"].errors


def test_other_agency_cannot_edit(login, officer_a, agency_b):
    service = make_service(agency_b)

    response = login(officer_a).post(reverse("catalogue:service_edit", args=[service.pk]),
                                     {"name": "Diubah"})

    assert response.status_code == 403
    service.refresh_from_db()
    assert service.name == "Pasang Baru Sambungan Air"


def test_owner_edit_records_only_the_changes(login, officer_b, agency_b):
    service = make_service(agency_b)
    data = {field: getattr(service, field) for field in catalogue_actions.SERVICE_FIELDS}
    data.update({"cost": "Rp 1.500.000", "is_active": "on", "is_free": ""})

    response = login(officer_b).post(reverse("catalogue:service_edit", args=[service.pk]),
                                     data)

    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="service_update")
    assert set(entry.changes) == {"cost"}


def test_service_as_text_has_what_where_when_requirements_cost_and_contact(agency_b):
    service = make_service(agency_b)

    text = service_as_text(service, language="en")

    assert text.startswith("*Pasang Baru Sambungan Air*\n")
    assert agency_b.name in text
    assert "Where: Kantor Pusat Perumda Tirta Aji" in text
    assert "When: Senin–Jumat 08.00–14.00" in text
    assert "Requirements:\n- Fotokopi KTP-el\n- Fotokopi Kartu Keluarga" in text
    assert "Steps:\n1. Isi formulir" in text
    assert "Cost: Rp 1.350.000" in text
    assert "Contact: WhatsApp 0811-2650-0000" in text
    assert "https://tirtaaji.co.id/pasang-baru" in text


def test_free_service_says_so_and_contact_falls_back_to_the_agency(agency_b):
    service = make_service(agency_b, is_free=True, cost="", contact="")

    text = service_as_text(service, language="en")

    assert "Cost: Free of charge" in text
    assert f"Contact: {agency_b.phone}" in text


def test_text_endpoint_returns_plain_text_and_an_htmx_partial(login, officer_a, agency_b):
    service = make_service(agency_b)
    url = reverse("catalogue:service_text", args=[service.pk])
    client = login(officer_a)

    plain = client.get(url)
    partial = client.get(url, headers={"HX-Request": "true"})

    assert plain["Content-Type"].startswith("text/plain")
    assert "Pasang Baru Sambungan Air" in plain.content.decode()
    assert b"<textarea" in partial.content
    assert b"<html" not in partial.content


def test_public_list_shows_only_active_services(client, agency_b):
    make_service(agency_b)
    make_service(agency_b, name="Layanan Lama", is_active=False)

    response = client.get(f"/instansi/{agency_b.slug}/layanan/")

    assert response.status_code == 200
    assert b"Pasang Baru Sambungan Air" in response.content
    assert b"Layanan Lama" not in response.content


def test_public_list_of_an_unknown_agency_is_404(client, db):
    assert client.get("/instansi/tidak-ada/layanan/").status_code == 404


# --- work programmes --------------------------------------------------------------------------


def test_programme_dates_must_be_in_order(agency_a):
    with pytest.raises(ValidationError):
        catalogue_actions.programme_create(agency=agency_a, actor=None, title="Rehabilitasi jalan",
                                   start_date=dt.date(2026, 12, 10),
                                   end_date=dt.date(2026, 12, 1))


def test_officer_adds_a_programme_and_another_agency_cannot_remove_it(login, officer_a,
                                                                      officer_b, agency_a):
    response = login(officer_a).post(reverse("catalogue:programme_create"), {
        "agency": agency_a.pk, "title": "Rehabilitasi Jalan Kertek–Kalikajar",
        "start_date": "2026-12-01", "end_date": "2026-12-31", "target_group": "Pengguna jalan",
        "is_public": "on",
    })
    programme = Programme.objects.get()

    denied = login(officer_b).post(reverse("catalogue:programme_delete",
                                           args=[programme.pk]))

    assert response.status_code == 302
    assert denied.status_code == 403
    assert Programme.objects.exists()
    assert login(officer_a).post(reverse("catalogue:programme_delete",
                                         args=[programme.pk])).status_code == 302
    assert not Programme.objects.exists()
    assert AuditEntry.objects.filter(action="programme_delete").exists()
