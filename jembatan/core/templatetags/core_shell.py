"""The staff shell's sidebar, written in Python (decision 0068).

Every staff page draws it: seven sections and up to thirty links, each through the template
engine's loops, lookups and tags, cost a fifth of an inbox page's CPU. `core/_staff_nav.html` is
the reference it must equal byte for byte (`core/tests/test_staff_nav_html.py`)."""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import conditional_escape as esc
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def staff_nav_html(context) -> SafeString:
    out = ['<nav id="staff-nav" class="staff-nav" aria-label="', esc(_("Staff navigation")),
           '">\n      ']
    for section in context.get("staff_sections") or ():
        key = esc(section.key)
        out.append('\n      <div class="staff-nav-section')
        if section.current:
            out.append(" is-current")
        out.append(f'">\n        <p class="staff-nav-title" id="staff-nav-{key}">'
                   f'{esc(section.label)}</p>\n        <ul aria-labelledby="staff-nav-{key}">')
        for number, link in enumerate(section.links):
            out.append(f'<li><a href="{esc(link.url)}"')
            if link.current:
                out.append(' aria-current="page"')
            out.append(f">{esc(link.label)}")
            if section.key == "conversations" and number == 0:
                out.append(_waiting_badge(context))
            out.append("</a></li>")
        out.append("</ul>\n      </div>\n      ")
    user = context.get("user")
    name = user.get_short_name() if user is not None else ""
    out.append(
        '\n      <div class="staff-nav-section show-small">\n        <ul>\n'
        f'          <li><a href="{esc(reverse("portal:home"))}">{esc(_("Public site"))}</a></li>\n'
        f'          <li><form method="post" action="{esc(reverse("logout"))}" class="inline-form">'
        f'{csrf_input(context)}<button type="submit" class="link-button">'
        + _("Log out (%(name)s)") % {"name": esc(name)}
        + "</button></form></li>\n        </ul>\n      </div>\n    </nav>")
    return mark_safe("".join(out))  # noqa: S308 - every value above is escaped


def _waiting_badge(context) -> str:
    # The count of the same tag the template used: once per request, kept in the cache.
    from jembatan.connectors.templatetags.connectors_tags import unanswered_conversations

    waiting = unanswered_conversations(context)
    if not waiting:
        return ""
    return (f' <span class="badge badge-warn" title="{esc(_("waiting for a reply"))}">'
            f"{esc(localize(waiting))}</span>")


def csrf_input(context) -> str:
    """The form's CSRF field as `{% csrf_token %}` writes it, for HTML written in Python."""
    token = context.get("csrf_token")
    if not token or token == "NOTPROVIDED":
        return ""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{esc(token)}">'
