"""Background work of the channels: webhook processing, delivery of replies, mail polling,
imports. Each task is small and idempotent, so a retry never duplicates anything."""

from __future__ import annotations

from django_tasks import task


@task()
def process_webhook_delivery(delivery_id: int) -> str:
    from jembatan.connectors.channels.meta.process import process_delivery

    return process_delivery(delivery_id)


@task()
def deliver_message(message_id: int) -> str:
    from jembatan.connectors.outbound import deliver

    return deliver(message_id)


@task()
def poll_mailboxes() -> int:
    from jembatan.connectors.channels.email.imap import poll_all

    return poll_all()


@task()
def run_import(job_id: int) -> str:
    from jembatan.connectors.imports import run_import as run

    return run(job_id)


@task()
def retry_stalled_work() -> dict:
    """Deliveries and replies whose task failed or never ran are picked up again."""
    from jembatan.connectors.channels.meta.process import retry_pending_deliveries
    from jembatan.connectors.outbound import retry_due_messages

    return {"deliveries": retry_pending_deliveries(), "messages": retry_due_messages()}
