"""The bell: each person's notifications, and how often they want to be emailed per kind."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jembatan.core.pagination import InvalidCursor, keyset_page
from jembatan.notifications import kinds
from jembatan.notifications.actions import (
    notification_mark_read,
    notification_preferences_set,
    notifications_mark_read,
)
from jembatan.notifications.models import Frequency, Notification, Preference
from jembatan.notifications.services import unread_count

PAGE_SIZE = 30


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    qs = Notification.objects.filter(recipient=request.user).select_related("agency")
    only_unread = request.GET.get("belum") == "1"
    if only_unread:
        qs = qs.filter(read_at__isnull=True)
    try:
        page = keyset_page(qs, cursor=request.GET.get("cursor") or None, size=PAGE_SIZE)
    except InvalidCursor:
        return redirect("notifications:inbox")
    return render(request, "notifications/inbox.html",
                  {"page": page, "only_unread": only_unread,
                   "unread": unread_count(request.user)})


@login_required
def open_notification(request: HttpRequest, pk: int) -> HttpResponse:
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    notification_mark_read(notification=notification, actor=request.user)
    url = notification.url
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return redirect(url)
    return redirect("notifications:inbox")


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    count = notifications_mark_read(actor=request.user)
    messages.success(request, _("%(count)d notifications marked as read.") % {"count": count})
    return redirect("notifications:inbox")


@login_required
def unread_badge(request: HttpRequest) -> HttpResponse:
    """The unread count for the navigation; polled by htmx."""
    return render(request, "notifications/_badge.html", {"unread": unread_count(request.user)})


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    chosen = dict(Preference.objects.filter(user=request.user)
                  .values_list("kind", "frequency"))
    rows = [(kind, chosen.get(kind.key, kind.default))
            for kind in sorted(kinds.KINDS.values(), key=lambda k: str(k.label))]
    if request.method == "POST":
        notification_preferences_set(actor=request.user, frequencies={
            kind.key: request.POST.get(f"kind-{kind.key}", "") for kind, _current in rows})
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:settings")
    return render(request, "notifications/settings.html",
                  {"rows": rows, "frequencies": Frequency.choices,
                   "has_email": bool(request.user.email)})
