"""Readable names of the public consultations' audit actions ("<who> <label>")."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    "consultation_create": _("drafted a public consultation"),
    "consultation_update": _("changed a public consultation"),
    "consultation_section_add": _("added a section to a consultation"),
    "consultation_section_update": _("changed a section of a consultation"),
    "consultation_section_reorder": _("reordered the sections of a consultation"),
    "consultation_question_add": _("added a question to a consultation"),
    "consultation_import": _("imported the sections of a consultation from a document"),
    "consultation_schedule": _("published a consultation"),
    "consultation_open": _("opened a consultation for input"),
    "consultation_close": _("closed a consultation"),
    "consultation_withdraw": _("withdrew a consultation"),
    "consultation_comment_create": _("commented on a consultation"),
    "consultation_comment_support": _("supported a comment"),
    "consultation_comment_flag": _("flagged a comment"),
    "consultation_comment_hide": _("hid a comment"),
    "consultation_comment_restore": _("restored a comment"),
    "consultation_response_create": _("answered the questions of a consultation"),
    "consultation_theme_save": _("wrote the answer to a theme"),
    "consultation_comment_answer": _("answered a comment"),
    "consultation_answer_publish": _("published the answer to a consultation"),
    "consultation_answer_emailed": _("emailed the answer to participants without an account"),
    "consultation_attachment_add": _("attached a file to a consultation"),
    "consultation_attachment_remove": _("removed a file from a consultation"),
    "consultation_review_submit": _("submitted a consultation for review"),
    "consultation_review_approve": _("approved a consultation for publishing"),
    "consultation_review_return": _("returned a consultation for changes"),
    "participant_verify": _("confirmed a contact address to take part"),
}
