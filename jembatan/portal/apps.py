from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "jembatan.portal"
    label = "portal"
    verbose_name = _("Public site")

    def ready(self) -> None:
        from jembatan.portal import search_documents
        from jembatan.search.registry import register as search_source_register

        search_source_register(search_documents.SOURCE)
