from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoordinationConfig(AppConfig):
    name = "jembatan.coordination"
    label = "coordination"
    verbose_name = _("Bakohumas coordination")

    def ready(self) -> None:
        from jembatan.coordination import forum_setup

        forum_setup.ready()

        from jembatan.coordination import resources_setup

        resources_setup.ready()
