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
        # The person's agencies (read once per request by the permission checks) named from
        # the kept agency rows: no query of its own.
        from jembatan.core.models import Agency
        from jembatan.core.relations import kept_rows
        from jembatan.core.rules import memberships_of

        rows = sorted(kept_rows(Agency, memberships_of(user)).values(), key=lambda a: a.name)
        agencies = [NavAgency(a.slug, a.short_name, a.name) for a in rows]
        return staff_sections(request, agencies=agencies)

    return {"staff_shell": True, "staff_sections": SimpleLazyObject(sections)}
