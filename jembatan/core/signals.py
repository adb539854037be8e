"""Signals other domains listen to."""

from django.dispatch import Signal

# Sent after the working-day calendar changed (a day off added, changed or removed), so that
# every domain with open clocks recomputes its deadlines.
calendar_changed = Signal()
