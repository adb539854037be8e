"""Reading the CSV files of the evaluation commands, with clear errors for bad files."""

from __future__ import annotations

import csv
from pathlib import Path


class DatasetError(ValueError):
    """A file that cannot be used, with a message that says why."""


def read_csv(path: str | Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file with (at least) these columns; every cell must be filled."""
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"{path}: file not found")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [name.strip() for name in (reader.fieldnames or [])]
            missing = [name for name in columns if name not in header]
            if missing:
                raise DatasetError(
                    f"{path}: missing column(s) {', '.join(missing)}; the header must be "
                    f"{','.join(columns)} (found: {','.join(header) or 'nothing'})"
                )
            reader.fieldnames = header
            rows, empty = [], []
            for row in reader:
                values = {name: (row.get(name) or "").strip() for name in columns}
                if not any(values.values()):
                    continue  # a blank line
                if not all(values.values()):
                    empty.append(reader.line_num)
                    continue
                rows.append(values)
    except UnicodeDecodeError as error:
        raise DatasetError(f"{path}: not a UTF-8 text file ({error.reason} at byte "
                           f"{error.start})") from error
    except csv.Error as error:
        raise DatasetError(f"{path}: not a valid CSV file ({error})") from error
    if empty:
        shown = ", ".join(str(n) for n in empty[:10])
        raise DatasetError(f"{path}: empty cell(s) on line(s) {shown}"
                           f"{' and more' if len(empty) > 10 else ''}")
    if not rows:
        raise DatasetError(f"{path}: no data rows")
    return rows
