"""Charts of the dashboards, the scorecard and the monthly report as SVG drawn on the server.

Drawn here rather than with a chart library: the pages' Content-Security-Policy allows no inline
style, and the SVG of chart libraries carries a <style> element (and scripts) that it would block
or that would need the SVG served as a separate image, where its text is no longer part of the
page. These charts use presentation attributes only, scale to any width (a 390 px phone
included), carry a <title> and <desc>, and every page shows the same figures as a table beside
them (decision 0033). The same markup goes into the PDF of the monthly report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH = 320
BAR_COLOUR = "#1f6f8b"
REFERENCE_COLOUR = "#b45309"
TRACK_COLOUR = "#e6eef1"
TEXT_COLOUR = "#1b1b1b"
MUTED_COLOUR = "#555555"

Formatter = Callable[[float], str]


def _open(chart_id: str, height: int, title: str, desc: str) -> list[str]:
    return [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]


def _short(label: str, length: int) -> str:
    return label if len(label) <= length else label[: length - 1] + "…"


def column_chart(points: Sequence[tuple[str, float | None]], *, chart_id: str, title: str,
                 desc: str, fmt: Formatter, top: float | None = None,
                 reference: Sequence[float | None] | None = None) -> SafeString:
    """One column per point (a month), its value above it and its label below; a missing value
    leaves the slot empty. `reference` (the regency's median, say) is drawn as a short dashed
    mark across each slot. `top` fixes the scale (1 for rates)."""
    if not points:
        return SafeString("")
    height, base, plot = 180, 150, 118
    values = [value for _label, value in points if value is not None]
    values += [value for value in (reference or []) if value is not None]
    top = top or max(values, default=0) or 1
    slot = WIDTH / len(points)
    column = max(4.0, slot * 0.62)
    value_size = 9 if slot >= 30 else 8
    parts = _open(chart_id, height, title, desc)
    parts.append(f'<line x1="0" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="{MUTED_COLOUR}" '
                 'stroke-width="1"/>')
    for index, (label, value) in enumerate(points):
        x = index * slot + (slot - column) / 2
        centre = index * slot + slot / 2
        if value is not None:
            size = round(plot * min(value, top) / top, 1)
            parts.append(f'<rect x="{x:.1f}" y="{base - size:.1f}" width="{column:.1f}" '
                         f'height="{size}" fill="{BAR_COLOUR}"/>')
            parts.append(f'<text x="{centre:.1f}" y="{base - size - 4:.1f}" '
                         f'font-size="{value_size}" '
                         f'text-anchor="middle" fill="{TEXT_COLOUR}">{escape(fmt(value))}</text>')
        if reference and index < len(reference) and reference[index] is not None:
            mark = base - round(plot * min(reference[index], top) / top, 1)
            parts.append(f'<line x1="{index * slot + 1:.1f}" y1="{mark:.1f}" '
                         f'x2="{(index + 1) * slot - 1:.1f}" y2="{mark:.1f}" '
                         f'stroke="{REFERENCE_COLOUR}" stroke-width="2" '
                         'stroke-dasharray="3 2"/>')
        parts.append(f'<text x="{centre:.1f}" y="{base + 14}" font-size="9" text-anchor="middle" '
                     f'fill="{MUTED_COLOUR}">{escape(_short(label, 6))}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  (every text in it is escaped above)


def bar_chart(rows: Sequence[tuple[str, float]], *, chart_id: str, title: str, desc: str,
              fmt: Formatter) -> SafeString:
    """Ranked horizontal bars: the label above each bar, the value at its right."""
    if not rows:
        return SafeString("")
    row_height, label_row, bar = 34, 14, 13
    height = row_height * len(rows) + 4
    top = max(value for _label, value in rows) or 1
    track = WIDTH - 60
    parts = _open(chart_id, height, title, desc)
    for index, (label, value) in enumerate(rows):
        y = index * row_height
        length = round(track * value / top, 1)
        parts += [
            f'<text x="0" y="{y + 11}" font-size="11" fill="{TEXT_COLOUR}">'
            f'{escape(_short(label, 48))}</text>',
            f'<rect x="0" y="{y + label_row + 2}" width="{track}" height="{bar}" rx="2" '
            f'fill="{TRACK_COLOUR}"/>',
            f'<rect x="0" y="{y + label_row + 2}" width="{length}" height="{bar}" rx="2" '
            f'fill="{BAR_COLOUR}"/>',
            f'<text x="{track + 5}" y="{y + label_row + 13}" font-size="11" '
            f'fill="{TEXT_COLOUR}">{escape(fmt(value))}</text>',
        ]
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308  (every text in it is escaped above)
