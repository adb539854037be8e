"""Fill a gettext catalogue from a Python dict {msgid: msgstr} and, for English, copy msgids.

    python scripts/fill_catalogue.py en                 # English: msgstr = msgid where empty
    python scripts/fill_catalogue.py id TRANSLATIONS.py # Indonesian: from a dict T in the file

Used by `make messages` so the English catalogue stays complete; translators edit the .po files.
"""

import runpy
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "jembatan" / "locale"


def main() -> int:
    language = sys.argv[1]
    translations = runpy.run_path(sys.argv[2]).get("T", {}) if len(sys.argv) > 2 else {}
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    catalog.fuzzy = False
    catalog.project = "Jembatan"
    catalog.version = ""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        if message.id in translations:
            value = translations[message.id]
            message.string = value if isinstance(value, tuple | str) else str(value)
            message.flags.discard("fuzzy")
        elif language == "en" and ("fuzzy" in message.flags or not any(
            message.string if isinstance(message.string, tuple) else [message.string]
        )):
            # English is the source language: its translation is the msgid itself.
            message.string = message.id
            message.flags.discard("fuzzy")
        has_text = all(message.string) if isinstance(message.string, tuple) else message.string
        if not has_text or "fuzzy" in message.flags:
            missing.append(message.id)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100)
    for msgid in missing:
        print(f"untranslated ({language}): {msgid!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
