"""RSS and Atom feeds of the public consultations, newest first (drafts and withdrawn ones
left out, as on the list)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from jembatan.core.models import Jurisdiction
from jembatan.participation import selectors

FEED_SIZE = 30


class ConsultationFeed(Feed):
    feed_type = Rss201rev2Feed

    def title(self):
        jurisdiction = Jurisdiction.current()
        return _("Public consultations — %(name)s") % {
            "name": jurisdiction.name if jurisdiction else "Jembatan"}

    def description(self):
        return _("Drafts of policies, regulations, programmes and budgets that the agencies put "
                 "before the public.")

    subtitle = description

    def link(self):
        return reverse("participation:list")

    def items(self):
        return selectors.consultations_public()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return Truncator(item.summary).words(80)

    def item_pubdate(self, item):
        return item.published_at or item.opens_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.lead_agency.name


class ConsultationAtomFeed(ConsultationFeed):
    feed_type = Atom1Feed
