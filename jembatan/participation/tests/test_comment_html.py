"""The comments of a consultation page are written in Python (`participation_tags.comment_html`)
for speed; `participation/_comment.html` is the reference they must equal byte for byte, in
every state a comment and its consultation can be in."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from jembatan.core.public_cache import TOKEN_MARK
from jembatan.participation import selectors
from jembatan.participation.models import Comment, Consultation
from jembatan.participation.tests.conftest import comment_on, make_consultation

pytestmark = pytest.mark.django_db

REFERENCE = Template('{% for comment in comments %}'
                     '{% include "participation/_comment.html" %}{% endfor %}')
WRITTEN = Template('{% load participation_tags %}{% for comment in comments %}'
                   '{% comment_html comment %}{% endfor %}')


def comments_of(consultation) -> list[Comment]:
    return [comment for view in selectors.consultation_page(consultation)
            for comment in view.comments]


def fill(consultation, participant) -> None:
    first = comment_on(consultation, participant=participant,
                       body='Hubungi saya di 0812-3456-7890 atau budi@contoh.id <b>"tolong"</b>')
    first.support_count = 3
    first.answer_status = "accepted"
    first.answer = "Kami terima & kami ubah Pasal 5."
    first.save()
    single = comment_on(consultation, participant=participant, body="Satu dukungan.")
    single.support_count = 1
    single.save()
    rude = comment_on(consultation, participant=participant, body="Kasar sekali",
                      status=Comment.Status.HIDDEN)
    Comment.objects.filter(pk=rude.pk).update(hidden_reason="Kata-kata <kasar>")
    comment_on(consultation, participant=participant, body="Tanpa alasan",
               status=Comment.Status.HIDDEN)
    reply = comment_on(consultation, participant=participant, body="Setuju dengan Bu Siti.")
    reply.parent = first
    reply.save()


@pytest.mark.parametrize("status", [Consultation.Status.OPEN, Consultation.Status.CLOSED,
                                    Consultation.Status.ANSWERED])
@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize(("token", "preview", "supports_first"), [
    (TOKEN_MARK, False, False), ("a" * 64, False, True), ("NOTPROVIDED", True, False),
    (None, False, False)])
def test_the_written_comments_equal_the_template(agency_a, participant, status, language,
                                                 token, preview, supports_first):
    consultation = make_consultation(agency_a, status, questions=False)
    fill(consultation, participant)
    comments = comments_of(consultation)
    supported = {comments[-1].pk} if supports_first else set()
    values = {"consultation": consultation, "comments": comments, "supported": supported,
              "comment_url": reverse("participation:comment", args=[consultation.pk]),
              "preview": preview}
    if token is not None:
        values["csrf_token"] = token

    with translation.override(language):
        reference = REFERENCE.render(Context(values))
        written = WRITTEN.render(Context(values))

    assert "komentar-" in written
    assert written == reference
