from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from jembatan.core.templatetags.core_shell import csrf_input
from jembatan.core.words import short_moment, whole_percent
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


# A tracking code no report has, reversed once per page and replaced by each row's (decision
# 0059, as participation_tags does for comments).
_CODE = "WSB-CODE-ROW"


@register.simple_tag(takes_context=True)
def inbox_rows_html(context) -> SafeString:
    """The inbox's rows as `reports/_inbox_rows.html` writes them, byte for byte, written here
    because the template engine's lookups, tags and the deadline badge's inclusion cost most of
    an inbox page's CPU (`tests/test_inbox_rows_html.py` keeps the two equal)."""
    return report_rows_html(page=context.get("page"), bulk=bool(context.get("bulk_agencies")),
                            now=context.get("now"))


def report_rows_html(*, page, bulk: bool, now) -> SafeString:
    out: list[str] = ["\n"]
    url = reverse("reports:staff_detail", args=[_CODE])
    items = list(page.items) if page is not None else []
    words = _page_words() if items else {}
    for report in items:
        _write_report_row(out, report, bulk=bulk, url=url, now=now, words=words)
    if not items:
        out.append('\n<tr><td colspan="6">' + escape(_("No report matches these filters."))
                   + "</td></tr>\n")
    out.append("\n")
    return mark_safe("".join(out))  # noqa: S308 - every value below is escaped


def _page_words() -> dict:
    """What every row says, translated and escaped once per page: a model's get_FOO_display()
    rebuilds its choices dictionary on each call."""
    from jembatan.reports.models import Channel, Kind, Privacy

    def labels(choices, *, first_capital: bool = False) -> dict[str, str]:
        return {value: escape(capfirst(str(label)) if first_capital else str(label))
                for value, label in choices}

    return {"kind": labels(Kind.choices), "channel": labels(Channel.choices),
            "privacy": labels(Privacy.choices),
            "status": labels(Status.choices, first_capital=True),
            "urgent": '<span class="badge badge-danger">' + escape(_("urgent")) + "</span>",
            "supporting": '<span class="badge badge-support" title="'
            + escape(_("Your agency supports the lead agency on this report.")) + '">'
            + escape(_("Your agency is a supporting agency")) + "</span>",
            "returned": '<span class="badge badge-warn">' + escape(_("returned")) + "</span>"}


def _label(labels: dict[str, str], value: str) -> str:
    # A stored value outside the choices is shown as it is, as get_FOO_display() does.
    found = labels.get(value)
    return found if found is not None else escape(value)


def _write_report_row(out: list[str], report, *, bulk: bool, url: str, now,
                      words: dict) -> None:
    code = escape(report.tracking_code)
    out.append("\n<tr>\n  ")
    if bulk:
        out.append('<td class="inbox-select">')
        if report.status == "baru":
            label = _("Select %(code)s") % {"code": code}
            out.append(f'<input type="checkbox" name="codes" value="{code}" '
                       f'aria-label="{label}">')
        out.append("</td>")
    created = short_moment(report.created_at)
    link = escape(url.replace(_CODE, report.tracking_code))
    out.append(f'\n  <td class="inbox-report">\n    <a href="{link}">'
               f"<strong>{escape(report.title)}</strong></a><br>\n"
               f'    <span class="muted small">{code} · {_label(words["kind"], report.kind)} · '
               f"{_label(words['channel'], report.channel)} · {escape(created)}</span>\n    ")
    if report.is_urgent:
        out.append(words["urgent"])
    out.append("\n    ")
    if getattr(report, "only_supporting", False):
        out.append(words["supporting"])
    out.append("\n    ")
    if report.is_returned and report.status == "baru":
        out.append(words["returned"])
    out.append("\n    ")
    if report.privacy != "publik":
        out.append('<span class="badge">' + _label(words["privacy"], report.privacy) + "</span>")
    out.append(f'\n  </td>\n  <td><span class="badge {escape(status_css(report.status))}">'
               f"{words['status'].get(report.status) or escape(capfirst(report.status))}"
               "</span></td>\n  <td>")
    suggestion = getattr(report, "suggestion", None)
    if report.lead_agency:
        out.append(escape(report.lead_agency.short_name))
    elif suggestion:
        out.append('<span class="muted small">'
                   + _("suggested: %(name)s") % {"name": escape(suggestion.short_name)})
        if report.suggestion_confidence and suggestion == report.suggested_agency:
            out.append(f" ({round(float(report.suggestion_confidence) * 100)}%)")
        out.append("</span>")
    if report.assigned_to:
        out.append(f'<br><span class="muted small">{escape(report.assigned_to.full_name)}</span>')
    out.append("</td>\n  <td>")
    if report.kecamatan:
        out.append(escape(report.kecamatan.name))
        if report.desa:
            out.append(f'<br><span class="muted small">{escape(report.desa.name)}</span>')
    out.append("</td>\n  <td>")
    badge = deadline_badge(report, now)
    if badge["label"]:
        out.append(f'<span class="badge {escape(badge["css"])}"')
        if badge.get("due"):
            due = short_moment(badge["due"])
            out.append(f' title="{escape(due)}"')
        out.append(f'>{escape(badge["label"])}</span>')
    out.append("\n</td>\n</tr>\n")


@register.simple_tag(takes_context=True)
def urgent_items_html(context) -> SafeString:
    """The inbox's urgent box's items as `reports/_urgent_items.html` writes them, byte for
    byte: through the template engine its ten items, each with two links, a form and two
    translated sentences, cost as much as the inbox's whole list (decision 0068;
    `tests/test_urgent_items_html.py` keeps the two equal)."""
    items = list(context.get("urgent") or ())
    if not items:
        return mark_safe("")
    words = _page_words()
    detail = reverse("reports:staff_detail", args=[_CODE])
    correct = reverse("reports:staff_urgency", args=[_CODE])
    csrf = csrf_input(context)
    not_emergency = escape(_("Not an emergency"))
    out: list[str] = []
    for number, report in enumerate(items, start=1):
        code = escape(report.tracking_code)
        created = short_moment(report.created_at, year=False)
        out.append('<li class="urgent-item' + (" urgent-more" if number > 1 else "") + '">'
                   f'<a href="{escape(detail.replace(_CODE, report.tracking_code))}">'
                   f"<strong>{escape(report.title)}</strong></a> "
                   f'<span class="muted small">{code} · {escape(created)}')
        if report.kecamatan:
            out.append(f" · {escape(report.kecamatan.name)}")
        out.append(f'</span> <span class="badge {escape(status_css(report.status))}">'
                   f"{words['status'].get(report.status) or escape(capfirst(report.status))}"
                   "</span>\n      <br><span class=\"small urgent-reason\">"
                   f"{escape(getattr(report, 'flag_reason', ''))}")
        flag_words = getattr(report, "flag_words", None)
        if flag_words:
            out.append(" " + _("Words read: %(words)s.") % {
                "words": ", ".join(escape(word) for word in flag_words)})
        out.append("</span>\n      ")
        if getattr(report, "may_correct", False):
            label = _("Not an emergency: %(code)s") % {"code": code}
            out.append(
                "\n      <form method=\"post\" action=\""
                f'{escape(correct.replace(_CODE, report.tracking_code))}" class="inline-form">'
                f"{csrf}\n        <input type=\"hidden\" name=\"urgent\" value=\"0\">"
                '<input type="hidden" name="next" value="inbox">\n        '
                f'<button type="submit" class="small button-secondary" aria-label="{label}">'
                f"{not_emergency}</button>\n      </form>\n      ")
        out.append("\n    </li>")
    return mark_safe("".join(out))  # noqa: S308 - every value above is escaped
