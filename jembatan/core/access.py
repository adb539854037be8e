"""Access helpers: fetch an object for this user or answer 404/403. Views never query bare."""

from django.core.exceptions import PermissionDenied
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
