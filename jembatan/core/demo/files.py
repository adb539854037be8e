"""Demo data lives in TOML files beside each app's loader (docs/decisions/0024)."""

from __future__ import annotations

import tomllib
from pathlib import Path


def read_demo_file(module_file: str, name: str) -> dict:
    """The TOML file `name` in the folder of the module `module_file` (pass `__file__`)."""
    with (Path(module_file).resolve().parent / name).open("rb") as handle:
        return tomllib.load(handle)
