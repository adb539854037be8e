"""The demo holds a consultation in every state, with comments, flags, hidden comments and one
consultation answered theme by theme."""

import pytest

from jembatan.participation.demo.loader import participation_demo_load
from jembatan.participation.models import Comment, Consultation, Flag, Response

pytestmark = pytest.mark.django_db


def test_demo_has_every_state_and_an_answered_consultation(wonosobo_demo):
    assert set(Consultation.objects.values_list("status", flat=True)) == set(
        Consultation.Status.values)
    answered = Consultation.objects.get(status=Consultation.Status.ANSWERED)
    assert answered.themes.exclude(answer_status="").count() >= 3
    assert Comment.objects.filter(status=Comment.Status.HIDDEN).exists()
    assert Comment.objects.filter(status=Comment.Status.PENDING).exists()
    assert Flag.objects.exists()
    assert Response.objects.count() > 100


def test_demo_loads_once(wonosobo_demo):
    before = Comment.objects.count()
    participation_demo_load(log=lambda *args: None)
    assert Comment.objects.count() == before
