"""Public consultations in the site search: what their public page shows (title, summary and
the text of every section). Drafts and withdrawn consultations are never in the index."""

from __future__ import annotations

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from jembatan.participation.models import Consultation, Section
from jembatan.participation.selectors import PUBLIC_STATUSES
from jembatan.search.registry import Document, DocumentSource


def consultation_documents(ids: list[int]) -> dict[int, Document]:
    consultations = (
        Consultation.objects.filter(pk__in=ids, status__in=PUBLIC_STATUSES)
        .select_related("lead_agency")
        .only("id", "title", "summary", "lead_agency__name", "lead_agency__short_name",
              "published_at", "opens_at")
        .prefetch_related(Prefetch("sections", queryset=Section.objects.order_by("position")
                                   .only("id", "consultation_id", "title", "body"))))
    return {
        consultation.pk: Document(
            object_id=consultation.pk, title=consultation.title,
            body="\n\n".join([consultation.summary, *(
                f"{section.title}\n{section.body}" for section in consultation.sections.all())]),
            url=consultation.get_absolute_url(), agency_id=consultation.lead_agency_id,
            date=consultation.published_at or consultation.opens_at,
            keywords=f"{consultation.lead_agency.name} {consultation.lead_agency.short_name}",
        )
        for consultation in consultations
    }


SOURCE = DocumentSource(kind="konsultasi", label=_("Public consultations"), model=Consultation,
                        documents=consultation_documents, order=15)
