"""The workflow pieces every domain shares: who is acting, and 403 before 409."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from jembatan.core.workflow import SYSTEM, Actor, InvalidTransition, check_transition


class Thing:
    status = "draft"

    def get_status_display(self) -> str:
        return "draf"


ALLOWED_FROM = {"publish": {"approved"}, "edit": {"draft"}}


def test_system_is_labelled_sistem():
    assert SYSTEM.label == "sistem"


def test_reporter_without_an_account_is_labelled_pelapor():
    assert Actor(is_reporter=True).label == "pelapor"


def test_anonymous_visitor_has_no_label():
    assert Actor(user=AnonymousUser()).label == ""


def test_a_role_that_may_not_act_is_refused_before_the_state_is_looked_at():
    with pytest.raises(PermissionDenied, match="not yours"):
        check_transition("publish", Thing(), Actor(), may_take=lambda *args: False,
                         allowed_from=ALLOWED_FROM, denied="not yours", invalid="%(status)s")


def test_a_state_that_does_not_allow_the_action_is_an_invalid_transition_naming_it():
    with pytest.raises(InvalidTransition) as raised:
        check_transition("publish", Thing(), Actor(), may_take=lambda *args: True,
                         allowed_from=ALLOWED_FROM, denied="not yours",
                         invalid="not while %(status)s")
    assert raised.value.message == "not while draf"


def test_an_allowed_action_passes():
    check_transition("edit", Thing(), SYSTEM, may_take=lambda *args: True,
                     allowed_from=ALLOWED_FROM, denied="", invalid="")
