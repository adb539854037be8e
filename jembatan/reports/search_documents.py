"""Public reports in the site search: exactly what the public report page shows.

Only reports on the public list (verified, never rahasia, never rejected or merged); title and
text with personal data masked as on every public surface. The reporter's name and contact
never enter the index, not even of a publik report, so an anonim reporter cannot be found by
name either."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from jembatan.reports.models import PUBLIC_LIST_STATUSES, Privacy, Report
from jembatan.reports.selectors import official_contacts
from jembatan.search.registry import Document, DocumentSource
from jembatan.triage.privacy import mask_personal_data


def report_documents(ids: list[int]) -> dict[int, Document]:
    reports = (Report.objects.filter(pk__in=ids, privacy__in=(Privacy.PUBLIK, Privacy.ANONIM),
                                     status__in=PUBLIC_LIST_STATUSES)
               .select_related("kecamatan", "desa")
               .only("id", "tracking_code", "title", "body", "lead_agency_id", "created_at",
                     "kecamatan__name", "desa__name"))
    keep = official_contacts()
    return {
        report.pk: Document(
            object_id=report.pk,
            title=mask_personal_data(report.title, keep=keep),
            body=mask_personal_data(report.body, keep=keep),
            url=report.get_absolute_url(),
            agency_id=report.lead_agency_id,
            date=report.created_at,
            keywords=" ".join(place.name for place in (report.kecamatan, report.desa) if place),
        )
        for report in reports
    }


SOURCE = DocumentSource(kind="laporan", label=_("Reports"), model=Report,
                        documents=report_documents, order=50)
