"""The inbox's urgent box is written in Python (`reports_tags.urgent_items_html`) for speed;
`reports/_urgent_items.html` is the reference it must equal byte for byte (decision 0068)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template import Context, Template
from django.utils import translation

from jembatan.core.models import Region
from jembatan.reports.models import Report, Status

REFERENCE = Template('{% include "reports/_urgent_items.html" %}')
WRITTEN = Template("{% load reports_tags %}{% urgent_items_html %}")

NOW = dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)
GARUNG = Region(code="33.07.08", name="Garung <Atas> & \"Bawah\"", level=Region.Level.KECAMATAN)


def urgent(n: int, **fields) -> Report:
    extra = {key: fields.pop(key) for key in ("flag_reason", "flag_words", "may_correct")
             if key in fields}
    values = {"pk": n, "tracking_code": f"WSB-{n:04d}-AB", "status": Status.BARU,
              "title": f"Banjir <bandang> & \"longsor\" {n}", "is_urgent": True,
              "created_at": NOW - dt.timedelta(hours=n)}
    made = Report(**(values | fields))
    for key, value in extra.items():
        setattr(made, key, value)
    return made


ITEMS = [
    urgent(1, kecamatan=GARUNG, flag_reason="Ada kata tentang bahaya & korban.",
           flag_words=["banjir", "korban <jiwa>"], may_correct=True),
    urgent(2, status=Status.DIPROSES, flag_reason="Ditandai oleh petugas.", flag_words=[],
           may_correct=False),
    urgent(3, status=Status.DIDISPOSISIKAN, kecamatan=GARUNG, flag_reason="",
           flag_words=["longsor"], may_correct=True),
    urgent(4, status="status-lama"),
]


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("token", ["t0ken", "NOTPROVIDED"])
def test_written_equals_the_template(language, token):
    values = {"urgent": ITEMS, "csrf_token": token}
    with translation.override(language):
        reference = REFERENCE.render(Context(values))
        written = WRITTEN.render(Context(values))
    assert written == reference.strip()
    assert written.count("<li") == len(ITEMS)


def test_nothing_urgent_writes_nothing():
    assert WRITTEN.render(Context({"urgent": []})) == ""
    assert REFERENCE.render(Context({"urgent": []})).strip() == ""
