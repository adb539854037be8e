from django import forms
from django.utils.translation import gettext_lazy as _


class ClientKeyForm(forms.Form):
    name = forms.CharField(
        label=_("Client name"), max_length=100,
        help_text=_("The application or organisation that will use the key, e.g. "
                    "“Aplikasi Lapor Wonosobo”. Reports it sends carry this name."),
    )
    may_submit = forms.BooleanField(label=_("May send reports"), required=False, initial=True)
    may_read_updates = forms.BooleanField(label=_("May read the updates of reports"),
                                          required=False, initial=True)

    def clean(self):
        data = super().clean()
        if not data.get("may_submit") and not data.get("may_read_updates"):
            raise forms.ValidationError(_("Choose at least one thing the key may do."))
        return data
