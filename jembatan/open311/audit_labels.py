from django.utils.translation import gettext_lazy as _

LABELS = {
    "open311_key_issue": _("issued an Open311 key"),
    "open311_key_revoke": _("revoked an Open311 key"),
}
