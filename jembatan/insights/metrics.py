"""Every performance figure, defined once: its name, what exactly it counts, its unit and whether
a higher value is better. Pages, the PDF report, the API and the tests read these definitions;
the code that counts is facts.py.

Working days follow the legal calendar (core.workdays): Monday to Friday except national
holidays, cuti bersama and the coordinator's days off. Everything counts in Jakarta time.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

UNITS = ("count", "rate", "hours", "days", "score", "minutes")


@dataclass(frozen=True)
class Metric:
    key: str
    label: Promise
    definition: Promise
    unit: str
    higher_is_better: bool
    public_by_default: bool


_METRICS = (
    Metric(
        "received", _("Reports received"),
        _("The number of reports disposed to the agency as lead agency in the period, counted "
          "on the day of the disposition."),
        "count", False, True),
    Metric(
        "verified_on_time_rate", _("Verified on time"),
        _("The share of the agency's reports that the coordinator verified and disposed at the "
          "latest 3 working days after they arrived."),
        "rate", True, False),
    Metric(
        "followed_up_on_time_rate", _("Followed up on time"),
        _("The share of reports answered at the latest 5 working days after disposition (a "
          "request for information: 10 working days after it arrived, 17 when extended). "
          "Reports without an answer whose time has not yet run out are not counted yet."),
        "rate", True, True),
    Metric(
        "first_response_hours_median", _("First response (median)"),
        _("The middle value of the time from disposition to the agency's first public "
          "response (taking the report up or answering it), in hours on working days only."),
        "hours", False, True),
    Metric(
        "first_response_hours_p90", _("First response (90th percentile)"),
        _("Nine in ten reports got their first public response within this many hours on "
          "working days after disposition."),
        "hours", False, False),
    Metric(
        "resolution_days_median", _("Time to answer (median)"),
        _("The middle value of the number of working days from the day a report arrived to "
          "the day it was answered, for reports that are answered or closed."),
        "days", False, False),
    Metric(
        "resolution_days_p90", _("Time to answer (90th percentile)"),
        _("Nine in ten answered reports were answered within this many working days of their "
          "arrival."),
        "days", False, False),
    Metric(
        "open_overdue", _("Open and overdue"),
        _("The number of the agency's reports still open today whose deadline has passed."),
        "count", False, False),
    Metric(
        "reopen_rate", _("Reopened"),
        _("The share of answered reports that the reporter reopened because the answer did "
          "not settle the matter."),
        "rate", False, False),
    Metric(
        "rating_mean", _("Reporters' rating"),
        _("The average score from 1 to 5 that reporters gave to the handling of their "
          "reports."),
        "score", True, True),
    Metric(
        "social_reply_rate", _("Social media and email answered"),
        _("The share of comments, direct messages and emails on the agency's WhatsApp, "
          "Facebook, Instagram and email that needed a reply and got one from the agency's "
          "staff, counted by the day the conversation started."),
        "rate", True, True),
    Metric(
        "social_reply_minutes_median", _("Social media reply time (median)"),
        _("The middle value of the minutes from the first message that needed a reply to the "
          "first reply from the agency's staff."),
        "minutes", False, False),
    Metric(
        "informative_share", _("Informative posts"),
        _("The share of the agency's posts published in the period that the information-value "
          "checker rated informative (what, when, where, how, costs and whom to contact) "
          "rather than ceremonial."),
        "rate", True, True),
    Metric(
        "consultation_participants", _("Consultation participants"),
        _("The number of people who commented on or answered the questions of the agency's "
          "public consultations that closed in the period, each person counted once per "
          "consultation."),
        "count", True, False),
    Metric(
        "consultation_answer_days_median", _("Consultation answered after (median)"),
        _("The middle value of the working days from the close of a public consultation to "
          "the publication of the agency's answer."),
        "days", False, False),
)

METRICS: dict[str, Metric] = {metric.key: metric for metric in _METRICS}

DEFAULT_PUBLIC = frozenset(key for key, metric in METRICS.items() if metric.public_by_default)
