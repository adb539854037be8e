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
    "news_comment_create": _("commented on a news article"),
    "news_comment_reply": _("replied officially to a comment on a news article"),
    "news_reply_emailed": _("emailed an official reply to a commenter without an account"),
    "news_reply_whatsapp": _("told a commenter without an account of an official reply by "
                             "WhatsApp"),
    "news_comment_flag": _("flagged a comment on a news article"),
    "news_comment_hide": _("hid a comment on a news article"),
    "news_comment_restore": _("restored a comment on a news article"),
}
