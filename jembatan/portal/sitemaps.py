"""The public pages search engines should find: sections, articles, consultations, agencies,
their services."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef
from django.urls import reverse

from jembatan.catalogue.models import Service
from jembatan.content.models import Post, PostStatus
from jembatan.core.models import Agency
from jembatan.participation.models import Consultation
from jembatan.participation.selectors import PUBLIC_STATUSES as CONSULTATION_PUBLIC_STATUSES


class SectionSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return ["portal:home", "content:public_list", "participation:list", "portal:agencies",
                "catalogue_public:services", "reports:list", "insights:scorecard"]

    def location(self, item):
        return reverse(item)


class NewsSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6
    limit = 5000

    def items(self):
        return (Post.objects.filter(status=PostStatus.PUBLISHED)
                .only("pk", "slug", "updated_at").order_by("-published_at", "-pk"))

    def lastmod(self, item):
        return item.updated_at


class ConsultationSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6
    limit = 5000

    def items(self):
        return (Consultation.objects.filter(status__in=CONSULTATION_PUBLIC_STATUSES)
                .only("pk", "updated_at").order_by("-opens_at", "-pk"))

    def lastmod(self, item):
        return item.updated_at


class AgencySitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Agency.objects.active().only("pk", "slug").order_by("slug")


class AgencyServicesSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        has_services = Service.objects.filter(agency=OuterRef("pk"), is_active=True)
        return (Agency.objects.active().filter(Exists(has_services))
                .only("pk", "slug").order_by("slug"))

    def location(self, item):
        return reverse("catalogue_public:agency_services", args=[item.slug])


class AgencyScorecardSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return Agency.objects.active().only("pk", "slug").order_by("slug")

    def location(self, item):
        return reverse("insights:agency_scorecard", args=[item.slug])


SITEMAPS = {
    "sections": SectionSitemap,
    "news": NewsSitemap,
    "consultations": ConsultationSitemap,
    "agencies": AgencySitemap,
    "services": AgencyServicesSitemap,
    "scorecards": AgencyScorecardSitemap,
}
