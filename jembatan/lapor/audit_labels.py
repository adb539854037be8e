from django.utils.translation import gettext_lazy as _

# Also the timeline's wording: "<who> <label>".
LABELS = {
    "report_lapor_sync": _("took over the status from SP4N-LAPOR!"),
    "report_lapor_follow_up": _("received a follow-up through SP4N-LAPOR!"),
    "report_lapor_attachment": _("received an attachment through SP4N-LAPOR!"),
    "report_lapor_push_again": _("asked to send SP4N-LAPOR! again what it had not received"),
}
