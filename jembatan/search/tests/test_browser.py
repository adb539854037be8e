"""The search page in a real Chromium on a 390 px phone."""

import pytest

from jembatan.testing.browser import require_browser

require_browser()

from jembatan.catalogue import actions as catalogue_actions  # noqa: E402
from jembatan.search.actions import index_rebuild  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_citizen_searches_on_a_phone_and_filters_by_kind(live_server, new_page, console,
                                                           agency_a, admin_a):
    catalogue_actions.service_create(
        agency=agency_a, actor=admin_a, name="Perbaikan jalan lingkungan",
        audience="Warga yang jalan desanya rusak dan perlu diperbaiki segera, dengan surat "
                 "pengantar dari kepala desa dan foto kerusakan_jalan_yang_panjang_sekali.")
    index_rebuild()
    page = new_page(viewport={"width": 390, "height": 844})

    page.goto(live_server.url + "/cari/")
    page.get_by_label("Kata yang dicari").fill("jalan diperbaiki")
    page.get_by_label("Tampilkan").select_option("layanan")
    with page.expect_navigation():
        page.get_by_role("button", name="Cari").click()

    assert page.locator(".search-results li").count() == 1
    marked = page.locator(".search-results mark").all_inner_texts()
    assert {"Perbaikan", "jalan", "diperbaiki"} <= set(marked)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert console == []
