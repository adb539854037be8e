"""Reference data that ships with the project, read from data files in `core/data/`.

`agencies.toml` is the one list of Wonosobo's public bodies with their duties and contacts: the
demo creates its agencies from it and the cold-start router is measured on its duties
(`routing_eval --cold-start`), so the two can never drift apart.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
AGENCIES_FILE = DATA_DIR / "agencies.toml"


def reference_agencies(path: str | Path = AGENCIES_FILE) -> list[dict]:
    """The agencies of an agencies file, in its order, each with every field of `Agency` it
    sets; `parent` (a slug) and `region` (a region code) are None when the file leaves them out.

    Raises OSError when the file cannot be read and ValueError when it is not an agencies file.
    """
    with Path(path).open("rb") as handle:
        rows = tomllib.load(handle).get("agency", [])
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ValueError(f"{path}: agencies must be [[agency]] tables")
    return [{**row, "parent": row.get("parent"), "region": row.get("region")} for row in rows]
