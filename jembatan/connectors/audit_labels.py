"""Readable names of the channels' audit actions ("<who> <label>")."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "conversation_reply": _("replied to the citizen"),
    "conversation_reply_retry": _("sent a failed reply again"),
    "conversation_system_message": _("sent an automatic message to the citizen"),
    "conversation_note": _("wrote an internal note"),
    "conversation_assign": _("assigned the conversation"),
    "conversation_labels": _("changed the conversation's labels"),
    "conversation_needs_reply": _("decided whether the conversation needs a reply"),
    "conversation_spam": _("moved the conversation to the spam folder"),
    "conversation_spam_restore": _("took the conversation out of the spam folder"),
    "conversation_close": _("closed the conversation"),
    "conversation_reopen": _("reopened the conversation"),
    "conversation_convert": _("made the conversation a report"),
    "conversation_convert_notice_failed": _("could not send the tracking code to the citizen"),
    "conversation_import": _("imported comments and messages from a file"),
    "account_connect": _("connected a channel account"),
    "account_update": _("updated a channel account"),
    "webhook_delivery_retry": _("processed a webhook delivery again"),
}
