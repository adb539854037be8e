from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LaporConfig(AppConfig):
    name = "jembatan.lapor"
    label = "lapor"
    verbose_name = _("SP4N-LAPOR!")

    def ready(self) -> None:
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.lapor import audit_labels

        register_action_labels(audit_labels.LABELS)
