"""Background work of the outgoing webhooks: thin wrappers, ids in."""

from django_tasks import task


@task()
def send_delivery(delivery_id: int, manual: bool = False) -> str:
    from jembatan.webhooks.delivery import delivery_attempt

    return delivery_attempt(delivery_id, manual=manual)


@task()
def retry_due_deliveries() -> int:
    from jembatan.webhooks.delivery import deliveries_retry_due

    return deliveries_retry_due()


@task()
def prune_deliveries() -> int:
    from jembatan.webhooks.delivery import deliveries_prune

    return deliveries_prune()
