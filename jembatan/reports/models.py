"""Public reports: what a citizen sent, who handles it, its clock, and everything said about it.

A report can arrive through any channel (web form, API, an officer entering a phone call, later
WhatsApp, social comments and email): the channel is a field, the lifecycle is the same.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core.files import RandomName, StoredFile
from jembatan.core.models import Agency, Region


class Kind(models.TextChoices):
    PENGADUAN = "pengaduan", _("complaint")
    ASPIRASI = "aspirasi", _("suggestion")
    INFORMASI = "informasi", _("request for information")
    PERTANYAAN = "pertanyaan", _("question")


class Privacy(models.TextChoices):
    PUBLIK = "publik", _("public")
    ANONIM = "anonim", _("anonymous")
    RAHASIA = "rahasia", _("confidential")


class Status(models.TextChoices):
    BARU = "baru", _("new")
    DIDISPOSISIKAN = "didisposisikan", _("assigned")
    DIPROSES = "diproses", _("in progress")
    DITINDAKLANJUTI = "ditindaklanjuti", _("answered")
    SELESAI = "selesai", _("closed")
    DITOLAK = "ditolak", _("rejected")
    DITUNDA = "ditunda", _("on hold")
    DIGABUNG = "digabung", _("merged")


OPEN_STATUSES = (
    Status.BARU, Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITINDAKLANJUTI, Status.DITUNDA,
)
# Reports in these states are visible on the public list (never rahasia ones): verified and not
# rejected, so unverified or abusive text never reaches the public.
PUBLIC_LIST_STATUSES = (
    Status.DIDISPOSISIKAN, Status.DIPROSES, Status.DITINDAKLANJUTI, Status.SELESAI, Status.DITUNDA,
)


class Channel(models.TextChoices):
    WEB = "web", _("web form")
    API = "api", _("API")
    PHONE = "telepon", _("phone")
    WALK_IN = "datang", _("walk-in")
    LETTER = "surat", _("letter")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")
    FACEBOOK = "facebook", _("Facebook")
    INSTAGRAM = "instagram", _("Instagram")
    EMAIL = "email", _("email")
    OPEN311 = "open311", _("Open311")
    LAPOR = "lapor", _("SP4N-LAPOR!")


OFFICER_ENTRY_CHANNELS = (Channel.PHONE, Channel.WALK_IN, Channel.LETTER, Channel.SMS)


class Stage(models.TextChoices):
    """Which legal clock a deadline belongs to."""

    VERIFICATION = "verification", _("verification by the coordinator")
    FOLLOW_UP = "follow_up", _("follow-up by the agency")
    INFORMATION = "information", _("answer to the information request")
    OBJECTION = "objection", _("answer to the objection")


class RejectionReason(models.TextChoices):
    OUTSIDE_REMIT = "outside_remit", _("outside the government's remit")
    INCOMPLETE = "incomplete", _("incomplete information")
    ABUSIVE = "abusive", _("abusive or offensive content")
    DUPLICATE = "duplicate", _("duplicate of another report")
    NOT_A_REPORT = "not_a_report", _("not a report (test, advertisement, spam)")


class Category(models.Model):
    """A topic the coordinator maintains, with the agency that usually handles it."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    default_agency = models.ForeignKey(
        Agency,
        verbose_name=_("usual agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="default_categories",
        help_text=_("Suggested to the coordinator when a report of this category arrives."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ClockPolicy(models.Model):
    """Overrides the legal default number of working days for one stage, kind and/or agency."""

    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, blank=True,
        help_text=_("Empty: every kind."),
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), null=True, blank=True, on_delete=models.CASCADE,
        help_text=_("Empty: every agency."),
    )
    working_days = models.PositiveSmallIntegerField(_("working days"))

    class Meta:
        verbose_name = _("clock policy")
        verbose_name_plural = _("clock policies")
        constraints = [
            # Two partial constraints instead of NULLS NOT DISTINCT, which SQLite lacks.
            models.UniqueConstraint(
                fields=["stage", "kind", "agency"], name="one_clock_policy_per_agency_scope",
                condition=Q(agency__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["stage", "kind"], name="one_clock_policy_per_global_scope",
                condition=Q(agency__isnull=True),
            ),
            models.CheckConstraint(
                condition=Q(working_days__gte=1) & Q(working_days__lte=120),
                name="clock_policy_days_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_stage_display()}: {self.working_days}"


class Report(models.Model):
    tracking_code = models.CharField(_("tracking code"), max_length=20, unique=True)
    access_key_hash = models.CharField(_("reporter's access key"), max_length=128, editable=False)
    idempotency_key = models.CharField(_("duplicate submission guard"), max_length=100, null=True,
                                       blank=True, unique=True, editable=False)

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    privacy = models.CharField(
        _("privacy"), max_length=10, choices=Privacy.choices, default=Privacy.PUBLIK
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.BARU
    )
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.WEB
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="reports",
    )

    kecamatan = models.ForeignKey(
        Region, verbose_name=_("kecamatan"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    desa = models.ForeignKey(
        Region, verbose_name=_("desa/kelurahan"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    address = models.CharField(_("address or landmark"), max_length=255, blank=True)
    latitude = models.DecimalField(_("Latitude"), max_digits=9, decimal_places=6, null=True,
                                   blank=True)
    longitude = models.DecimalField(_("Longitude"), max_digits=9, decimal_places=6, null=True,
                                    blank=True)

    # Who sent it. Never shown to the public or to the agency when privacy is anonim.
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reporter account"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="reports",
    )
    reporter_name = models.CharField(_("reporter name"), max_length=150, blank=True)
    reporter_email = models.EmailField(_("reporter email"), blank=True)
    reporter_phone = models.CharField(_("reporter phone"), max_length=20, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("entered by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("The officer who entered a report received by phone, in person or by letter."),
    )

    lead_agency = models.ForeignKey(
        Agency, verbose_name=_("lead agency"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="lead_reports",
    )
    supporting_agencies = models.ManyToManyField(
        Agency, verbose_name=_("supporting agencies"), blank=True,
        related_name="supporting_reports",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("assigned officer"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="assigned_reports",
    )
    is_returned = models.BooleanField(_("returned by an agency"), default=False)
    merged_into = models.ForeignKey(
        "self", verbose_name=_("merged into"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="merged_reports",
    )
    rejection_reason = models.CharField(
        _("rejection reason"), max_length=20, choices=RejectionReason.choices, blank=True
    )
    is_urgent = models.BooleanField(_("urgent"), default=False)
    urgency_signals = models.JSONField(_("signs of urgency"), default=list, blank=True,
                                       editable=False)
    # Why the urgency reading came out as it did: the words, the kinds of danger and the reading
    # of time (jembatan.triage.urgency.UrgencyResult.reason).
    urgency_reason = models.JSONField(_("why it was read as urgent"), default=dict, blank=True,
                                      editable=False)
    # Set when staff corrected the flag; such reports teach the next urgency reading.
    urgency_corrected_at = models.DateTimeField(_("urgency corrected by staff"), null=True,
                                                blank=True, editable=False)

    # What the triage models suggested when the report arrived (see jembatan.triage).
    suggested_agency = models.ForeignKey(
        Agency, verbose_name=_("suggested agency"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    suggestion_confidence = models.FloatField(_("confidence of the suggestion"), null=True,
                                              blank=True, editable=False)
    suggestion_reasons = models.JSONField(_("reasons for the suggestion"), default=list, blank=True,
                                          editable=False)
    suggestions = models.JSONField(_("agencies suggested"), default=list, blank=True,
                                   editable=False)
    is_auto_disposed = models.BooleanField(_("assigned automatically"), default=False)

    # The clock. deadline = add_working_days(deadline_start, deadline_days), kept as a column so
    # lists can filter and sort by it; recomputed when the calendar changes.
    deadline_stage = models.CharField(_("deadline stage"), max_length=20, choices=Stage.choices,
                                      blank=True)
    deadline_start = models.DateTimeField(_("deadline counted from"), null=True, blank=True)
    deadline_days = models.PositiveSmallIntegerField(_("working days allowed"), null=True,
                                                     blank=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    held_status = models.CharField(_("status before the hold"), max_length=20,
                                   choices=Status.choices, blank=True)
    held_days_left = models.PositiveSmallIntegerField(_("working days left at the hold"), null=True,
                                                      blank=True)
    is_extended = models.BooleanField(_("extended"), default=False)
    reminded_for = models.DateTimeField(_("reminder sent for the deadline"), null=True, blank=True,
                                        editable=False)
    overdue_notified_for = models.DateTimeField(_("overdue notice sent for the deadline"),
                                                null=True, blank=True, editable=False)

    created_at = models.DateTimeField(_("received"), db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    disposed_at = models.DateTimeField(_("disposed"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    auto_close_at = models.DateTimeField(_("closes automatically"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at", "-id"]
        indexes = [
            # Inbox lists: newest first within a status / an agency, and the public list.
            models.Index(fields=["status", "-created_at", "-id"], name="report_status_new"),
            models.Index(fields=["lead_agency", "status", "-created_at", "-id"],
                         name="report_agency_status_new"),
            models.Index(fields=["lead_agency", "-created_at", "-id"], name="report_agency_new"),
            models.Index(fields=["kind", "-created_at", "-id"], name="report_kind_new"),
            models.Index(fields=["kecamatan", "-created_at", "-id"], name="report_kec_new"),
            models.Index(fields=["channel", "-created_at", "-id"], name="report_channel_new"),
            models.Index(fields=["privacy", "status", "-created_at", "-id"],
                         name="report_public_new"),
            models.Index(fields=["deadline"], name="report_deadline",
                         condition=Q(deadline__isnull=False)),
            # The overdue list: reports with a running clock, newest first. Partial, so it holds
            # only open reports and stays small however many closed ones pile up.
            models.Index(fields=["-created_at", "-id"], name="report_clock_running_new",
                         condition=Q(deadline__isnull=False)),
            models.Index(fields=["auto_close_at"], name="report_auto_close",
                         condition=Q(auto_close_at__isnull=False)),
            models.Index(fields=["assigned_to", "-created_at", "-id"], name="report_assignee_new"),
            models.Index(fields=["reporter", "-created_at"], name="report_reporter_new"),
            # The open-work tab, by what must be done first (reports.selectors.
            # inbox_orders_by_deadline), read as two ranges: the reports with a deadline, then
            # those without one. Not partial on the open states: SQLite uses a partial index
            # only when the query repeats its condition in literals, and Django binds them.
            models.Index(fields=["deadline", "created_at", "id"], name="report_due"),
            models.Index(fields=["lead_agency", "deadline", "created_at", "id"],
                         name="report_agency_due"),
            # The urgent box: the newest urgent open reports. The lead agency is the last key
            # so that an agency's box is read from the index alone (reports_urgent_open), not
            # from a table row for every other agency's urgent report.
            models.Index(fields=["-created_at", "-id", "lead_agency"],
                         name="report_urgent_open_new",
                         condition=Q(is_urgent=True, status__in=["baru", "didisposisikan",
                                                                  "diproses", "ditunda"])),
            # The staff's urgency corrections, the few reports that teach the urgency reading:
            # every triage (and every task's warm-up) asks for the latest one. Without this
            # index that is a scan of the whole table (0.4 s at a million reports).
            models.Index(fields=["urgency_corrected_at"], name="report_urgency_corrected",
                         condition=Q(urgency_corrected_at__isnull=False)),
            # The coordinator's "new" and "returned" tab counts (report_counts_for_coordinator):
            # one index-only read of the new reports, not of every report ever received.
            models.Index(fields=["is_returned"], name="report_new_returned",
                         condition=Q(status="baru")),
            # A report's similar open reports nearby (routing.similar_open_reports, on the staff
            # page and at submission): one kecamatan's open reports of the last 30 days, without
            # reading every report the kecamatan ever had.
            models.Index(fields=["kecamatan", "-created_at"], name="report_kec_open_new",
                         condition=Q(status__in=OPEN_STATUSES)),
            # A conversation's page lists the same person's reports by phone number or email
            # address (connectors.selectors.earlier_contacts): without these, a scan of every
            # report (120 ms at a million).
            models.Index(fields=["reporter_phone", "-created_at"], name="report_phone_new"),
            models.Index(fields=["reporter_email", "-created_at"], name="report_email_new"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="digabung") | Q(merged_into__isnull=False),
                name="merged_report_points_to_original",
            ),
        ]

    def __str__(self) -> str:
        return self.tracking_code

    def get_absolute_url(self) -> str:
        return reverse("reports:detail", kwargs={"code": self.tracking_code})

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def handling_agency_ids(self) -> set[int]:
        ids = {agency.pk for agency in self.supporting_agencies.all()}
        if self.lead_agency_id:
            ids.add(self.lead_agency_id)
        return ids


class Message(models.Model):
    """A public reply (the reporter sees it) or an internal note (staff only)."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("public reply")
        INTERNAL = "internal", _("internal note")

    report = models.ForeignKey(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                               related_name="messages")
    visibility = models.CharField(_("visibility"), max_length=10, choices=Visibility.choices)
    body = models.TextField(_("message"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    # For the public: the agency's name or "Pelapor"; never a person's name on anonim reports.
    author_agency = models.ForeignKey(
        Agency, verbose_name=_("author's agency"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    from_reporter = models.BooleanField(_("from the reporter"), default=False)
    created_at = models.DateTimeField(_("sent"), db_index=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["report", "created_at"])]

    def __str__(self) -> str:
        return f"{self.report} · {self.get_visibility_display()}"


class Attachment(StoredFile):
    report = models.ForeignKey(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                               related_name="attachments")
    message = models.ForeignKey(
        Message, verbose_name=_("message"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = models.FileField(_("file"), upload_to=RandomName("reports"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")


class Event(models.Model):
    """One step on the report's timeline. The audit log keeps the full before/after for staff."""

    report = models.ForeignKey(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                               related_name="events")
    action = models.CharField(_("action"), max_length=30)
    from_status = models.CharField(_("previous status"), max_length=20, choices=Status.choices,
                                   blank=True)
    to_status = models.CharField(_("new status"), max_length=20, choices=Status.choices, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("actor"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    is_public = models.BooleanField(_("shown to the public"), default=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("time"), db_index=True)

    class Meta:
        verbose_name = _("timeline event")
        verbose_name_plural = _("timeline events")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["report", "created_at"])]

    def __str__(self) -> str:
        return f"{self.report} {self.action}"


class Rating(models.Model):
    report = models.OneToOneField(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                                  related_name="rating")
    score = models.PositiveSmallIntegerField(_("score"))
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("rated"), default=timezone.now)

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=1) & Q(score__lte=5), name="rating_score_1_to_5"
            )
        ]

    def __str__(self) -> str:
        return f"{self.report}: {self.score}"


class Objection(models.Model):
    """Keberatan (UU 14/2008 art. 35–36): filed within 30 working days, answered within 30."""

    report = models.OneToOneField(Report, verbose_name=_("report"), on_delete=models.CASCADE,
                                  related_name="objection")
    reason = models.TextField(_("reason"))
    created_at = models.DateTimeField(_("filed"))
    deadline = models.DateTimeField(_("deadline"))
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("answered by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = _("objection")
        verbose_name_plural = _("objections")
        indexes = [models.Index(fields=["deadline"], condition=Q(answered_at__isnull=True),
                                name="objection_open_deadline")]

    def __str__(self) -> str:
        return f"{self.report}"


class CannedResponse(models.Model):
    """A reusable answer (template jawaban). Placeholders: {nama}, {kode}, {tenggat}."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="canned_responses", help_text=_("Empty: available to every agency."),
    )
    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(_("text"))

    class Meta:
        verbose_name = _("canned response")
        verbose_name_plural = _("canned responses")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class SavedFilter(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="saved_report_filters")
    name = models.CharField(_("name"), max_length=80)
    query = models.CharField(_("search query"), max_length=500)

    class Meta:
        verbose_name = _("saved filter")
        verbose_name_plural = _("saved filters")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="saved_filter_name_per_user")
        ]

    def __str__(self) -> str:
        return self.name
