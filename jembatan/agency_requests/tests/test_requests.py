"""Requests between agencies: asking, each asked agency's status and the overall status,
comments with material, who sees a request (its parties and the coordinators only), the lists
with overdue requests highlighted, the "due tomorrow" reminder and the audit trail."""

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from jembatan.agency_requests import actions as requests_actions
from jembatan.agency_requests.models import AgencyRequest, RequestTarget, request_overall_status
from jembatan.core.models import AuditEntry
from jembatan.core.tests.factories import AgencyFactory, MembershipFactory, UserFactory
from jembatan.notifications.models import Notification
from jembatan.testing.documents import minimal_pdf

LIST = reverse("agency_requests:request_list")
NEW = reverse("agency_requests:request_new")


@pytest.fixture
def outsider(db):
    agency = AgencyFactory(short_name="Disdukcapil", slug="disdukcapil")
    return MembershipFactory(agency=agency, user=UserFactory(username="petugas.disdukcapil")).user


def tomorrow():
    return timezone.localdate() + dt.timedelta(days=1)


@pytest.fixture
def asked(officer_a, agency_a, agency_b, officer_b):
    """DPUPR asks Tirta Aji for data on water outages."""
    return requests_actions.request_create(
        requesting_agency=agency_a, asked=[agency_b], kind=AgencyRequest.Kind.DATA,
        title="Data gangguan air selama perbaikan Jl. Sumbing",
        body="Mohon jadwal dan wilayah gangguan distribusi untuk rilis bersama.",
        due_date=tomorrow() + dt.timedelta(days=3), actor=officer_a)


def test_an_officer_asks_other_agencies_and_they_hear(login, officer_a, agency_a, agency_b,
                                                      officer_b, agency_c, officer_c):
    response = login(officer_a).post(NEW, {
        "requesting_agency": agency_a.pk, "asked": [agency_b.pk, agency_c.pk],
        "kind": "material", "title": "Foto kegiatan kerja bakti",
        "body": "Foto resolusi tinggi untuk Instagram.", "due_date": tomorrow().isoformat()})
    item = AgencyRequest.objects.get()
    assert response["Location"] == item.get_absolute_url()
    assert item.status == AgencyRequest.Status.OPEN
    assert set(item.targets.values_list("agency__slug", "status")) == {
        ("perumda-tirta-aji", "open"), ("bpbd", "open")}
    told = set(Notification.objects.filter(kind="request_new")
               .values_list("recipient__username", flat=True))
    assert told == {"petugas.tirtaaji", "petugas.bpbd"}
    assert AuditEntry.objects.filter(action="request_create", object_id=str(item.pk)).exists()


def test_a_due_date_in_the_past_is_refused(login, officer_a, agency_a, agency_b):
    response = login(officer_a).post(NEW, {
        "requesting_agency": agency_a.pk, "asked": [agency_b.pk], "kind": "data",
        "title": "Data", "body": "Data", "due_date": "2020-01-01"})
    assert response.status_code == 400
    assert "due_date" in response.context["form"].errors
    with pytest.raises(ValidationError):
        requests_actions.request_create(
            requesting_agency=agency_a, asked=[agency_b], kind="data", title="x", body="y",
            due_date=timezone.localdate() - dt.timedelta(days=1), actor=officer_a)
    assert not AgencyRequest.objects.exists()


def test_asking_only_ones_own_agency_is_refused(login, officer_a, agency_a):
    response = login(officer_a).post(NEW, {
        "requesting_agency": agency_a.pk, "asked": [agency_a.pk], "kind": "data",
        "title": "Data", "body": "Data", "due_date": tomorrow().isoformat()})
    assert response.status_code == 400


def test_an_asked_agency_id_beyond_the_database_range_is_400(login, officer_a, agency_a,
                                                            agency_b):
    response = login(officer_a).post(NEW, {
        "requesting_agency": agency_a.pk, "asked": [agency_b.pk, "99999999999999999999999"],
        "kind": "data", "title": "Data", "body": "Data", "due_date": tomorrow().isoformat()})
    assert response.status_code == 400
    assert "asked" in response.context["form"].errors
    assert not AgencyRequest.objects.exists()


def test_staff_may_not_ask_on_behalf_of_another_agency(login, officer_a, agency_b, agency_a):
    response = login(officer_a).post(NEW, {
        "requesting_agency": agency_b.pk, "asked": [agency_a.pk], "kind": "data",
        "title": "Data", "body": "Data", "due_date": tomorrow().isoformat()})
    assert response.status_code == 400
    with pytest.raises(PermissionDenied):
        requests_actions.request_create(requesting_agency=agency_b, asked=[agency_a],
                                        kind="data", title="x", body="y", due_date=tomorrow(),
                                        actor=officer_a)


def test_a_request_is_seen_only_by_its_parties_and_the_coordinators(
    login, asked, officer_a, officer_b, coordinator, outsider, citizen
):
    url = asked.get_absolute_url()
    for user in (officer_a, officer_b, coordinator):
        assert login(user).get(url).status_code == 200
    assert login(outsider).get(url).status_code == 404
    assert login(citizen).get(url).status_code == 403
    assert asked not in login(outsider).get(LIST + "?daftar=masuk").context["page"].items
    assert login(outsider).post(reverse("agency_requests:request_comment", args=[asked.pk]),
                                {"body": "Boleh ikut?"}).status_code == 404


def test_each_asked_agency_moves_its_own_status_and_the_overall_status_follows(
    login, officer_a, agency_a, agency_b, officer_b, agency_c, officer_c
):
    item = requests_actions.request_create(
        requesting_agency=agency_a, asked=[agency_b, agency_c], kind="quote",
        title="Kutipan kepala", body="Satu kalimat untuk rilis.", due_date=tomorrow(),
        actor=officer_a)
    answer = reverse("agency_requests:request_answer", args=[item.pk])
    login(officer_b).post(answer, {"agency": agency_b.pk, "action": "start"})
    item.refresh_from_db()
    assert item.status == AgencyRequest.Status.IN_PROGRESS
    # Declining needs a note.
    login(officer_c).post(answer, {"agency": agency_c.pk, "action": "decline", "note": ""})
    assert RequestTarget.objects.get(agency=agency_c).status == "open"
    login(officer_c).post(answer, {"agency": agency_c.pk, "action": "decline",
                                   "note": "Kepala sedang dinas luar, coba minggu depan."})
    login(officer_b).post(answer, {"agency": agency_b.pk, "action": "done",
                                   "note": "Kutipan terlampir di komentar."})
    item.refresh_from_db()
    assert item.status == AgencyRequest.Status.DONE
    assert item.closed_at is not None
    kinds = list(Notification.objects.filter(recipient=officer_a)
                 .values_list("kind", flat=True))
    assert kinds.count("request_answered") == 3
    actions = set(AuditEntry.objects.filter(object_id=str(item.pk))
                  .values_list("action", flat=True))
    assert {"request_create", "request_start", "request_decline", "request_done"} <= actions


def test_only_the_asked_agency_answers_for_itself(login, asked, officer_a, agency_b, coordinator):
    answer = reverse("agency_requests:request_answer", args=[asked.pk])
    assert login(officer_a).post(answer, {"agency": agency_b.pk,
                                          "action": "done"}).status_code == 403
    assert login(coordinator).post(answer, {"agency": agency_b.pk,
                                            "action": "done"}).status_code == 403
    assert asked.targets.get().status == "open"
    page = login(officer_a).get(asked.get_absolute_url())
    assert page.context["answerable"] == []


def test_a_step_outside_the_table_is_refused(login, asked, officer_b, agency_b):
    answer = reverse("agency_requests:request_answer", args=[asked.pk])
    assert login(officer_b).post(answer, {"agency": agency_b.pk,
                                          "action": "reopen"}).status_code == 403
    assert login(officer_b).post(answer, {"agency": agency_b.pk,
                                          "action": "fly"}).status_code == 302
    assert asked.targets.get().status == "open"


def test_overall_status_rules():
    status = request_overall_status
    assert status(["open", "open"]) == "open"
    assert status(["open", "in_progress"]) == "in_progress"
    assert status(["open", "done"]) == "in_progress"
    assert status(["declined", "done"]) == "done"
    assert status(["declined", "declined"]) == "declined"


def test_comments_carry_material_and_tell_the_other_parties(login, asked, officer_b, officer_a):
    out = io.BytesIO()
    Image.new("RGB", (6, 6), (0, 90, 160)).save(out, format="PNG")
    response = login(officer_b).post(
        reverse("agency_requests:request_comment", args=[asked.pk]),
        {"body": "Peta wilayah gangguan terlampir.",
         "attachments": [SimpleUploadedFile("peta.png", out.getvalue())]})
    assert response.status_code == 302
    comment = asked.comments.get()
    assert comment.agency.slug == "perumda-tirta-aji"
    assert Notification.objects.filter(kind="request_comment", recipient=officer_a).exists()
    attachment = comment.attachments.get()
    url = reverse("agency_requests:request_attachment", args=[attachment.pk])
    assert login(officer_a).get(url).status_code == 200


def test_attachment_of_a_request_is_hidden_from_outsiders(login, asked, officer_b, outsider):
    comment = requests_actions.request_comment(
        agency_request=asked, actor=officer_b, body="Berkas",
        attachments=_clean([SimpleUploadedFile("a.pdf", minimal_pdf())]))
    url = reverse("agency_requests:request_attachment", args=[comment.attachments.get().pk])
    assert login(outsider).get(url).status_code == 404


def test_the_requesting_agency_cancels_the_asked_one_may_not(login, asked, officer_a, officer_b):
    url = reverse("agency_requests:request_cancel", args=[asked.pk])
    assert login(officer_b).post(url).status_code == 403
    assert login(officer_a).post(url, {"note": "Sudah dapat dari BPS"}).status_code == 302
    asked.refresh_from_db()
    assert asked.status == AgencyRequest.Status.CANCELLED
    assert Notification.objects.filter(kind="request_answered", recipient=officer_b).exists()


def test_lists_show_asked_of_us_and_we_asked_with_overdue_highlighted(
    login, officer_a, agency_a, agency_b, officer_b, asked
):
    late = requests_actions.request_create(
        requesting_agency=agency_b, asked=[agency_a], kind="share",
        title="Bagikan info pemadaman air", body="Mohon dibagikan di akun DPUPR.",
        due_date=timezone.localdate() - dt.timedelta(days=2), actor=officer_b,
        at=timezone.now() - dt.timedelta(days=5), allow_past_due=True)
    incoming = login(officer_a).get(LIST + "?daftar=masuk")
    assert [i.pk for i in incoming.context["page"].items] == [late.pk]
    assert incoming.context["page"].items[0].overdue
    assert 'class="overdue"' in incoming.content.decode()
    outgoing = login(officer_a).get(LIST + "?daftar=keluar")
    assert [i.pk for i in outgoing.context["page"].items] == [asked.pk]
    assert not outgoing.context["page"].items[0].overdue
    # The "all" list is for coordinators; others fall back to their own list.
    assert login(officer_a).get(LIST + "?daftar=semua").context["which"] == "masuk"


def test_the_list_costs_the_same_queries_for_few_or_many_requests(
    login, officer_a, agency_a, agency_b, agency_c, officer_b, django_assert_max_num_queries
):
    def add(count):
        for n in range(count):
            requests_actions.request_create(
                requesting_agency=agency_b, asked=[agency_a, agency_c], kind="data",
                title=f"Permintaan {n}", body="Data", due_date=tomorrow(), actor=officer_b)

    add(2)
    client = login(officer_a)
    with CaptureQueriesContext(connection) as few:
        client.get(LIST)
    add(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(client.get(LIST).context["page"].items) == 22


def test_asked_agencies_are_reminded_once_the_day_before(asked, officer_b, agency_b, officer_a):
    today = asked.due_date - dt.timedelta(days=1)
    assert requests_actions.requests_remind_due_soon(today=today - dt.timedelta(days=1)) == 0
    assert requests_actions.requests_remind_due_soon(today=today) == 1
    assert requests_actions.requests_remind_due_soon(today=today) == 0
    told = list(Notification.objects.filter(kind="request_due_soon")
                .values_list("recipient__username", flat=True))
    assert told == ["petugas.tirtaaji"]


def test_a_done_agency_is_not_reminded(asked, officer_b):
    requests_actions.request_answer(target=asked.targets.get(), action="done", actor=officer_b)
    assert requests_actions.requests_remind_due_soon(
        today=asked.due_date - dt.timedelta(days=1)) == 0


def test_the_due_soon_job_is_registered():
    from jembatan.core.scheduler import JOBS
    from jembatan.notifications.kinds import KINDS

    assert JOBS["coordination.requests_due_soon"].every == dt.timedelta(days=1)
    for key in ("forum_mention", "forum_announcement", "request_new", "request_answered",
                "request_due_soon"):
        assert key in KINDS


def _clean(uploads):
    from jembatan.core.uploads import clean_uploads

    return clean_uploads(uploads)


# --- Demo ---------------------------------------------------------------------------------------


def test_the_demo_has_requests_in_every_state_and_loads_only_once(db, wonosobo_demo):
    from jembatan.agency_requests.demo.loader import requests_demo_load

    assert set(AgencyRequest.objects.values_list("status", flat=True)) == set(
        AgencyRequest.Status.values)
    count = AgencyRequest.objects.count()
    requests_demo_load(log=lambda *a: None)
    assert AgencyRequest.objects.count() == count
