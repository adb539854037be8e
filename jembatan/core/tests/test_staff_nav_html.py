"""The staff sidebar is written in Python (`core_shell.staff_nav_html`) for speed;
`core/_staff_nav.html` is the reference it must equal byte for byte (decision 0068)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from jembatan.core.staff_navigation import NavLink, NavSection, staff_sections

REFERENCE = Template('{% include "core/_staff_nav.html" %}')
WRITTEN = Template("{% load core_shell %}{% staff_nav_html %}")


def person(*, waiting: int, may_view_inbox: bool = True, name: str = "Budi & <Sons>"):
    user = SimpleNamespace(is_authenticated=True, get_short_name=lambda: name,
                           has_perm=lambda perm: may_view_inbox)
    return user, SimpleNamespace(user=user, _unanswered_conversations=waiting)


def both(sections, *, waiting: int = 0, may_view_inbox: bool = True,
         csrf_token: str = "t0ken-of-the-request") -> tuple[str, str]:
    user, request = person(waiting=waiting, may_view_inbox=may_view_inbox)
    values = {"staff_sections": sections, "user": user, "request": request,
              "csrf_token": csrf_token}
    return REFERENCE.render(Context(values)), WRITTEN.render(Context(values))


SECTIONS = [
    NavSection(key="inbox", label="Kotak <masuk>", links=[
        NavLink(label="Laporan & aduan", url="/staf/laporan/?a=1&b=2", current=True),
        NavLink(label="Notifikasi", url="/staf/notifikasi/"),
    ]),
    NavSection(key="conversations", label="Percakapan", links=[
        NavLink(label="Kotak percakapan", url="/staf/percakapan/"),
        NavLink(label="Lainnya \"kutip\"", url="/staf/lain/"),
    ]),
    NavSection(key="settings", label="Pengaturan", links=[
        NavLink(label="DPUPR", url="/staf/instansi/dpupr/"),
    ]),
]


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("waiting", [0, 7, 12345])
def test_written_equals_the_template(language, waiting):
    with translation.override(language):
        reference, written = both(SECTIONS, waiting=waiting)
    assert written == reference.rstrip("\n")
    assert ("badge-warn" in written) == bool(waiting)


def test_no_sections_no_token_and_no_inbox_permission():
    reference, written = both([], csrf_token="NOTPROVIDED")
    assert written == reference.rstrip("\n")
    reference, written = both(SECTIONS, waiting=5, may_view_inbox=False)
    assert written == reference.rstrip("\n")
    assert "badge-warn" not in written


@pytest.mark.django_db
@pytest.mark.parametrize("username_fixture", ["coordinator", "officer_a"])
def test_equal_for_real_people_and_their_sidebar(request, rf, username_fixture):
    user = request.getfixturevalue(username_fixture)
    page = rf.get("/staf/laporan/")
    page.user = user
    page._unanswered_conversations = 3
    sections = staff_sections(page, agencies=[])
    values = {"staff_sections": sections, "user": user, "request": page, "csrf_token": "x"}
    written = WRITTEN.render(Context(values))
    assert written == REFERENCE.render(Context(values)).rstrip("\n")
    assert 'aria-current="page"' in written
