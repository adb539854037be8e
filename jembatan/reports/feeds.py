"""An Atom feed of the public reports list: the same reports the public list shows (never
rahasia, never before verification), with no reporter identity."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from jembatan.core.models import Jurisdiction
from jembatan.reports.selectors import ReportFilters, public_text, reports_public


class PublicReportsFeed(Feed):
    feed_type = Atom1Feed
    subtitle = _("Reports from the public and the agencies' answers.")

    def title(self):
        jurisdiction = Jurisdiction.current()
        return str(_("Reports — %(name)s") % {"name": jurisdiction.name if jurisdiction
                                                else "Jembatan"})

    def link(self):
        return reverse("reports:list")

    def items(self):
        return reports_public(filters=ReportFilters()).order_by("-created_at", "-pk")[:50]

    def item_title(self, item):
        return f"[{item.get_status_display()}] {public_text(item.title)}"

    def item_description(self, item):
        return Truncator(public_text(item.body)).words(60)

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.closed_at or item.responded_at or item.created_at

    def item_categories(self, item):
        categories = [item.get_kind_display()]
        if item.lead_agency:
            categories.append(item.lead_agency.short_name)
        return categories
