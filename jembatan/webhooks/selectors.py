"""Reads of the outgoing webhooks, scoped to what each person may manage."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from jembatan.webhooks.models import Delivery, Subscription
from jembatan.webhooks.rules import admin_agency_ids


def subscriptions_for(user) -> QuerySet[Subscription]:
    """Every subscription for a coordinator; an agency admin's agencies' ones otherwise."""
    qs = Subscription.objects.select_related("agency").annotate(
        failed_count=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.FAILED)),
        waiting_count=Count("deliveries", filter=Q(deliveries__status__in=[
            Delivery.Status.PENDING, Delivery.Status.SENDING])),
    ).order_by("name", "pk")
    if user.is_coordinator:
        return qs
    return qs.filter(agency_id__in=admin_agency_ids(user))


def deliveries_of(subscription: Subscription, *, status: str = "") -> QuerySet[Delivery]:
    qs = (Delivery.objects.filter(subscription=subscription).select_related("event")
          .order_by("-created_at", "-pk"))
    if status in Delivery.Status.values:
        qs = qs.filter(status=status)
    return qs
