"""In a real Chromium on a 390 px phone: a coordinator sets up two-step sign-in from the account
page (QR code and key shown, no inline script or style blocked by the CSP), then signs out and
signs in again with the password and a code from the app."""

import pytest

from jembatan.testing.browser import require_browser

require_browser()

from django.urls import reverse  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from jembatan.core.tests.factories import DEFAULT_PASSWORD, UserFactory  # noqa: E402
from jembatan.testing.two_factor import code_for  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in_with_password(page, live_server, username):
    page.goto(live_server.url + reverse("login"))
    page.fill("#id_username", username)
    page.fill("#id_password", DEFAULT_PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_coordinator_sets_up_two_step_sign_in_and_signs_in_with_a_code(
    live_server, new_page, console
):
    coordinator = UserFactory(username="koordinator", full_name="Sri Wahyuningsih",
                              is_coordinator=True)
    page = new_page(viewport={"width": 390, "height": 844})

    sign_in_with_password(page, live_server, "koordinator")
    page.goto(live_server.url + reverse("account"))
    with page.expect_navigation():
        page.get_by_role("link", name="Aktifkan verifikasi dua langkah").click()
    assert page.locator(".qr-code svg").is_visible()
    assert page.locator(".qr-code svg").bounding_box()["width"] <= 390
    assert page.locator("code.secret").inner_text().strip()
    assert fits_the_screen(page)

    device = TOTPDevice.objects.get(user=coordinator, confirmed=False)
    page.fill("#id_code", code_for(device))
    with page.expect_navigation():
        page.get_by_role("button", name="Aktifkan verifikasi dua langkah").click()
    assert page.locator(".recovery-codes li").count() == 10
    assert fits_the_screen(page)

    page.locator(".nav-toggle").click()
    with page.expect_navigation():
        page.locator("form[action='/keluar/'] button").click()
    sign_in_with_password(page, live_server, "koordinator")
    assert page.url.endswith(reverse("login_code"))
    assert "Kode masuk" in page.locator("h1").inner_text()
    assert fits_the_screen(page)
    page.fill("#id_code", code_for(device))
    with page.expect_navigation():
        page.get_by_role("button", name="Konfirmasi").click()

    assert page.url.endswith(reverse("core:start"))
    assert not [line for line in console if "Content Security Policy" in line]
