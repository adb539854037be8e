from django.contrib.admin import AdminSite
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from jembatan.core import selectors


class JembatanAdminSite(AdminSite):
    """Django's admin, opened to the hub's coordinators (model permissions live in rules.py)."""

    site_header = _("Jembatan administration")
    site_title = _("Jembatan administration")
    index_title = _("Master data")

    def has_permission(self, request) -> bool:
        user = request.user
        if not (user.is_active and (user.is_staff or getattr(user, "is_coordinator", False))):
            return False
        # As django-otp's OTPAdminSite: whoever has a second factor must have used it.
        return user.is_verified() or not selectors.two_factor_enrolled(user=user)

    def login(self, request, extra_context=None):
        # One sign-in page for everyone, with its limits and the code step; the admin's own form
        # would check passwords beside them.
        from django.contrib.auth import logout

        from jembatan.core.auth_views import login_url_for

        user = request.user
        if user.is_authenticated:
            if user.is_verified() or not selectors.two_factor_enrolled(user=user):
                raise PermissionDenied
            logout(request)  # a session from before the second factor: sign in again with it
        return redirect(login_url_for(request.GET.get("next") or request.path.replace(
            "login/", "")))

    def password_change(self, request, extra_context=None):
        return redirect("password_change")
