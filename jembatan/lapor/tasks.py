"""Background work of the SP4N-LAPOR! connection: the pull (scheduled in apps.py)."""

from __future__ import annotations

from django.conf import settings
from django_tasks import task


@task()
def pull_lapor_reports() -> int:
    """Import what LAPOR! lists as changed since the last import; 0 when no connection is set."""
    from jembatan.lapor.client import lapor_pull
    from jembatan.lapor.models import LaporLink

    if not settings.LAPOR_API_URL:
        return 0
    last = LaporLink.objects.order_by("-synced_at").values_list("synced_at", flat=True).first()
    return len(lapor_pull(since=last))
