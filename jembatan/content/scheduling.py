"""How far ahead a post may be scheduled."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

# A schedule years ahead is a typing mistake; near the year 9999 the calendar's day arithmetic
# would also run past the last date Python knows.
SCHEDULE_HORIZON = dt.timedelta(days=5 * 366)


def check_schedule_horizon(when: dt.datetime) -> None:
    if when > timezone.now() + SCHEDULE_HORIZON:
        raise ValidationError(_("Choose a publication time within the next five years."),
                              code="too_far")
