"""Words that hold a comment for review before it appears (settings.PARTICIPATION_BLOCKLIST)."""

from __future__ import annotations

import re

from django.conf import settings


def blocked_words(text: str) -> list[str]:
    lowered = text.lower()
    return [word for word in settings.PARTICIPATION_BLOCKLIST
            if re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", lowered)]
