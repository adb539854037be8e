from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoordinationConfig(AppConfig):
    name = "jembatan.coordination"
    label = "coordination"
    verbose_name = _("Bakohumas coordination")

    def ready(self) -> None:
        from jembatan.coordination import audit_labels, forum_setup
        from jembatan.core.audit_labels import register_action_labels

        register_action_labels(audit_labels.LABELS)

        forum_setup.ready()

        from jembatan.coordination import resources_setup

        resources_setup.ready()
