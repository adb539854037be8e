from django import template

from jembatan.reports.selectors import public_text

register = template.Library()


@register.filter
def masked(text: str) -> str:
    """A comment as the public may read it: NIK, phone numbers and emails masked."""
    return public_text(text or "")
