import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "jembatan.participation"
    label = "participation"
    verbose_name = _("Public consultations")

    def ready(self) -> None:
        from jembatan.core import public_cache

        # The home page's open consultations.
        public_cache.watch(public_cache.PARTICIPATION, *self.get_models())
        from jembatan.core import scheduler
        from jembatan.core.audit_labels import register_action_labels
        from jembatan.core.demo.registry import register_demo_loader
        from jembatan.notifications.kinds import register_kind
        from jembatan.participation import rules  # noqa: F401  (registers the permissions)
        from jembatan.participation.actions import (
            KIND_ANSWER_PUBLISHED,
            KIND_CLOSED_TO_ANSWER,
            KIND_COMMENT_MODERATED,
            KIND_CONSULTATION_REVIEW,
            KIND_CONSULTATION_REVIEWED,
            KIND_REVIEW_NEEDED,
        )
        from jembatan.participation.audit_labels import LABELS
        from jembatan.participation.search_documents import SOURCE as consultation_source
        from jembatan.search.registry import register as search_source_register

        register_action_labels(LABELS)
        from jembatan.core.words import register_change_labels

        # Audit changes that are not model fields (core/words.py shows them by these names).
        register_change_labels({"section": _("section")})
        _register_consultation_change_words()
        search_source_register(consultation_source)
        register_kind(KIND_ANSWER_PUBLISHED, _("Public consultation: the answer is published"),
                      description=_("The agency has answered a public consultation you took "
                                    "part in."))
        register_kind(KIND_COMMENT_MODERATED,
                      _("Public consultation: your comment was hidden or restored"),
                      description=_("A moderator hid your comment, with the reason, or showed "
                                    "it again."))
        register_kind(KIND_CLOSED_TO_ANSWER,
                      _("Public consultation: closed, your agency answers"),
                      description=_("A consultation your agency leads has closed; publish "
                                    "what was done with the input."))
        register_kind(KIND_REVIEW_NEEDED, _("Public consultation: a comment waits for review"),
                      description=_("A comment on your agency's consultation was held for its "
                                    "words or hidden after several flags."))
        register_kind(KIND_CONSULTATION_REVIEW,
                      _("Public consultation: a draft waits for your review"),
                      description=_("An agency submitted a public consultation to be reviewed "
                                    "before it is published."))
        register_kind(KIND_CONSULTATION_REVIEWED,
                      _("Public consultation: the review of your draft"),
                      description=_("The coordinator approved and published your public "
                                    "consultation, or returned it with what to change."))
        scheduler.register(scheduler.PeriodicJob(
            name="participation.open_due",
            task="jembatan.participation.tasks.open_due_consultations",
            every=dt.timedelta(minutes=1),
            description=_("Open public consultations whose opening time has come."),
        ))
        scheduler.register(scheduler.PeriodicJob(
            name="participation.close_due",
            task="jembatan.participation.tasks.close_due_consultations",
            every=dt.timedelta(minutes=1),
            description=_("Close public consultations whose closing time has passed."),
        ))
        register_demo_loader("participation", _load_demo)


def _load_demo(**kwargs) -> None:
    from jembatan.participation.demo.loader import participation_demo_load

    participation_demo_load(**kwargs)


def _register_consultation_change_words() -> None:
    """A consultation's audit entries also record its sections, questions, attachments, the
    emails and WhatsApp messages sent and the themes of its answer, which are not fields of the
    consultation."""
    from django.utils.text import capfirst

    from jembatan.core.words import HIDE_CHANGE, register_change_labels, register_change_values
    from jembatan.participation.models import Consultation, Theme

    answers = dict(Theme._meta.get_field("answer_status").flatchoices)
    register_change_labels({
        "attachment": _("attachment"), "question": _("question"), "sections": _("sections"),
        "emails": _("emails sent"), "whatsapp": _("WhatsApp messages sent"),
        "answer": Theme._meta.get_field("answer").verbose_name,
        "answer_status": Theme._meta.get_field("answer_status").verbose_name,
    }, model=Consultation)
    register_change_values({
        "answer_status": lambda value: capfirst(str(answers.get(value, value))),
        # The comments grouped under a theme, by id: the theme's title and answer say it.
        "comments": HIDE_CHANGE,
    }, model=Consultation)
