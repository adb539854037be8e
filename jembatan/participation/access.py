"""Access helpers of public consultations: the object for this person, or 404/403."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from jembatan.core.access import login_and_perm_required
from jembatan.participation.contributors import Contributor
from jembatan.participation.models import (
    Comment,
    Consultation,
    ConsultationAttachment,
    Participant,
    Section,
)
from jembatan.participation.selectors import consultation_visible_to

staff_required = login_and_perm_required("participation.use_staff_pages")

SESSION_KEY = "participation_participant"


def get_consultation_for_public(request: HttpRequest, pk: int) -> Consultation:
    consultation = (Consultation.objects.select_related("lead_agency")
                    .prefetch_related("co_agencies").filter(pk=pk).first())
    if consultation is None or not consultation_visible_to(consultation, request.user):
        raise Http404
    return consultation


def get_consultation_for_staff(request: HttpRequest, pk: int, *,
                               perm: str = "participation.change_consultation"
                               ) -> Consultation:
    """404 when it does not exist or the person cannot see it, 403 when they see it but may
    not `perm`."""
    consultation = (Consultation.objects.select_related("lead_agency", "created_by")
                    .prefetch_related("co_agencies").filter(pk=pk).first())
    if consultation is None:
        raise Http404
    user = request.user
    may_see = user.has_perm("participation.change_consultation", consultation) or (
        consultation.co_agencies.filter(memberships__user=user).exists()
        or consultation.is_public)
    if not may_see:
        raise Http404
    if perm and not user.has_perm(perm, consultation):
        raise PermissionDenied
    return consultation


def get_comment_for_public(request: HttpRequest, pk: int) -> Comment:
    comment = (Comment.objects.select_related("consultation__lead_agency", "section")
               .filter(pk=pk).first())
    if comment is None or not consultation_visible_to(comment.consultation, request.user) \
            or comment.status == Comment.Status.PENDING:
        raise Http404
    return comment


def contributor_of(request: HttpRequest) -> Contributor | None:
    """The logged-in user, or the participant confirmed in this browser session."""
    if request.user.is_authenticated:
        return Contributor(user=request.user)
    pk = request.session.get(SESSION_KEY)
    if pk:
        participant = Participant.objects.filter(pk=pk, verified_at__isnull=False).first()
        if participant is not None:
            return Contributor(participant=participant)
    return None


def get_section_of(consultation: Consultation, pk: int) -> Section:
    """A section of this consultation (already checked for the person), or 404."""
    section = consultation.sections.filter(pk=pk).first()
    if section is None:
        raise Http404
    section.consultation = consultation
    return section


def get_comment_of(consultation: Consultation, pk: int) -> Comment:
    """A comment on this consultation (already checked for the person), or 404."""
    comment = consultation.comments.select_related("author").filter(pk=pk).first()
    if comment is None:
        raise Http404
    comment.consultation = consultation
    return comment


def get_attachment_of(consultation: Consultation, pk: int) -> ConsultationAttachment:
    """A file of this consultation (already checked for the person), or 404."""
    attachment = consultation.attachments.filter(pk=pk).first()
    if attachment is None:
        raise Http404
    attachment.consultation = consultation
    return attachment


def get_attachment_for_public(request: HttpRequest, pk: int) -> ConsultationAttachment:
    """The public get a file only while the consultation is published and not withdrawn; staff
    who may change it get it at any time. 404 otherwise, so a draft's files do not leak."""
    attachment = (ConsultationAttachment.objects.select_related("consultation")
                  .filter(pk=pk).first())
    if attachment is None:
        raise Http404
    consultation = attachment.consultation
    if consultation.is_public:
        return attachment
    user = request.user
    if user.is_authenticated and user.has_perm("participation.change_consultation",
                                               consultation):
        return attachment
    raise Http404
