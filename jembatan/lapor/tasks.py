"""Background work of the SP4N-LAPOR! connection: the pull and the push (docs/lapor.md), and
the download of LAPOR!'s attachments. Thin wrappers, ids in."""

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


@task()
def push_lapor_report(report_id: int) -> dict:
    """Send LAPOR! what it does not have yet about one report (enqueued after its events)."""
    from jembatan.lapor.push import lapor_push

    return lapor_push(report_id=report_id)


@task()
def retry_lapor_pushes() -> int:
    """Enqueue the pushes whose next attempt is due."""
    from jembatan.lapor.push import lapor_push_retry_due

    return lapor_push_retry_due()


@task()
def fetch_lapor_attachments(report_id: int) -> int:
    """Download the attachments a LAPOR! record listed for one report."""
    from jembatan.lapor.attachments import lapor_attachments_fetch

    return lapor_attachments_fetch(report_id=report_id)
