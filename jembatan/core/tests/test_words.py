"""Stored values in words (core/words.py, decision 0034)."""

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.template import Context, Template
from django.utils import timezone, translation

from jembatan.core import words
from jembatan.core.actions import audit_record
from jembatan.core.models import Agency


@pytest.mark.parametrize(("seconds", "text"), [
    (None, "—"),
    (30, "kurang dari semenit"),
    (60, "1 menit"),
    (22 * 3600 + 17 * 60, "22 jam 17 menit"),
    (2 * 3600, "2 jam"),
    (3 * 86400 + 4 * 3600 + 5 * 60, "3 hari 4 jam"),
    (dt.timedelta(days=1), "1 hari"),
])
def test_durations_read_naturally(seconds, text):
    with translation.override("id"):
        assert words.duration_words(seconds) == text


def test_ago_keeps_one_unit():
    now = timezone.now()
    with translation.override("id"):
        assert words.ago_words(now - dt.timedelta(days=3, hours=5), now) == "3 hari lalu"
        assert words.ago_words(now, now) == "baru saja"


@pytest.mark.parametrize(("value", "text"), [(1, "100%"), (0.854, "85%"), (1.7, "100%"),
                                             (None, "—")])
def test_percent_never_above_a_hundred(value, text):
    assert words.percent_words(value) == text


def test_audit_changes_show_field_and_choice_labels(db):
    from jembatan.reports.models import Report

    agency = Agency.objects.create(name="PLN ULP Wonosobo", short_name="PLN", slug="pln")
    entry = audit_record(actor=None, action="report_create", obj=agency, changes={
        "name": [None, "PLN ULP Wonosobo"]})
    entry.content_type = ContentType.objects.get_for_model(Report)
    entry.changes = {"status": [None, "baru"], "kind": [None, "pengaduan"],
                     "channel": ["", "web"], "lead_agency": ["Dinas A", "PLN ULP Wonosobo"]}
    with translation.override("id"):
        html = Template("{% include 'core/_audit_table.html' %}").render(
            Context({"entries": [entry]}))
    assert "status:" not in html
    assert "lead_agency" not in html
    assert "Status: Baru" in html
    assert "Jenis: Pengaduan" in html
    assert "Saluran: Formulir web" in html
    assert "Dinas A → PLN ULP Wonosobo" in html
    assert 'role="region"' in html


def test_audit_changes_never_show_a_slug_or_a_classifier_code(db):
    from jembatan.content.models import Post

    agency = Agency.objects.create(name="PLN ULP Wonosobo", short_name="PLN", slug="pln-ulp")
    with translation.override("id"):
        agency_rows = words.change_rows(Agency, {"slug": [None, agency.slug]})
        post_rows = words.change_rows(Post, {"info_label": ["seremonial", "informatif"]})

    assert [(str(row["label"]), row["after"]) for row in agency_rows] == [
        ("Alamat halaman publiknya", "/instansi/pln-ulp/")]
    assert [(row["before"], row["after"]) for row in post_rows] == [("Seremonial",
                                                                     "Informatif")]


def test_every_select_says_its_empty_choice_in_words():
    from django import forms

    from jembatan.core.models import Agency

    class Form(forms.Form):
        agency = forms.ModelChoiceField(queryset=Agency.objects.none(), required=False)

    with translation.override("id"):
        html = str(Form()["agency"])
    assert "---------" not in html
    assert "— pilih —" in html


@pytest.mark.parametrize("language", ["id", "en"])
def test_short_moment_writes_what_the_date_filter_writes(language):
    from django.utils.dateformat import format as date_format

    start = dt.datetime(2025, 12, 31, 16, 59, tzinfo=dt.UTC)  # 23.59 in Wonosobo
    with translation.override(language):
        for days in range(0, 400, 7):
            moment = start + dt.timedelta(days=days, minutes=days * 13)
            local = timezone.localtime(moment)
            assert words.short_moment(moment) == date_format(local, "j M Y H:i")
            assert words.short_moment(moment, year=False) == date_format(local, "j M H:i")
