"""An agency's connected accounts: its admin (or a coordinator) connects them here. Tokens and
mailbox passwords are write-only: the page says whether one is stored, never what it is."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from jembatan.connectors import selectors
from jembatan.connectors.accounts import connect_account
from jembatan.connectors.models import CONNECTABLE, ConnectedAccount, Platform
from jembatan.core.access import get_agency_for_user
from jembatan.core.actions import audit_record

ID_HELP = {
    Platform.WHATSAPP: gettext_lazy("WhatsApp: the phone_number_id from Meta's WhatsApp Manager."),
    Platform.FACEBOOK: gettext_lazy("Facebook: the Page id."),
    Platform.INSTAGRAM: gettext_lazy("Instagram: the professional account's id."),
    Platform.EMAIL: gettext_lazy("Email: the mailbox address."),
}


class AccountForm(forms.Form):
    platform = forms.ChoiceField(label=gettext_lazy("Platform"),
                                 choices=[(p.value, p.label) for p in CONNECTABLE])
    external_id = forms.CharField(label=gettext_lazy("Account id"), max_length=255,
                                  help_text=" ".join(str(text) for text in ID_HELP.values()))
    name = forms.CharField(label=gettext_lazy("Name shown to staff"), max_length=150,
                           required=False)
    token = forms.CharField(
        label=gettext_lazy("Access token or mailbox password"), required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=gettext_lazy("Stored encrypted and never shown again. Leave empty to keep "
                               "the stored one."))
    imap_host = forms.CharField(label=gettext_lazy("IMAP server (email only)"), max_length=255,
                                required=False)
    imap_port = forms.IntegerField(label=gettext_lazy("IMAP port"), min_value=1,
                                   max_value=65535, required=False, initial=993)
    imap_username = forms.CharField(label=gettext_lazy("IMAP user name"), max_length=255,
                                    required=False)


@login_required
def accounts(request: HttpRequest, slug: str) -> HttpResponse:
    agency = get_agency_for_user(request, slug, perm="connectors.manage_accounts")
    form = AccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        mailbox = {}
        if data["platform"] == Platform.EMAIL:
            mailbox = {"imap_host": data["imap_host"].strip(),
                       "imap_port": data["imap_port"] or 993,
                       "imap_username": data["imap_username"].strip()}
        try:
            account, created = connect_account(
                agency=agency, platform=data["platform"], external_id=data["external_id"],
                name=data["name"], token=data["token"] or None, actor=request.user, **mailbox)
        except ValidationError as error:
            for text in error.messages:
                form.add_error("external_id", text)
        else:
            messages.success(request, (_("%(account)s is connected.") if created
                                       else _("%(account)s is updated.")) % {"account": account})
            return redirect("connectors:accounts", slug=agency.slug)
    rows = ConnectedAccount.objects.filter(agency=agency).order_by("platform", "external_id")
    webhook = settings.SITE_URL + reverse("connectors:meta_webhook")
    return render(request, "connectors/accounts.html",
                  {"agency": agency, "form": form, "accounts": rows, "webhook": webhook,
                   "quarantined": selectors.quarantined_mail(agency=agency)},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def account_toggle(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    agency = get_agency_for_user(request, slug, perm="connectors.manage_accounts")
    with transaction.atomic():
        account = get_object_or_404(ConnectedAccount.objects.select_for_update(), pk=pk,
                                    agency=agency)
        account.is_active = not account.is_active
        account.save(update_fields=["is_active"])
        audit_record(actor=request.user, action="account_update", obj=account, agency=agency,
                     changes={"is_active": [not account.is_active, account.is_active]})
    messages.success(request, (_("%(account)s is active again.") if account.is_active
                               else _("%(account)s is switched off: its events are ignored and "
                                      "nothing is sent from it.")) % {"account": account})
    return redirect("connectors:accounts", slug=agency.slug)
