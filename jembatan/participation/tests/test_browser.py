"""Acceptance in a real Chromium: a citizen without an account confirms an email address by
code, comments on a section and answers the questions; a logged-in citizen supports and flags
the comment;
the lead agency's officer hides and restores it, closes the consultation, answers it and
publishes the answer, and the participant is told by email."""

import re

import pytest

from jembatan.testing.browser import log_in, require_browser

require_browser()

from django.core import mail  # noqa: E402
from django.urls import reverse  # noqa: E402

from jembatan.core.models import Agency  # noqa: E402
from jembatan.participation.models import Comment, Consultation, Response  # noqa: E402
from jembatan.participation.tests.conftest import make_consultation  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMMENT = "Tarif usaha mikro sebaiknya dibedakan antara warung rumahan dan toko."


def test_consultation_from_comment_to_official_answer(live_server, new_page, console,
                                                      core_demo, immediate_tasks):
    consultation = make_consultation(Agency.objects.get(slug="dpupr"), Consultation.Status.OPEN)
    section = consultation.sections.last()
    url = live_server.url + consultation.get_absolute_url()

    # A visitor without an account comments on a section: first the email code.
    visitor = new_page()
    visitor.set_viewport_size({"width": 390, "height": 844})
    visitor.goto(url)
    assert visitor.evaluate("document.documentElement.scrollWidth") <= 390
    visitor.fill(f"#comment-{section.pk}", COMMENT)
    with visitor.expect_navigation():
        visitor.locator(f"#bagian-{section.pk} form.card button[type=submit]").click()
    visitor.fill("#id_email", "warga.kertek@example.com")
    visitor.fill("#id_display_name", "Warga Kertek")
    with visitor.expect_navigation():
        visitor.locator("main form.card button[type=submit]").click()
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    visitor.fill("#id_code", code)
    with visitor.expect_navigation():
        visitor.locator("main form.card button[type=submit]").click()
    visitor.fill(f"#comment-{section.pk}", COMMENT)
    with visitor.expect_navigation():
        visitor.locator(f"#bagian-{section.pk} form.card button[type=submit]").click()
    comment = Comment.objects.get()
    assert (comment.display_name, comment.section) == ("Warga Kertek", section)
    assert COMMENT in visitor.content()
    assert "warga.kertek@example.com" not in visitor.content()

    # ...and answers the questions once.
    single, scale = consultation.questions.all()
    visitor.goto(live_server.url + reverse("participation:questions", args=[consultation.pk]))
    visitor.check(f"input[name=q{single.pk}][value='{single.options.first().pk}']")
    visitor.check(f"input[name=q{scale.pk}][value='4']")
    with visitor.expect_navigation():
        visitor.locator("main form.card button[type=submit]").click()
    assert Response.objects.count() == 1
    assert visitor.locator("svg.chart").count() == 2

    # A logged-in citizen supports it in place (htmx), then flags it.
    citizen = new_page()
    log_in(citizen, live_server, "warga2")
    citizen.goto(url)
    citizen.locator(f"#komentar-{comment.pk}").get_by_role("button", name="Dukung (+1)").click()
    citizen.get_by_text("Anda mendukung ini (1 dukungan)").wait_for()
    citizen.goto(live_server.url + reverse("participation:flag", args=[comment.pk]))
    citizen.check("input[name=reason][value=off_topic]")
    with citizen.expect_navigation():
        citizen.locator("main form.card button[type=submit]").click()
    comment.refresh_from_db()
    assert comment.flag_count == 1

    # The lead agency's officer hides it with a reason, then restores it.
    officer = new_page()
    log_in(officer, live_server, "petugas.dpupr")
    officer.goto(live_server.url + reverse("participation:staff_moderation",
                                           args=[consultation.pk]))
    officer.click(f"#komentar-{comment.pk} details summary")
    officer.fill(f"#reason-{comment.pk}", "Sedang kami periksa.")
    with officer.expect_navigation():
        officer.locator(f"#komentar-{comment.pk} details button[type=submit]").click()
    visitor.goto(url)
    assert "Sedang kami periksa." in visitor.content()
    assert COMMENT not in visitor.content()
    with officer.expect_navigation():
        officer.locator(f"#komentar-{comment.pk} form.inline-form button").click()
    visitor.goto(url)
    assert COMMENT in visitor.content()

    # It closes the consultation, answers by theme and by comment, and publishes the answer.
    officer.goto(live_server.url + reverse("participation:staff_detail", args=[consultation.pk]))
    with officer.expect_navigation():
        officer.get_by_role("button", name="Tutup sekarang").click()
    officer.goto(live_server.url + reverse("participation:staff_answers",
                                           args=[consultation.pk]))
    officer.fill("#id_title", "Tarif usaha mikro")
    officer.select_option("#id_answer_status", "partly")
    officer.fill("#id_answer", "Tarif warung rumahan diturunkan menjadi Rp10.000.")
    officer.check(f"input[name=comments][value='{comment.pk}']")
    with officer.expect_navigation():
        officer.locator("details[open] form button[type=submit]").click()
    officer.fill("#id_summary", "Terima kasih atas masukan warga; Pasal 4 kami ubah.")
    with officer.expect_navigation():
        officer.get_by_role("button", name="Terbitkan jawaban").click()
    consultation.refresh_from_db()
    assert consultation.status == Consultation.Status.ANSWERED
    assert "Tarif warung rumahan diturunkan" in officer.content()
    assert ["warga.kertek@example.com"] in [m.to for m in mail.outbox]
    assert not [line for line in console if "Content Security Policy" in line]
