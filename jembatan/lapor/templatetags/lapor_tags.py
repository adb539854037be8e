"""The SP4N-LAPOR! panel of a report's staff page: its LAPOR! number and what went back."""

from django import template

from jembatan.lapor.models import LaporLink

register = template.Library()


@register.inclusion_tag("lapor/_panel.html", takes_context=True)
def lapor_panel(context, report):
    from jembatan.core.workflow import Actor
    from jembatan.lapor.push import given_up_keys, push_enabled
    from jembatan.lapor.rules import may_send_to_lapor_again

    link = LaporLink.objects.filter(report=report).first()
    send_backs = list(report.lapor_send_backs.all()[:20]) if link else []
    attachments = list(report.lapor_attachments.all()) if link else []
    request = context.get("request")
    # "Send again" once something was given up, for whoever answers the report there.
    given_up = (bool(link) and push_enabled() and request is not None
                and may_send_to_lapor_again(report, Actor(user=request.user))
                and bool(given_up_keys(report)))
    return {"link": link, "send_backs": send_backs, "lapor_attachments": attachments,
            "report": report, "given_up": given_up, "csrf_token": context.get("csrf_token")}
