"""What the forum and the requests between agencies register when the app is ready:
notification kinds, audit labels, the daily "due tomorrow" job and the demo loader."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _

AUDIT_LABELS = {
    "forum_post": _("wrote in the forum"),
    "forum_reply": _("replied in the forum"),
    "forum_announce": _("posted an announcement"),
    "forum_pin": _("pinned a forum post"),
    "forum_unpin": _("unpinned a forum post"),
    "forum_remove": _("removed a forum post"),
    "forum_remind": _("reminded the agencies that had not read an announcement"),
    "forum_channel_create": _("opened a forum channel"),
    "forum_thread_create": _("started a direct thread between agencies"),
    "request_create": _("asked other agencies"),
    "request_start": _("started working on a request"),
    "request_done": _("completed a request"),
    "request_decline": _("declined a request"),
    "request_reopen": _("reopened a request"),
    "request_cancel": _("cancelled a request"),
    "request_comment": _("commented on a request"),
}


def ready() -> None:
    from jembatan.core import scheduler
    from jembatan.core.audit_labels import register_action_labels
    from jembatan.core.demo.registry import register_demo_loader
    from jembatan.notifications import kinds

    register_action_labels(AUDIT_LABELS)
    kinds.register_kind("forum_mention", _("Bakohumas forum: you or your agency is mentioned"))
    kinds.register_kind("forum_reply", _("Bakohumas forum: a reply to your post"),
                        default=kinds.DAILY)
    kinds.register_kind("forum_announcement", _("Bakohumas forum: new announcement"))
    kinds.register_kind("request_new", _("Requests between agencies: your agency is asked"))
    kinds.register_kind("request_answered",
                        _("Requests between agencies: an answer to your agency's request"))
    kinds.register_kind("request_comment", _("Requests between agencies: new comment"),
                        default=kinds.DAILY)
    kinds.register_kind("request_due_soon", _("Requests between agencies: due tomorrow"))
    scheduler.register(scheduler.PeriodicJob(
        name="coordination.requests_due_soon",
        task="jembatan.coordination.forum_tasks.remind_requests_due_soon",
        every=dt.timedelta(days=1),
        description=_("Remind agencies of requests from other agencies due tomorrow."),
    ))
    register_demo_loader("coordination_forum", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.coordination.demo.forum import forum_demo_load

    forum_demo_load(**kwargs)
