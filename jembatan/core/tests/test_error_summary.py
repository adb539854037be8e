"""Every form that comes back with errors opens with one summary box: each error, the
form's own included, is a link to its field, and each field keeps its own message."""

import re

import pytest
from django import forms
from django.urls import reverse

from jembatan.reports.tests.factories import report_form_data

pytestmark = pytest.mark.django_db

TITLE = "Ada yang perlu diperbaiki"


def summary_of(response) -> str:
    content = response.content.decode()
    match = re.search(r'<div class="error-summary".*?</div>', content, re.S)
    assert match, "no error summary on the page"
    return match.group(0)


def summary_links(summary: str) -> list[str]:
    return re.findall(r'<a href="#([^"]+)" data-error-link>', summary)


def test_the_public_report_form_lists_each_error_with_a_link_to_its_field(client):
    response = client.post(reverse("reports:submit"),
                           report_form_data(title="", body="", consent=None, privacy=None))

    assert response.status_code == 400
    summary = summary_of(response)
    assert TITLE in summary
    assert 'tabindex="-1"' in summary
    assert "data-error-summary" in summary
    links = summary_links(summary)
    assert {"id_title", "id_body", "id_consent", "id_privacy_0"} <= set(links)
    content = response.content.decode()
    # Every link lands on a real field, which keeps its own message and points at it.
    for target in links:
        assert f'id="{target}"' in content
    assert re.search(r'id="id_title"|aria-describedby="[^"]*\bid_title_error"', content)
    assert re.search(r'<input[^>]*aria-describedby="[^"]*\bid_title_error"[^>]*id="id_title"',
                     content)
    assert 'id="id_title_error"' in content
    assert 'aria-describedby="id_privacy_error"' in content


def test_the_summary_of_the_report_form_speaks_indonesian(client):
    response = client.post(reverse("reports:submit"), report_form_data(title=""))

    summary = summary_of(response)
    assert "Judul: Bidang ini tidak boleh kosong." in summary


def test_a_field_with_a_long_label_is_named_shortly_in_the_summary(client):
    response = client.post(reverse("reports:submit"), report_form_data(consent=None))

    summary = summary_of(response)
    assert "Persetujuan: Centang kotak persetujuan sebelum mengirim laporan." in summary
    assert "Saya setuju" not in summary


def test_the_staff_login_lists_the_forms_own_error_in_the_summary(client, officer_a):
    response = client.post(reverse("login"), {"username": officer_a.username,
                                              "password": "not-the-password"})

    summary = summary_of(response)
    assert TITLE in summary
    assert "<li>" in summary
    assert summary_links(summary) == []


def test_the_staff_login_without_a_username_links_to_the_username(client):
    response = client.post(reverse("login"), {"username": "", "password": ""})

    summary = summary_of(response)
    assert summary_links(summary) == ["id_username", "id_password"]
    assert 'aria-describedby="id_username_error"' in response.content.decode()


def test_the_officers_intake_form_lists_its_errors_and_links_to_the_privacy_radios(
    login, officer_a
):
    response = login(officer_a).post(reverse("reports:enter"), {"title": ""})

    assert response.status_code == 400
    summary = summary_of(response)
    assert TITLE in summary
    links = summary_links(summary)
    assert {"id_channel", "id_kind", "id_title", "id_body", "id_privacy_0"} <= set(links)


def test_a_form_shown_whole_gets_the_summary_and_no_machine_words():
    class Sample(forms.Form):
        name = forms.CharField(label="Nama")
        token = forms.CharField(widget=forms.HiddenInput)

        def clean(self):
            raise forms.ValidationError("Formulir ini tidak lengkap.")

    html = str(Sample(data={}))

    assert 'class="error-summary"' in html
    assert '<a href="#id_name" data-error-link>' in html
    assert "Formulir ini tidak lengkap." in html
    assert "Hidden field" not in html
    assert "token" not in html.split('name="token"')[0]


def test_a_form_without_errors_has_no_summary(client):
    response = client.get(reverse("reports:submit"))

    assert "error-summary" not in response.content.decode()
