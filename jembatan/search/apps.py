from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One search over every domain's public documents. Each domain registers its document
    sources in its own `ready()` (`search.registry.register`); search imports no domain."""

    name = "jembatan.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from jembatan.core.demo.registry import register_demo_loader

        # Listed after the domains in INSTALLED_APPS, so this runs once their demo is in.
        register_demo_loader("search", _load_demo)


def _load_demo(*, log=None, **kwargs) -> None:
    from jembatan.search.actions import index_rebuild

    total = index_rebuild()
    if log:
        log(f"Search: {total} documents indexed.")
