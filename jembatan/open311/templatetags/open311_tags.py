"""The Open311 line of a report's staff page: which client sent the report."""

from django import template

from jembatan.open311.models import Submission

register = template.Library()


@register.inclusion_tag("open311/_report_client.html")
def open311_client(report, *, show_reporter: bool):
    """The client's name when the report arrived (the key may be renamed or revoked since), and
    its account id of the reporter only to those who may see the reporter."""
    submission = Submission.objects.select_related("client").filter(report=report).first()
    return {"submission": submission, "show_reporter": show_reporter}
