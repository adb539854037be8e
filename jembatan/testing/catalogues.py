"""Compiled message catalogues for a test run on a fresh checkout.

The `.mo` files are built by `make install` and not kept in git; without them every page is in
English and the language tests fail. The test run compiles the ones that are missing or older
than their `.po`, the same way `make compilemessages` does.
"""

from __future__ import annotations

import os
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


def stale_catalogues(locale_dir: Path) -> list[Path]:
    """The `.po` files under `locale_dir` whose `.mo` is missing or older."""
    stale = []
    for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            stale.append(po)
    return stale


def compile_catalogues(locale_dir: Path) -> list[Path]:
    """Compiles the stale catalogues under `locale_dir`; gives the `.mo` files written."""
    written = []
    for po in stale_catalogues(locale_dir):
        language = po.parent.parent.name
        with po.open("rb") as handle:
            catalogue = read_po(handle, locale=language)
        mo = po.with_suffix(".mo")
        # Written aside and renamed, so a run beside this one never reads half a file; the aside
        # name is this process's own, so two runs compiling at once never write into one file.
        partial = mo.with_name(f".{mo.name}.{os.getpid()}.partial")
        with partial.open("wb") as handle:
            # Like `pybabel compile` without --use-fuzzy: fuzzy entries are left out.
            write_mo(handle, catalogue, use_fuzzy=False)
        partial.replace(mo)
        written.append(mo)
    return written
