from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    default = True
    name = "jembatan.core"
    label = "core"
    verbose_name = _("Regency and people")


class JembatanAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "jembatan.core.admin_site.JembatanAdminSite"
