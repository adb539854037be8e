"""Access helpers of the shared resources: the object for this user, or 404/403."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest


def require_staff(request: HttpRequest) -> None:
    if not request.user.has_perm("coordination.view_resources"):
        raise PermissionDenied


def get_resource_for_user(request: HttpRequest, queryset: QuerySet, pk: int, *,
                          change: bool = False) -> Model:
    """Staff see every agency's entries; only its own agency and coordinators change one."""
    require_staff(request)
    obj = queryset.filter(pk=pk).first()
    if obj is None:
        raise Http404
    if change and not request.user.has_perm("coordination.change_resource", obj):
        raise PermissionDenied
    return obj


def staff_required(view):
    """Anonymous visitors go to the login page; people without a staff role get 403."""
    from functools import wraps

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        require_staff(request)
        return view(request, *args, **kwargs)

    return wrapper
