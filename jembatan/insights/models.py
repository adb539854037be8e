"""What the coordinator made public, and the rollup tables the figures are read from.

The rollups hold, per agency and Jakarta day, the counts and histograms of facts.Tally: a period's
figures are the sum of its days, so no page counts reports. They are kept current on write
(rollups.refresh_after_commit from the actions that change a report, a conversation, a post or a
consultation) and by the scheduled job that recounts the recent days (a follow-up clock that ran
out without an answer changes a day's figures with no write at all).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from jembatan.core.files import RandomName, StoredFile
from jembatan.core.models import Agency


class Publication(models.Model):
    """Which figures the public sees; one row, edited by coordinators (audited)."""

    metric_keys = models.JSONField(_("public figures"), default=list)
    singleton = models.BooleanField(_("single record"), default=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), null=True, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("updated by"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        verbose_name = _("public figures")
        verbose_name_plural = _("public figures")
        constraints = [
            models.UniqueConstraint(fields=["singleton"], name="one_insights_publication"),
        ]

    def __str__(self) -> str:
        return str(_("Public performance figures"))


class TallyRow(models.Model):
    """The fields of a facts.Tally: counts, and histograms {value: count} (first response in
    tenths of working hours, resolution and consultation answers in working days, social
    replies in minutes, ratings 1..5)."""

    agency = models.ForeignKey(Agency, verbose_name=_("agency"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="+")
    received = models.PositiveIntegerField(_("Reports received"), default=0)
    verified_on_time = models.PositiveIntegerField(_("Verified on time"), default=0)
    follow_up_measured = models.PositiveIntegerField(_("follow-ups measured"), default=0)
    followed_up_on_time = models.PositiveIntegerField(_("Followed up on time"), default=0)
    answered = models.PositiveIntegerField(_("reports answered"), default=0)
    reopened = models.PositiveIntegerField(_("reports reopened"), default=0)
    social_needed = models.PositiveIntegerField(_("social media messages needing a reply"),
                                                default=0)
    social_answered = models.PositiveIntegerField(_("social media messages answered"), default=0)
    posts_rated = models.PositiveIntegerField(_("posts rated"), default=0)
    posts_informative = models.PositiveIntegerField(_("posts rated informative"), default=0)
    consultation_participants = models.PositiveIntegerField(_("Consultation participants"),
                                                            default=0)
    first_response = models.JSONField(_("first response times"), default=dict)
    resolution = models.JSONField(_("resolution times"), default=dict)
    ratings = models.JSONField(_("ratings"), default=dict)
    social_minutes = models.JSONField(_("social media reply times"), default=dict)
    consultation_answer = models.JSONField(_("consultation answer times"), default=dict)
    computed_at = models.DateTimeField(_("counted"))

    class Meta:
        abstract = True


class DayFigures(TallyRow):
    """One agency's (or, with no agency, the whole regency's) Tally of one Jakarta day."""

    day = models.DateField(_("date"))

    class Meta:
        verbose_name = _("daily figures")
        verbose_name_plural = _("daily figures")
        constraints = [
            # Two partial constraints instead of NULLS NOT DISTINCT, which SQLite lacks.
            models.UniqueConstraint(fields=["agency", "day"], name="insights_day_per_agency",
                                    condition=Q(agency__isnull=False)),
            models.UniqueConstraint(fields=["day"], name="insights_day_regency",
                                    condition=Q(agency__isnull=True)),
        ]
        indexes = [
            # The days of a period for every agency, and one agency's days.
            models.Index(fields=["day", "agency"], name="insights_day_idx"),
            models.Index(fields=["agency", "day"], name="insights_agency_day_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.agency or '-'} {self.day}"


class MonthFigures(TallyRow):
    """The sum of a calendar month's DayFigures (`month` is its first day)."""

    month = models.DateField(_("month"))

    class Meta:
        verbose_name = _("monthly figures")
        verbose_name_plural = _("monthly figures")
        constraints = [
            models.UniqueConstraint(fields=["agency", "month"],
                                    name="insights_month_per_agency",
                                    condition=Q(agency__isnull=False)),
            models.UniqueConstraint(fields=["month"], name="insights_month_regency",
                                    condition=Q(agency__isnull=True)),
        ]
        indexes = [
            models.Index(fields=["month", "agency"], name="insights_month_idx"),
            models.Index(fields=["agency", "month"], name="insights_agency_month_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.agency or '-'} {self.month:%Y-%m}"


class RollupState(models.Model):
    """When the hourly recount last ran (it also recounts older days changed since)."""

    singleton = models.BooleanField(_("single record"), default=True, editable=False)
    recent_rebuilt_at = models.DateTimeField(_("last recount"), null=True, blank=True)

    class Meta:
        verbose_name = _("recount state")
        verbose_name_plural = _("recount state")
        constraints = [
            models.UniqueConstraint(fields=["singleton"], name="one_insights_rollup_state"),
        ]

    def __str__(self) -> str:
        return str(self.recent_rebuilt_at or "-")

    @classmethod
    def current(cls) -> RollupState:
        row = cls.objects.first()
        return row if row is not None else cls()


class Dimension(models.TextChoices):
    KECAMATAN = "kecamatan", _("kecamatan")
    CATEGORY = "category", _("category")
    CHANNEL = "channel", _("channel")
    KIND = "kind", _("kind")


class BreakdownRow(models.Model):
    """Reports received (and followed up on time) per agency, one dimension and its value:
    a kecamatan's Kemendagri code, a category's id, a channel or a kind ("": not set)."""

    agency = models.ForeignKey(Agency, verbose_name=_("agency"), on_delete=models.CASCADE,
                               related_name="+")
    dimension = models.CharField(_("broken down by"), max_length=10, choices=Dimension.choices)
    key = models.CharField(_("value"), max_length=20, blank=True)
    received = models.PositiveIntegerField(_("Reports received"), default=0)
    follow_up_measured = models.PositiveIntegerField(_("follow-ups measured"), default=0)
    followed_up_on_time = models.PositiveIntegerField(_("Followed up on time"), default=0)

    class Meta:
        abstract = True


class DayBreakdown(BreakdownRow):
    day = models.DateField(_("date"))

    class Meta:
        verbose_name = _("daily breakdown")
        verbose_name_plural = _("daily breakdowns")
        constraints = [
            models.UniqueConstraint(fields=["agency", "day", "dimension", "key"],
                                    name="insights_breakdown_unique"),
        ]
        indexes = [models.Index(fields=["dimension", "day"], name="insights_breakdown_day_idx")]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.day} {self.dimension}={self.key}"


class MonthBreakdown(BreakdownRow):
    month = models.DateField(_("month"))

    class Meta:
        verbose_name = _("monthly breakdown")
        verbose_name_plural = _("monthly breakdowns")
        constraints = [
            models.UniqueConstraint(fields=["agency", "month", "dimension", "key"],
                                    name="insights_month_breakdown_unique"),
        ]
        indexes = [models.Index(fields=["dimension", "month"],
                                name="insights_month_breakdown_idx")]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.month:%Y-%m} {self.dimension}={self.key}"


class BacklogSnapshot(models.Model):
    """An agency's open and overdue counts as they were on a day: the alerts compare weeks."""

    agency = models.ForeignKey(Agency, verbose_name=_("agency"), on_delete=models.CASCADE,
                               related_name="+")
    day = models.DateField(_("date"))
    open_overdue = models.PositiveIntegerField(_("Open and overdue"), default=0)
    backlog = models.PositiveIntegerField(_("open reports"), default=0)

    class Meta:
        verbose_name = _("backlog snapshot")
        verbose_name_plural = _("backlog snapshots")
        constraints = [
            models.UniqueConstraint(fields=["agency", "day"], name="insights_snapshot_unique"),
        ]
        indexes = [models.Index(fields=["day"], name="insights_snapshot_day_idx")]

    def __str__(self) -> str:
        return f"{self.agency_id} {self.day}"


class OpenState(models.Model):
    """One agency's open reports as day histograms (no agency: reports waiting for the
    coordinator). Deadlines all end at 23:59:59 Jakarta time, so "overdue now" is "deadline day
    before today", and ages are counted from the disposition day: both are worked out when read,
    so the row only changes when a report does (rollups.refresh_open_state)."""

    agency = models.ForeignKey(Agency, verbose_name=_("agency"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="+")
    # The agency's id, or "" for the coordinator's queue: unique on SQLite and PostgreSQL alike.
    scope = models.CharField(_("scope"), max_length=20, unique=True)
    # {"YYYY-MM-DD": n}: open reports with a running clock, by the day it runs out.
    deadlines = models.JSONField(_("deadlines"), default=dict)
    # {"YYYY-MM-DD": n}: reports waiting for the agency, by the day they were disposed.
    waiting = models.JSONField(_("waiting to be handled"), default=dict)
    # {dimension: {key: {"YYYY-MM-DD": n}}}: the deadlines again, per breakdown value.
    deadlines_by = models.JSONField(_("deadlines by breakdown"), default=dict)
    computed_at = models.DateTimeField(_("counted"))

    class Meta:
        verbose_name = _("open reports")
        verbose_name_plural = _("open reports")

    def __str__(self) -> str:
        return f"{self.agency or '-'}"


class MonthlyReport(StoredFile):
    """The forum's monthly report (a PDF), made in the background: how far it is, and the file.
    Made on a coordinator's request from the dashboard, or by the scheduled job that emails it
    to the forum's members on the first working day of the month (`emailed_at`)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting")
        RUNNING = "running", _("being made")
        DONE = "done", _("ready")
        FAILED = "failed", _("failed")

    month = models.DateField(_("month"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    file = models.FileField(_("file"), upload_to=RandomName("insights"), blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("requested by"),
                                     null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("monthly report")
        verbose_name_plural = _("monthly reports")
        indexes = [models.Index(fields=["month", "status"], name="monthly_report_month")]
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100),
                                   name="monthly_report_progress_percent"),
        ]

    def __str__(self) -> str:
        return _("Monthly report %(month)s") % {"month": self.month.strftime("%Y-%m")}

    @property
    def is_working(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
