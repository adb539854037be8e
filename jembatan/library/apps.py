from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "jembatan.library"
    label = "library"
    verbose_name = _("Library")

    def ready(self) -> None:
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.library import rules  # noqa: F401  (registers the permissions)
        from jembatan.library.audit_labels import LABELS

        register_action_labels(LABELS)
        register_demo_loader("library", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.library.demo.loader import library_demo_load

    library_demo_load(**kwargs)
