"""The taxonomy's actions check the actor themselves: only coordinators maintain it."""

import pytest
from django.core.exceptions import PermissionDenied

from jembatan.triage import actions
from jembatan.triage.models import Topic


@pytest.mark.django_db
def test_an_officer_may_not_change_the_taxonomy(officer_a, coordinator):
    with pytest.raises(PermissionDenied):
        actions.topic_create(actor=officer_a, name="minyak_tanah", message_keywords="minyak tanah")
    topic = actions.topic_create(actor=coordinator, name="minyak_tanah",
                                 message_keywords="minyak tanah")

    with pytest.raises(PermissionDenied):
        actions.topic_update(topic=topic, actor=officer_a, message_keywords="minyak")
    with pytest.raises(PermissionDenied):
        actions.topic_delete(topic=topic, actor=officer_a)

    assert Topic.objects.get(name="minyak_tanah").message_keywords == "minyak tanah"
