"""RSS and Atom feeds of the published news: every agency's, and one agency's (leading or
co-authoring)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from jembatan.content import selectors
from jembatan.core.access import get_agency_for_public
from jembatan.core.models import Jurisdiction

FEED_SIZE = 30


def _site_name() -> str:
    jurisdiction = Jurisdiction.current()
    return jurisdiction.name if jurisdiction else "Jembatan"


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def title(self):
        return _("News — %(name)s") % {"name": _site_name()}

    def description(self):
        return _("Information the agencies of the regency publish together: services, "
                 "schedules, announcements.")

    subtitle = description

    def link(self):
        return reverse("content:public_list")

    def items(self):
        return selectors.public_posts_filtered()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return Truncator(item.body).words(80)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.lead_agency.name

    def item_categories(self, item):
        return [item.topic] if item.topic else []

    def item_enclosures(self, item):
        return []


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed


class AgencyNewsFeed(NewsFeed):
    def get_object(self, request, slug):
        return get_agency_for_public(slug)

    def title(self, obj):
        return _("News of %(agency)s — %(name)s") % {"agency": obj.name, "name": _site_name()}

    def link(self, obj):
        return reverse("content:public_list") + f"?agency={obj.slug}"

    def items(self, obj):
        return selectors.public_posts_filtered(agency=obj)[:FEED_SIZE]


class AgencyNewsAtomFeed(AgencyNewsFeed):
    feed_type = Atom1Feed
