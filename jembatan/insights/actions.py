"""Writes of the performance figures: which figures the public sees."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from jembatan.core.actions import audit_record
from jembatan.core.models import User
from jembatan.core.rules import require_actor_perm
from jembatan.insights.metrics import METRICS
from jembatan.insights.models import Publication


@transaction.atomic
def publication_update(*, actor: User, metric_keys: Iterable[str]) -> Publication:
    """Choose the figures shown on the public scorecard and given to anonymous API callers."""
    require_actor_perm(actor, "insights.change_publication")
    keys = sorted(set(metric_keys))
    unknown = [key for key in keys if key not in METRICS]
    if unknown:
        raise ValidationError(_("Unknown figure."))
    from jembatan.insights.selectors import public_metric_keys

    before = sorted(public_metric_keys())
    row, _created = Publication.objects.select_for_update().get_or_create(singleton=True)
    if before == keys:
        return row
    row.metric_keys = keys
    row.updated_at = timezone.now()
    row.updated_by = actor
    row.save()
    audit_record(actor=actor, action="insights_publication_update", obj=row,
                 changes={"metric_keys": [before, keys]})
    return row
