"""RSS and Atom feeds of the public consultations."""

import pytest
from django.urls import reverse

from jembatan.participation.models import Consultation

pytestmark = pytest.mark.django_db

Status = Consultation.Status


@pytest.mark.parametrize("name", ["participation:feed_rss", "participation:feed_atom"])
def test_feed_lists_public_consultations_and_leaves_out_drafts_and_withdrawn(
        client, consultation_in, name):
    shown = consultation_in(Status.OPEN, title="Prioritas Musrenbang 2027")
    consultation_in(Status.DRAFT, title="Rancangan yang belum terbit")
    consultation_in(Status.WITHDRAWN, title="Konsultasi yang ditarik")

    response = client.get(reverse(name))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Prioritas Musrenbang 2027" in body
    assert shown.get_absolute_url() in body
    assert "Rancangan yang belum terbit" not in body
    assert "Konsultasi yang ditarik" not in body


def test_consultation_pages_link_their_feeds(client, open_consultation):
    for path in (reverse("participation:list"), open_consultation.get_absolute_url()):
        page = client.get(path).content.decode()
        assert f'href="{reverse("participation:feed_rss")}"' in page
        assert f'href="{reverse("participation:feed_atom")}"' in page
