"""Agencies in the site search, as the public agency directory shows them."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from jembatan.core.models import Agency
from jembatan.search.registry import Document, DocumentSource


def agency_documents(ids: list[int]) -> dict[int, Document]:
    agencies = Agency.objects.filter(pk__in=ids, is_active=True)
    return {
        agency.pk: Document(
            object_id=agency.pk, title=agency.name,
            body="\n".join(part for part in (agency.duties, agency.address, agency.service_hours)
                           if part),
            url=agency.get_absolute_url(), agency_id=agency.pk, keywords=agency.short_name,
        )
        for agency in agencies
    }


SOURCE = DocumentSource(kind="instansi", label=_("Agencies"), model=Agency,
                        documents=agency_documents, order=40)
