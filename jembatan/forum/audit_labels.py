"""Readable names of the forum's audit actions ("<who> <label>"), one per action code."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "forum_post": _("wrote in the forum"),
    "forum_reply": _("replied in the forum"),
    "forum_announce": _("posted an announcement"),
    "forum_pin": _("pinned a forum post"),
    "forum_unpin": _("unpinned a forum post"),
    "forum_remove": _("removed a forum post"),
    "forum_remind": _("reminded the agencies that had not read an announcement"),
    "forum_channel_create": _("opened a forum channel"),
    "forum_thread_create": _("started a direct thread between agencies"),
}
