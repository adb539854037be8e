from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One search over every domain's public documents. Each domain registers its document
    sources in its own `ready()` (`search.registry.register`); search imports no domain."""

    name = "jembatan.search"
    label = "search"
    verbose_name = _("Search")
