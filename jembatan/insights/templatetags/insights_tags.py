"""A table of figures (`tables.Table`) as HTML, written in Python.

The coordinator's dashboard shows about a thousand cells (the agencies compared, the months,
the kecamatan and the topics); through a template each cell was a loop, a lookup chain and a
column label sliced out of the list, and the profile of the page showed most of its CPU time
there (decision 0064). Everything written is escaped here.
"""

from __future__ import annotations

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

register = template.Library()


def _e(value) -> str:
    return str(conditional_escape(value))


@register.simple_tag
def figures_table(table, *, headers=None, export_url: str = "", export_query: str = "",
                  labelled_by: str = "", stacked: bool = False) -> SafeString:
    """`table` with its column headings (or `headers`: sortable headings, each a dict of label,
    url, aria_sort and arrow), one row per item, and the links to download it as CSV and XLSX
    when `export_url` (the address without its extension) is given. `stacked`: one card per
    row on a phone (the site's `table.cards`); `labelled_by`: the id of the heading that names
    the table, else it has a caption."""
    title = _e(table.title)
    classes = "insights-table" + (" league" if table.agency_rows else "") + (
        " cards figures" if stacked else "")
    out = [f'<div class="table-wrap" tabindex="0" role="region" aria-label="{title}">\n'
           f'<table class="{classes}"']
    if labelled_by:
        out.append(f' aria-labelledby="{_e(labelled_by)}">\n')
    else:
        out.append(f">\n  <caption>{title}</caption>\n")
    out.append("  <thead><tr>")
    if headers:
        for number, header in enumerate(headers):
            out.append('<th scope="col"' + (' class="num"' if number else ""))
            if header.get("aria_sort"):
                out.append(f' aria-sort="{_e(header["aria_sort"])}"')
            out.append(f'><a href="{_e(header["url"])}">{_e(header["label"])}')
            if header.get("arrow"):
                out.append(f' <span aria-hidden="true">{_e(header["arrow"])}</span>')
            out.append("</a></th>")
    else:
        out.append(f'<th scope="col">{_e(table.first_column)}</th>')
        out.extend(f'<th scope="col" class="num">{_e(column.label)}</th>'
                   for column in table.columns)
    out.append("</tr></thead>\n  <tbody>\n")
    # A cell repeats its column's name for the stacked layout of a phone.
    column_labels = [f' data-label="{_e(column.label)}"' for column in table.columns]
    for row in table.rows:
        label = _e(row.label)
        if row.url:
            label = f'<a href="{_e(row.url)}">{label}</a>'
        out.append(f'    <tr>\n      <th scope="row">{label}</th>\n      ')
        for number, cell in enumerate(row.cells):
            data_label = column_labels[number] if number < len(column_labels) else ""
            text = _e(cell.text)
            if cell.url:
                text = f'<a href="{_e(cell.url)}">{text}</a>'
            out.append(f'<td class="num"{data_label}>{text}</td>')
        out.append("\n    </tr>\n")
    if not table.rows:
        out.append(f'    <tr><td colspan="{len(table.columns) + 1}">'
                   f'{_e(gettext("Nothing to show for this period."))}</td></tr>\n')
    out.append("  </tbody>\n</table>\n</div>\n")
    if export_url:
        query = f"?{_e(export_query)}" if export_query else ""
        base = _e(export_url)
        out.append(f'<p class="small insights-exports">{_e(gettext("Download this table:"))} '
                   f'<a href="{base}.csv{query}" download>CSV</a> · '
                   f'<a href="{base}.xlsx{query}" download>XLSX</a></p>\n')
    return mark_safe("".join(out))  # noqa: S308 - every value above is escaped
