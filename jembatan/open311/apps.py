from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Open311Config(AppConfig):
    name = "jembatan.open311"
    label = "open311"
    verbose_name = _("Open311")

    def ready(self) -> None:
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.open311 import audit_labels, rules  # noqa: F401  (registers the rules)

        register_action_labels(audit_labels.LABELS)
        register_demo_loader("open311", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.open311.demo.loader import open311_demo_load

    open311_demo_load(**kwargs)
