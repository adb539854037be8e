from django.core.cache import cache

from jembatan.core.models import Jurisdiction

JURISDICTION_CACHE_KEY = "core:jurisdiction"


def jurisdiction(request):
    """The installation's jurisdiction on every page (cached; changes clear the cache)."""
    current = cache.get(JURISDICTION_CACHE_KEY)
    if current is None:
        current = Jurisdiction.current() or False
        cache.set(JURISDICTION_CACHE_KEY, current, 300)
    return {"jurisdiction": current or None}
