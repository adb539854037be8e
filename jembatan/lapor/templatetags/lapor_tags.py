"""The SP4N-LAPOR! panel of a report's staff page: its LAPOR! number and what went back."""

from django import template

from jembatan.lapor.models import LaporLink

register = template.Library()


@register.inclusion_tag("lapor/_panel.html")
def lapor_panel(report):
    link = LaporLink.objects.filter(report=report).first()
    send_backs = list(report.lapor_send_backs.all()[:20]) if link else []
    attachments = list(report.lapor_attachments.all()) if link else []
    return {"link": link, "send_backs": send_backs, "lapor_attachments": attachments}
