import datetime as dt

from django.apps import AppConfig
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class ContentConfig(AppConfig):
    name = "jembatan.content"
    label = "content"
    verbose_name = _("Joint content")

    def ready(self) -> None:
        _register_change_words()
        from jembatan.core import public_cache

        public_cache.watch(public_cache.CONTENT, *self.get_models())  # the home page's news
        from jembatan.content import actions, audit_labels, rules  # noqa: F401 (rules: perms)
        from jembatan.content.search_documents import SOURCE as news_source
        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.notifications.kinds import register_kind
        from jembatan.search.registry import register as search_source_register

        register_action_labels(audit_labels.LABELS)
        search_source_register(news_source)
        register_demo_loader("content", _load_demo_content)
        register_demo_loader("content_comments", _load_demo_comments)
        register_kind("content_post_status", _("A joint post changed state"),
                      description=_("A joint post of your agency was submitted, approved, sent "
                                    "back, scheduled, published or withdrawn."))
        register_kind("content_post_invited", _("Your agency was invited to co-author a post"),
                      description=_("Another agency asks yours to write a joint post with it."))
        register_kind("content_post_comment", _("A comment on a joint post"),
                      description=_("Someone commented on a joint post your agency writes."))
        register_kind("content_post_suggestion", _("A suggested change to a joint post"),
                      description=_("Someone suggested a change to a joint post your agency "
                                    "writes, or your suggestion was taken or not."))
        register_kind(actions.KIND_NEWS_REPLY, _("News: an official reply to your comment"),
                      description=_("An agency replied officially to your comment on a news "
                                    "article."))
        register_kind(actions.KIND_NEWS_MODERATED,
                      _("News: your comment was hidden or restored"),
                      description=_("A moderator hid your comment on a news article, with the "
                                    "reason, or showed it again."))
        register_kind(actions.KIND_NEWS_REVIEW, _("News: a comment waits for review"),
                      description=_("A comment on your agency's news article was held for its "
                                    "words or hidden after several flags."))
        scheduler.register(scheduler.PeriodicJob(
            name="content.publish_due",
            task="jembatan.content.tasks.publish_due_posts",
            every=dt.timedelta(minutes=1),
            description=_("Publish joint posts whose scheduled time has come."),
        ))


def _load_demo_content(**kwargs) -> None:
    from jembatan.content.demo.loader import content_demo_load

    content_demo_load(**kwargs)


def _load_demo_comments(**kwargs) -> None:
    from jembatan.content.demo.comments import news_comments_demo_load

    news_comments_demo_load(**kwargs)


def _register_change_words() -> None:
    """A joint post's audit entries record its channels by code and a new picture as "new"."""
    from django.utils.text import capfirst

    from jembatan.content.models import Channel, Post
    from jembatan.core.words import register_change_labels, register_change_values

    channels = dict(Channel.choices)
    pictures = {True: _("yes"), False: _("no"), "new": _("new picture")}

    def channel(value) -> str:
        return capfirst(str(channels.get(value, value)))

    def picture(value) -> str:
        return capfirst(str(pictures.get(value, value)))

    def characters(value) -> str:
        if value in (None, ""):
            return "—"
        return ngettext("%(n)s character", "%(n)s characters", int(value)) % {"n": value}

    def information_value(value) -> str:
        # The labels of jembatan.triage.quality, not imported here: it loads scikit-learn.
        words = {"informatif": _("informative"), "seremonial": _("ceremonial")}
        return capfirst(str(words.get(value, value)))

    def approvals(value) -> str:
        return str(_("recorded")) if value == "recorded" else "—"

    # A channel's version is recorded by its length; the approvals as "recorded" when cleared.
    versions = {f"version_{code}": format_lazy(_("{channel} version"), channel=label)
                for code, label in Channel.choices}
    register_change_labels({"channel": _("channel"), "channels": _("channels"),
                            "approvals": _("approvals"), **versions}, model=Post)
    register_change_values({"channel": channel, "channels": channel, "image": picture,
                            "approvals": approvals, "info_label": information_value,
                            **dict.fromkeys(versions, characters)}, model=Post)
