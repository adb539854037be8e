from django import template
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from jembatan.core.words import whole_percent
from jembatan.reports.models import Status

register = template.Library()


@register.inclusion_tag("reports/_deadline_badge.html")
def deadline_badge(report, now=None):
    """Overdue / due today / due in N days, for inbox rows and report pages."""
    now = now or timezone.now()
    if report.deadline is None:
        if report.status == Status.DITUNDA:
            return {"css": "badge-muted", "label": _("clock stopped")}
        return {"css": "", "label": ""}
    local_due = timezone.localtime(report.deadline).date()
    today = timezone.localtime(now).date()
    days = (local_due - today).days
    if report.deadline < now:
        label = ngettext("overdue by %(n)s day", "overdue by %(n)s days", max(-days, 1)) % {
            "n": max(-days, 1)}
        return {"css": "badge-danger", "label": label, "due": report.deadline}
    if days == 0:
        return {"css": "badge-warn", "label": _("due today"), "due": report.deadline}
    label = ngettext("due in %(n)s day", "due in %(n)s days", days) % {"n": days}
    return {"css": "badge-warn" if days <= 1 else "badge-ok", "label": label,
            "due": report.deadline}


@register.simple_tag
def days_taken(report, now=None):
    """Calendar days from receipt to the answer (or to now while open)."""
    end = report.responded_at or report.closed_at or now or timezone.now()
    return max((end - report.created_at).days, 0)


@register.filter
def status_css(status: str) -> str:
    return {
        "baru": "status-new", "didisposisikan": "status-assigned", "diproses": "status-progress",
        "ditindaklanjuti": "status-answered", "selesai": "status-closed",
        "ditolak": "status-rejected", "ditunda": "status-hold", "digabung": "status-merged",
    }.get(status, "")


@register.filter
def event_label(event) -> str:
    from jembatan.core.audit_labels import action_label

    return action_label(f"report_{event.action}")


@register.simple_tag
def coordinator_report_counts():
    """New, returned and overdue reports, for the coordinator's start page."""
    from jembatan.reports.selectors import report_counts_for_coordinator

    return report_counts_for_coordinator()


COORDINATOR_STEPS = {"dispose", "reject", "forward", "merge", "merged_in"}
REPORTER_STEPS = {"reopen", "object"}


@register.simple_tag
def event_actor(event) -> str:
    """Who took a step, as the timeline names it: never a citizen's name."""
    if event.action in COORDINATOR_STEPS:
        return _("Coordinator")
    if event.action in REPORTER_STEPS or (event.action == "close" and event.actor_id is None):
        return _("Reporter")
    if event.action in ("submit", "auto_close"):
        return "Jembatan"
    if event.agency_id:
        return event.agency.short_name
    return _("Coordinator")


@register.filter
def mask_pii(text: str) -> str:
    """Personal data (NIK, KK, phone, email, account numbers) hidden, for public eyes."""
    from jembatan.reports.selectors import public_text

    return public_text(text)


@register.filter
def shown_to(text: str, view) -> str:
    """Typed text as this report view's viewer may read it (masked for the public)."""
    return view.shown(text or "")


@register.filter
def percent(value) -> int:
    """A model's probability or a similarity score as a whole percentage shown to people: never
    above 100 (a similarity boosted for the same desa can pass 1) nor below 0."""
    return whole_percent(value) or 0
