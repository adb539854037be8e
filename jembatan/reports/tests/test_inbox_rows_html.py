"""The inbox's rows are written in Python (`reports_tags.inbox_rows_html`) for speed;
`reports/_inbox_rows.html` (with the `deadline_badge` inclusion tag) is the reference they must
equal byte for byte, in every state a row can be in (decision 0059)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from jembatan.core.models import Agency, Region, User
from jembatan.reports.models import Channel, Kind, Privacy, Report, Status

REFERENCE = Template('{% include "reports/_inbox_rows.html" %}')
WRITTEN = Template("{% load reports_tags %}{% inbox_rows_html %}")

NOW = dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)  # 10.00 in Wonosobo
DAY = dt.timedelta(days=1)

DPUPR = Agency(pk=1, name="Dinas Pekerjaan Umum & Penataan Ruang", short_name="DPUPR <PU>",
               slug="dpupr")
DINKES = Agency(pk=2, name="Dinas Kesehatan", short_name="Dinkes", slug="dinkes")
GARUNG = Region(code="33.07.08", name="Garung", level=Region.Level.KECAMATAN)
DESA = Region(code="33.07.08.2001", name="Siwuran \"Atas\"", level=Region.Level.DESA)
OFFICER = User(pk=5, username="petugas", full_name="Budi O'Hara & Sons")


def report(n: int, **fields) -> Report:
    """A row as the inbox's list query gives it, without a database."""
    extra = {key: fields.pop(key) for key in ("suggestion", "only_supporting") if key in fields}
    values = {"pk": n, "tracking_code": f"WSB-{n:04d}-AB", "title": f"Jalan <rusak> & \"licin\" {n}",
              "kind": Kind.PENGADUAN, "channel": Channel.WEB, "privacy": Privacy.PUBLIK,
              "status": Status.BARU, "created_at": NOW - 3 * DAY - dt.timedelta(hours=n)}
    values.update(fields)
    made = Report(**values)
    for key, value in extra.items():
        setattr(made, key, value)
    return made


def every_state() -> list[Report]:
    return [
        report(1),
        report(2, is_urgent=True, is_returned=True, privacy=Privacy.ANONIM, kind=Kind.ASPIRASI,
               channel=Channel.WHATSAPP),
        report(3, is_returned=True, status=Status.DIDISPOSISIKAN, lead_agency=DPUPR,
               privacy=Privacy.RAHASIA, deadline=NOW - 4 * DAY, deadline_stage="respon"),
        report(4, status=Status.DIPROSES, lead_agency=DPUPR, assigned_to=OFFICER,
               only_supporting=True, kecamatan=GARUNG, desa=DESA, deadline=NOW + 2 * DAY),
        report(5, suggested_agency=DPUPR, suggestion=DPUPR, suggestion_confidence=0.835,
               kecamatan=GARUNG, deadline=NOW + dt.timedelta(hours=5)),
        report(6, suggested_agency=DPUPR, suggestion=DINKES, suggestion_confidence=0.4,
               deadline=NOW + DAY),
        report(7, suggestion=DINKES, deadline=NOW - dt.timedelta(minutes=5)),
        report(8, suggested_agency=DPUPR, suggestion=DPUPR, suggestion_confidence=0.125,
               assigned_to=OFFICER, deadline=NOW + 9 * DAY),
        report(9, status=Status.DITUNDA, lead_agency=DINKES, kind=Kind.PERTANYAAN),
        report(10, status=Status.SELESAI, lead_agency=DINKES, kind=Kind.INFORMASI,
               channel=Channel.LAPOR, kecamatan=GARUNG),
        report(11, status=Status.DITOLAK, privacy=Privacy.ANONIM, deadline=NOW - 20 * DAY),
        report(12, status=Status.DIGABUNG, lead_agency=DPUPR, deadline=NOW - DAY),
        report(13, status=Status.DITINDAKLANJUTI, lead_agency=DPUPR,
               created_at=dt.datetime(2026, 12, 31, 20, 5, tzinfo=dt.UTC)),
    ]


def both(context: dict) -> tuple[str, str]:
    return REFERENCE.render(Context(context)), WRITTEN.render(Context(context))


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("bulk", [["dpupr"], None, []])
def test_the_written_rows_equal_the_template_in_every_state(language, bulk):
    context = {"page": SimpleNamespace(items=every_state()), "bulk_agencies": bulk, "now": NOW}
    with translation.override(language):
        reference, written = both(context)
    assert written == reference
    assert "WSB-0013-AB" in written


@pytest.mark.parametrize("language", ["id", "en"])
def test_an_empty_page_equals_the_template(language):
    with translation.override(language):
        reference, written = both({"page": SimpleNamespace(items=[]), "now": NOW})
    assert written == reference
    assert "<td colspan" in written


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["coordinator", "officer_a"])
def test_the_inbox_page_shows_the_written_rows(request, client, username, agency_a):
    """Through the real view: the rows of the list query, as each role gets them."""
    from jembatan.reports.tests.factories import ReportFactory, dispose

    user = request.getfixturevalue(username)
    coordinator = request.getfixturevalue("coordinator")
    dispose(ReportFactory(), coordinator, agency_a)
    ReportFactory(privacy=Privacy.ANONIM)
    client.force_login(user)
    response = client.get(reverse("reports:inbox"))
    assert response.status_code == 200
    context = response.context
    reference = REFERENCE.render(Context({"page": context["page"], "now": context["now"],
                                          "bulk_agencies": context["bulk_agencies"]}))
    assert reference.strip() in response.content.decode()
    htmx = client.get(reverse("reports:inbox"), headers={"HX-Request": "true"})
    assert htmx.content.decode() == reference
