"""Any table of the performance pages as CSV or XLSX: the figures themselves (counts whole,
rates in percent), the unit in each column's name, and every text cell defused against
spreadsheet formulas."""

from __future__ import annotations

import csv
import io

from django.http import Http404, HttpResponse

from jembatan.insights.tables import Table
from jembatan.participation.exports import defuse

FORMATS = ("csv", "xlsx")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    return defuse(value)


def csv_bytes(table: Table) -> bytes:
    header, rows = table.export_rows()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([defuse(name) for name in header])
    writer.writerows([[_cell(value) for value in row] for row in rows])
    # The byte-order mark makes Excel read the text as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode()


def xlsx_bytes(table: Table, *, subtitle: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = table.title[:31]
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True)
    sheet.append([subtitle])
    header, rows = table.export_rows()
    sheet.append([defuse(name) for name in header])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([None if value is None else _cell(value) for value in row])
    sheet.column_dimensions["A"].width = 42
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def table_response(table: Table, *, fmt: str, filename: str, subtitle: str = "") -> HttpResponse:
    """The download of one table as CSV or XLSX; any other format is not found."""
    if fmt not in FORMATS:
        raise Http404
    if fmt == "csv":
        response = HttpResponse(csv_bytes(table), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(xlsx_bytes(table, subtitle=subtitle), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
