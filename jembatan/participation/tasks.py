"""Background work of public consultations: thin wrappers that take ids and call actions."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from jembatan.participation import actions
from jembatan.participation.models import Consultation


@task()
def open_due_consultations(now: str | None = None) -> int:
    """Every minute: open the scheduled consultations whose opening time has come."""
    return len(actions.consultations_open_due(now=dt.datetime.fromisoformat(now) if now else None))


@task()
def close_due_consultations(now: str | None = None) -> int:
    """Every minute: close the open consultations whose closing time has passed."""
    return len(actions.consultations_close_due(
        now=dt.datetime.fromisoformat(now) if now else None))


@task()
def participants_email_answer(consultation_id: int) -> int:
    consultation = Consultation.objects.select_related("lead_agency").filter(
        pk=consultation_id).first()
    if consultation is None:
        return 0
    return actions.answer_email_participants(consultation=consultation)
