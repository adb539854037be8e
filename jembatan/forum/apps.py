from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "jembatan.forum"
    label = "forum"
    verbose_name = _("Bakohumas forum")

    def ready(self) -> None:
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.forum.audit_labels import LABELS
        from jembatan.notifications import kinds

        register_action_labels(LABELS)
        kinds.register_kind(
            "forum_mention", _("Bakohumas forum: you or your agency is mentioned"),
            description=_("Someone named you or your agency with @ in a forum post."))
        kinds.register_kind(
            "forum_reply", _("Bakohumas forum: a reply to your post"), default=kinds.DAILY,
            description=_("Someone replied to a post you wrote in the forum."))
        kinds.register_kind(
            "forum_announcement", _("Bakohumas forum: new announcement"),
            description=_("The coordinators posted an announcement, or remind your agency of "
                          "one it has not read yet."))
        register_demo_loader("forum", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.forum.demo.loader import forum_demo_load

    forum_demo_load(**kwargs)
