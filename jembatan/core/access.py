"""Access helpers: fetch an object for this user or answer 404/403. Views never query bare."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest

from jembatan.core.models import Agency


def get_agency_for_public(slug: str) -> Agency:
    """An active agency as the public sees it."""
    agency = Agency.objects.select_related("parent", "region").filter(slug=slug).first()
    if agency is None or not agency.is_active:
        raise Http404
    return agency


def get_agency_for_user(request: HttpRequest, slug: str, *, perm: str) -> Agency:
    """An agency the logged-in user holds `perm` on; 404 when it does not exist, else 403."""
    agency = Agency.objects.select_related("parent", "region").filter(slug=slug).first()
    if agency is None:
        raise Http404
    if not request.user.has_perm(perm, agency):
        raise PermissionDenied
    return agency


def require_perm(request: HttpRequest, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def get_agency_entry_for_user(request: HttpRequest, queryset: QuerySet, pk: int, *,
                              view_perm: str, change_perm: str, change: bool = False) -> Model:
    """One of an agency's shared entries (a service, programme, event or library item): staff
    see every agency's, only its own agency and the coordinators change one."""
    require_perm(request, view_perm)
    obj = queryset.filter(pk=pk).first()
    if obj is None:
        raise Http404
    if change and not request.user.has_perm(change_perm, obj):
        raise PermissionDenied
    return obj


def login_and_perm_required(perm: str):
    """Anonymous visitors go to the login page; people without `perm` get 403."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            require_perm(request, perm)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
