from django.utils.translation import gettext_lazy as _

# Also the timeline's wording: "<who> <label>".
LABELS = {
    "report_submit": _("received the report"),
    "report_dispose": _("verified and assigned the report"),
    "report_reject": _("rejected the report"),
    "report_forward": _("forwarded the report to another agency"),
    "report_merge": _("merged the report into another"),
    "report_acknowledge": _("started handling the report"),
    "report_return": _("returned the report: not its remit"),
    "report_respond": _("answered the report"),
    "report_hold": _("put the report on hold"),
    "report_resume": _("resumed the report"),
    "report_extend": _("extended the deadline by 7 working days"),
    "report_assign": _("assigned an officer"),
    "report_close": _("closed the report"),
    "report_auto_close": _("closed the report automatically"),
    "report_reopen": _("reopened the report"),
    "report_object": _("filed an objection"),
    "report_answer_objection": _("answered the objection"),
    "report_message": _("wrote a message"),
    "report_rate": _("rated the handling"),
    "report_merged_in": _("took in a duplicate report"),
    "report_undo_dispose": _("undid the automatic assignment"),
    "report_urgency_correct": _("corrected the urgency flag"),
    "report_triage_record": _("read the report for urgency and suggested agencies"),
    "saved_filter_save": _("saved a search of the report inbox"),
}
