"""Links reversed once per process (core/links.py) still follow the script prefix, and a name
that is not installed gives None instead of an error."""

from django.urls import reverse, set_script_prefix

from jembatan.core.links import reverse_once


def test_a_kept_link_is_the_reversed_one():
    assert reverse_once("reports:inbox") == reverse("reports:inbox")
    assert reverse_once("core:agency", "dpupr") == reverse("core:agency", args=["dpupr"])


def test_a_kept_link_follows_the_script_prefix():
    plain = reverse_once("reports:inbox")
    try:
        set_script_prefix("/jembatan/")
        assert reverse_once("reports:inbox") == "/jembatan" + plain
    finally:
        set_script_prefix("/")
    assert reverse_once("reports:inbox") == plain


def test_a_name_that_is_not_installed_gives_none():
    assert reverse_once("no_such_app:no_such_page") is None
