"""Access helpers of the outgoing webhooks: a subscription or a delivery for the person who may
manage it; 404 for everyone else (another agency's subscription does not exist for them)."""

from __future__ import annotations

from django.http import Http404, HttpRequest

from jembatan.webhooks.models import Delivery, Subscription


def get_subscription_for_user(request: HttpRequest, pk: int) -> Subscription:
    subscription = Subscription.objects.select_related("agency").filter(pk=pk).first()
    if subscription is None or not request.user.has_perm("webhooks.change_subscription",
                                                         subscription):
        raise Http404
    return subscription


def get_delivery_for_user(request: HttpRequest, subscription_pk: int, pk: int) -> Delivery:
    subscription = get_subscription_for_user(request, subscription_pk)
    delivery = (Delivery.objects.select_related("event", "subscription")
                .filter(pk=pk, subscription=subscription).first())
    if delivery is None:
        raise Http404
    return delivery
