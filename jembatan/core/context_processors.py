from django.core.cache import cache

from jembatan.core.models import JURISDICTION_CACHE_KEY, Jurisdiction

__all__ = ["JURISDICTION_CACHE_KEY", "forget_jurisdiction", "jurisdiction", "staff_shell"]


def jurisdiction(request):
    """The installation's jurisdiction on every page (cached; changes clear the cache)."""
    return {"jurisdiction": Jurisdiction.kept()}


def forget_jurisdiction(**kwargs) -> None:
    """Any save or delete of the jurisdiction shows on the next page: dropped at once and again
    once the transaction commits (a page read in between may have kept the old row)."""
    from django.db import transaction

    cache.delete(JURISDICTION_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(JURISDICTION_CACHE_KEY))


def staff_shell(request):
    """Staff pages (under /staf/) get the staff navigation instead of the public one. Built
    lazily: a page that does not render the shell pays nothing."""
    user = getattr(request, "user", None)
    if (not request.path.startswith("/staf/") or user is None or not user.is_authenticated
            or not user.has_perm("core.use_staff_area")):
        return {"staff_shell": False}
    from django.utils.functional import SimpleLazyObject

    from jembatan.core.staff_navigation import NavAgency, staff_sections

    def sections():
        # Only what the links need: no model instances built on every staff page.
        agencies = [NavAgency(*row) for row in user.memberships.order_by("agency__name")
                    .values_list("agency__slug", "agency__short_name", "agency__name")]
        return staff_sections(request, agencies=agencies)

    return {"staff_shell": True, "staff_sections": SimpleLazyObject(sections)}
