from django.utils.translation import gettext_lazy as _

# Also the history's wording: "<who> <label>".
LABELS = {
    "post_create": _("started the joint post"),
    "post_update": _("changed the joint post"),
    "post_submit": _("sent the joint post for review"),
    "post_approve": _("approved the joint post"),
    "post_request_changes": _("asked for changes to the joint post"),
    "post_schedule": _("scheduled the joint post"),
    "post_publish": _("published the joint post"),
    "post_withdraw": _("withdrew the joint post"),
    "post_comment": _("commented on the joint post"),
    "post_suggest": _("suggested a change to the joint post"),
    "post_suggestion_accept": _("accepted a suggested change"),
    "post_suggestion_dismiss": _("dismissed a suggested change"),
    "content_settings_update": _("changed the joint content settings"),
}
