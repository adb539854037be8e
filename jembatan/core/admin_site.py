from django.contrib.admin import AdminSite
from django.utils.translation import gettext_lazy as _


class JembatanAdminSite(AdminSite):
    """Django's admin, opened to the hub's coordinators (model permissions live in rules.py)."""

    site_header = _("Jembatan administration")
    site_title = _("Jembatan administration")
    index_title = _("Master data")

    def has_permission(self, request) -> bool:
        user = request.user
        return bool(user.is_active and (user.is_staff or getattr(user, "is_coordinator", False)))
