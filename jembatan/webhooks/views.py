"""Staff pages of the outgoing webhooks under /staf/webhook/: the subscriptions, a form to
subscribe or change one, the signing secret shown once, the delivery log and redelivery."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from jembatan.core.access import login_and_perm_required
from jembatan.core.forms import error_text, form_add_validation_error
from jembatan.core.pagination import InvalidCursor, keyset_page
from jembatan.webhooks import access, actions, selectors
from jembatan.webhooks.forms import SubscriptionForm
from jembatan.webhooks.models import Delivery
from jembatan.webhooks.rules import agencies_for_subscribing

USE = "webhooks.use_webhooks"
PAGE_SIZE = 30
# The secret goes from the action to the next page through the session, and is removed as it
# is shown: it is never in a URL, and a reload does not show it again.
SECRET_SESSION_KEY = "webhooks:new-secret"


def _keep_secret(request: HttpRequest, subscription_pk: int, secret: str) -> None:
    request.session[SECRET_SESSION_KEY] = {"pk": subscription_pk, "secret": secret}


def _take_secret(request: HttpRequest, subscription_pk: int) -> str:
    kept = request.session.get(SECRET_SESSION_KEY)
    if not kept or kept.get("pk") != subscription_pk:
        return ""
    del request.session[SECRET_SESSION_KEY]
    return kept.get("secret", "")


@login_and_perm_required(USE)
@require_GET
def subscription_list(request: HttpRequest) -> HttpResponse:
    return render(request, "webhooks/subscription_list.html", {
        "subscriptions": list(selectors.subscriptions_for(request.user)),
    })


@login_and_perm_required(USE)
@require_http_methods(["GET", "POST"])
def subscription_new(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = SubscriptionForm(request.POST or None, agencies=agencies_for_subscribing(user),
                            coordinator=user.is_coordinator)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            subscription, secret = actions.subscription_create(
                actor=user, agency=data["agency"], name=data["name"], url=data["url"],
                events=data["events"])
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            _keep_secret(request, subscription.pk, secret)
            messages.success(request, _("The subscription is saved. Copy the signing secret "
                                        "now: it is shown only once."))
            return redirect(subscription.get_absolute_url())
    return render(request, "webhooks/subscription_form.html", {"form": form, "editing": False},
                  status=400 if form.errors else 200)


@login_and_perm_required(USE)
@require_GET
def subscription_detail(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = access.get_subscription_for_user(request, pk)
    status = request.GET.get("status", "")
    if status not in Delivery.Status.values:
        status = ""
    try:
        page = keyset_page(selectors.deliveries_of(subscription, status=status),
                           cursor=request.GET.get("cursor") or None, size=PAGE_SIZE)
    except InvalidCursor:
        return redirect(subscription.get_absolute_url())
    return render(request, "webhooks/subscription_detail.html", {
        "subscription": subscription, "page": page, "status": status,
        "statuses": Delivery.Status.choices,
        "new_secret": _take_secret(request, subscription.pk),
    })


@login_and_perm_required(USE)
@require_http_methods(["GET", "POST"])
def subscription_edit(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = access.get_subscription_for_user(request, pk)
    initial = {"name": subscription.name, "url": subscription.url,
               "events": subscription.events, "is_active": subscription.is_active}
    form = SubscriptionForm(request.POST or None, initial=initial, agencies=None,
                            coordinator=request.user.is_coordinator, editing=True)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            actions.subscription_update(subscription=subscription, actor=request.user,
                                        name=data["name"], url=data["url"],
                                        events=data["events"], is_active=data["is_active"])
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The subscription is saved."))
            return redirect(subscription.get_absolute_url())
    return render(request, "webhooks/subscription_form.html", {
        "form": form, "editing": True, "subscription": subscription,
    }, status=400 if form.errors else 200)


@login_and_perm_required(USE)
@require_http_methods(["GET", "POST"])
def subscription_rotate_secret(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = access.get_subscription_for_user(request, pk)
    if request.method == "POST":
        secret = actions.subscription_rotate_secret(subscription=subscription,
                                                    actor=request.user)
        _keep_secret(request, subscription.pk, secret)
        messages.success(request, _("A new signing secret is made. Copy it now: it is shown "
                                    "only once. The old one keeps working for 24 hours."))
        return redirect(subscription.get_absolute_url())
    return render(request, "webhooks/rotate_secret.html", {"subscription": subscription})


@login_and_perm_required(USE)
@require_GET
def delivery_detail(request: HttpRequest, pk: int, delivery_pk: int) -> HttpResponse:
    delivery = access.get_delivery_for_user(request, pk, delivery_pk)
    try:
        body = json.dumps(json.loads(delivery.event.body), indent=2, ensure_ascii=False)
    except ValueError:
        body = delivery.event.body
    return render(request, "webhooks/delivery_detail.html", {
        "subscription": delivery.subscription, "delivery": delivery, "body": body,
        "attempts": list(delivery.attempt_log.all()),
    })


@login_and_perm_required(USE)
@require_POST
def delivery_redeliver(request: HttpRequest, pk: int, delivery_pk: int) -> HttpResponse:
    delivery = access.get_delivery_for_user(request, pk, delivery_pk)
    try:
        actions.delivery_redeliver(delivery=delivery, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect("webhooks:delivery", pk=pk, delivery_pk=delivery_pk)
    messages.success(request, _("The event is being sent again; its result appears in the log "
                                "below."))
    return redirect("webhooks:delivery", pk=pk, delivery_pk=delivery_pk)
