"""Bar charts of the answers as SVG drawn on the server: readable without JavaScript, scaled to
any width (a 390 px phone included), with a text alternative beside them."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from jembatan.participation.selectors import QuestionResult

WIDTH = 260
ROW = 36
LABEL_ROW = 15
BAR = 14
BAR_COLOUR = "#1f6f8b"
TRACK_COLOUR = "#e6eef1"
TEXT_COLOUR = "#1b1b1b"


def bar_chart(result: QuestionResult) -> SafeString:
    """One labelled bar per option (or scale value): label above, bar below, count and share at
    its right. Empty for a text question."""
    if not result.counts:
        return SafeString("")
    height = ROW * len(result.counts) + 4
    title = escape(result.question.text)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="chart-{result.question.pk}-title" '
        f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-{result.question.pk}-title">{title}</title>',
    ]
    track = WIDTH - 64
    for index, count in enumerate(result.counts):
        y = index * ROW
        length = round(track * count.share)
        percent = round(count.share * 100)
        label = escape(count.label if len(count.label) <= 38 else count.label[:37] + "…")
        figure = escape(_("%(count)d (%(percent)d%%)") % {"count": count.count,
                                                             "percent": percent})
        parts += [
            f'<text x="0" y="{y + 12}" font-size="12" fill="{TEXT_COLOUR}">{label}</text>',
            f'<rect x="0" y="{y + LABEL_ROW + 2}" width="{track}" height="{BAR}" rx="2" '
            f'fill="{TRACK_COLOUR}"/>',
            f'<rect x="0" y="{y + LABEL_ROW + 2}" width="{length}" height="{BAR}" rx="2" '
            f'fill="{BAR_COLOUR}"/>',
            f'<text x="{track + 5}" y="{y + LABEL_ROW + 13}" font-size="11" '
            f'fill="{TEXT_COLOUR}">{figure}</text>',
        ]
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  (every text in it is escaped above)
