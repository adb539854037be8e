"""Services and work programmes in the site search, as the public services page shows them:
active services and public programmes only."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.catalogue.models import Programme, Service
from jembatan.search.registry import Document, DocumentSource


def _services_page(slug: str) -> str:
    return reverse("catalogue_public:agency_services", kwargs={"slug": slug})


def service_documents(ids: list[int]) -> dict[int, Document]:
    services = Service.objects.filter(pk__in=ids, is_active=True, agency__is_active=True
                                      ).select_related("agency")
    return {
        service.pk: Document(
            object_id=service.pk, title=service.name,
            body="\n".join(part for part in (service.audience, service.requirements,
                                             service.steps, service.cost, service.schedule,
                                             service.place, service.contact) if part),
            url=f"{_services_page(service.agency.slug)}#service-{service.pk}",
            agency_id=service.agency_id,
            keywords=f"{service.agency.name} {service.agency.short_name}",
        )
        for service in services
    }


def programme_documents(ids: list[int]) -> dict[int, Document]:
    programmes = Programme.objects.filter(pk__in=ids, is_public=True, agency__is_active=True
                                          ).select_related("agency")
    return {
        programme.pk: Document(
            object_id=programme.pk, title=programme.title,
            body="\n".join(part for part in (programme.description, programme.place,
                                             programme.target_group) if part),
            url=programme.agency.get_absolute_url(),
            agency_id=programme.agency_id,
            date=timezone.make_aware(dt.datetime.combine(programme.start_date, dt.time())),
            keywords=f"{programme.agency.name} {programme.agency.short_name}",
        )
        for programme in programmes
    }


SERVICES = DocumentSource(kind="layanan", label=_("Services"), model=Service,
                          documents=service_documents, order=20)
PROGRAMMES = DocumentSource(kind="program", label=_("Work programmes"), model=Programme,
                            documents=programme_documents, order=30)
