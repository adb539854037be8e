"""The confirmation page: copy the access key, or have it emailed to an address the reporter
types. Only the browser that sent the report may do so, and never too often."""

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse

from jembatan.reports import codes
from jembatan.reports.models import Privacy, Report
from jembatan.reports.tests.factories import REPORTER_EMAIL, report_form_data

pytestmark = pytest.mark.django_db

SUBMIT = reverse("reports:submit")


def send_report(client, **overrides) -> tuple[Report, str]:
    """Send a report, open its confirmation page; the report and the key shown there."""
    client.post(SUBMIT, report_form_data(**overrides))
    report = Report.objects.latest("pk")
    page = client.get(reverse("reports:submitted", kwargs={"code": report.tracking_code}))
    return report, page.context["access_key"]


def send_key_url(report) -> str:
    return reverse("reports:send_key", kwargs={"code": report.tracking_code})


def test_the_confirmation_page_offers_copy_and_email_prefilled_with_the_reports_address(client):
    client.post(SUBMIT, report_form_data())
    report = Report.objects.get()

    page = client.get(reverse("reports:submitted", kwargs={"code": report.tracking_code}))

    content = page.content.decode()
    assert 'data-copy-target="access-key"' in content
    assert "Salin" in content
    assert "Tandai kunci di atas lalu salin." in content  # without JavaScript
    assert "Kirim kunci ke email saya" in content
    assert page.context["send_key_form"].initial["email"] == REPORTER_EMAIL
    assert f'action="{send_key_url(report)}"' in content


def test_the_key_is_emailed_with_the_code_and_the_tracking_link(client):
    report, key = send_report(client, reporter_email="")

    response = client.post(send_key_url(report), {"email": "sumarni@example.id"})

    assert response.status_code == 302
    assert response["Location"] == reverse("reports:submitted",
                                           kwargs={"code": report.tracking_code})
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["sumarni@example.id"]
    assert report.tracking_code in email.subject
    assert "Kunci akses" in email.subject
    assert key in email.body
    assert report.tracking_code in email.body
    assert settings.SITE_URL + reverse("reports:track") in email.body
    assert codes.access_key_matches(key, report.access_key_hash)
    # The key travels in the body only: never in the address the server logs.
    assert key not in response["Location"]
    assert key not in send_key_url(report)


def test_the_key_can_still_be_emailed_after_the_page_stopped_showing_it(client):
    report, key = send_report(client, reporter_email="")
    client.get(reverse("reports:submitted", kwargs={"code": report.tracking_code}))

    client.post(send_key_url(report), {"email": "sumarni@example.id"})

    assert key in mail.outbox[0].body


def test_another_browser_cannot_have_the_key_sent_anywhere(client):
    report, _key = send_report(client)

    response = Client().post(send_key_url(report), {"email": "someone@example.id"})

    assert response.status_code == 404
    assert mail.outbox == []


def test_the_key_of_an_older_report_cannot_be_sent_from_the_same_browser(client):
    older, _key = send_report(client)
    send_report(client)

    response = client.post(send_key_url(older), {"email": "someone@example.id"})

    assert response.status_code == 404
    assert mail.outbox == []


def test_after_an_hour_the_key_leaves_the_session_and_cannot_be_sent(client):
    from jembatan.reports.views import KEY_MAIL_SESSION_KEY

    report, _key = send_report(client)
    session = client.session
    session[KEY_MAIL_SESSION_KEY] = {**session[KEY_MAIL_SESSION_KEY], "until": 0}
    session.save()

    response = client.post(send_key_url(report), {"email": "someone@example.id"})

    assert response.status_code == 404
    assert KEY_MAIL_SESSION_KEY not in client.session
    assert mail.outbox == []


def test_sending_the_key_answers_only_post(client):
    report, _key = send_report(client)

    assert client.get(send_key_url(report)).status_code == 405


def test_a_bad_address_answers_400_with_a_clear_message(client):
    report, _key = send_report(client)

    response = client.post(send_key_url(report), {"email": "bukan-alamat"})

    assert response.status_code == 400
    content = response.content.decode()
    assert "Isi alamat email dengan format seperti nama@contoh.id." in content
    assert 'href="#id_email"' in content
    assert mail.outbox == []


def test_sending_the_key_too_often_answers_429(client):
    report, _key = send_report(client)
    for _ in range(5):
        assert client.post(send_key_url(report), {"email": "a@example.id"}).status_code == 302

    response = client.post(send_key_url(report), {"email": "a@example.id"})

    assert response.status_code == 429
    assert "terlalu sering" in response.content.decode()
    assert len(mail.outbox) == 5


def test_the_email_of_an_anonymous_report_names_nobody_and_quotes_nothing(client):
    report, key = send_report(client, privacy=Privacy.ANONIM, reporter_name="Sumarni Wulandari",
                              title="Pungutan liar di kantor desa")

    client.post(send_key_url(report), {"email": "orang.lain@example.id"})

    body = mail.outbox[0].body
    assert key in body
    assert "Sumarni" not in body
    assert REPORTER_EMAIL not in body
    assert "Pungutan liar" not in body
    assert "Pungutan liar" not in mail.outbox[0].subject


def test_the_report_form_explains_each_privacy_choice_next_to_its_radio(client):
    content = client.get(SUBMIT).content.decode()

    for value in Privacy.values:
        assert f'type="radio" name="privacy" value="{value}"' in content
    assert 'aria-describedby="id_privacy_2_facts"' in content
    assert "Isi laporan: hanya dibaca koordinator dan petugas instansi yang menangani laporan." \
        in content
    assert "hanya dilihat koordinator; instansi yang menangani laporan tidak melihatnya" in content
    assert "Di situs ini: laporan tidak ditampilkan sama sekali." in content
    assert "<select" not in content.split('name="privacy"')[0].rsplit("<fieldset", 1)[-1]


def test_the_officers_intake_form_explains_the_privacy_choices_too(login, officer_a):
    content = login(officer_a).get(reverse("reports:enter")).content.decode()

    assert 'type="radio" name="privacy" value="rahasia"' in content
    assert "Di situs ini: laporan tidak ditampilkan sama sekali." in content
    assert "dapat dibacakan kepada warga" in content
