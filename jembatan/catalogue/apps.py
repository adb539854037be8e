from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "jembatan.catalogue"
    label = "catalogue"
    verbose_name = _("Service catalogue")

    def ready(self) -> None:
        from jembatan.core import public_cache

        public_cache.watch(public_cache.CATALOGUE, *self.get_models())  # the home page's services
        from jembatan.catalogue import (
            rules,  # noqa: F401  (registers the permissions)
            search_documents,
        )
        from jembatan.catalogue.audit_labels import LABELS
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.search.registry import register as search_source_register

        register_action_labels(LABELS)
        search_source_register(search_documents.SERVICES)
        search_source_register(search_documents.PROGRAMMES)
        register_demo_loader("catalogue", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.catalogue.demo.loader import catalogue_demo_load

    catalogue_demo_load(**kwargs)
