"""The regency itself: its jurisdiction, regions, agencies, people, audit trail and days off."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jembatan.core.files import RandomName
from jembatan.core.phone import normalize_phone

JURISDICTION_CACHE_KEY = "core:jurisdiction"


class Jurisdiction(models.Model):
    """The one government this installation serves (e.g. Kabupaten Wonosobo)."""

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60)
    code = models.CharField(
        _("tracking code prefix"),
        max_length=5,
        help_text=_("Three to five capital letters that start every tracking code, e.g. WSB."),
    )
    region_code = models.CharField(
        _("Kemendagri region code"), max_length=13, help_text=_("For example 33.07.")
    )
    logo = models.ImageField(_("logo"), upload_to=RandomName("jurisdiction"), blank=True)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    public_settings = models.JSONField(
        _("public settings"),
        default=dict,
        blank=True,
        help_text=_("Settings shown to the public site, such as social media links."),
    )
    observe_cuti_bersama = models.BooleanField(
        _("observe cuti bersama"),
        default=True,
        help_text=_("Count the national collective leave days as days off on every clock."),
    )
    require_staff_two_factor = models.BooleanField(
        _("require two-step sign-in for coordinators and agency admins"),
        default=False,
        help_text=_("Coordinators and agency admins must confirm each sign-in with a code from "
                    "an authenticator app; those without one are asked to set it up."),
    )
    consultations_require_review = models.BooleanField(
        _("public consultations need the coordinator's review"),
        default=False,
        help_text=_("An agency submits a public consultation for review; it is published when "
                    "a coordinator approves it."),
    )
    singleton = models.BooleanField(_("single record"), default=True, editable=False)

    class Meta:
        verbose_name = _("jurisdiction")
        verbose_name_plural = _("jurisdictions")
        constraints = [
            # One jurisdiction per installation: the constant column makes a second row fail.
            models.UniqueConstraint(fields=["singleton"], name="one_jurisdiction"),
        ]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def current(cls) -> Jurisdiction | None:
        return cls.objects.first()

    @classmethod
    def kept(cls) -> Jurisdiction | None:
        """The jurisdiction from the shared cache, read from the database when it has none.
        Saving or deleting the jurisdiction drops the copy at once and after the commit
        (core.context_processors.forget_jurisdiction)."""
        from django.core.cache import cache

        current = cache.get(JURISDICTION_CACHE_KEY)
        if current is None:
            current = cls.current() or False
            cache.set(JURISDICTION_CACHE_KEY, current, 300)
        return current or None


class Region(models.Model):
    """A kecamatan or desa/kelurahan, keyed by its official Kemendagri code."""

    class Level(models.TextChoices):
        KECAMATAN = "kecamatan", _("kecamatan")
        DESA = "desa", _("desa")
        KELURAHAN = "kelurahan", _("kelurahan")

    code = models.CharField(_("Kemendagri code"), max_length=13, primary_key=True)
    name = models.CharField(_("name"), max_length=120)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("kecamatan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]
        indexes = [models.Index(fields=["level", "name"])]

    def __str__(self) -> str:
        if self.level == self.Level.KECAMATAN:
            return _("Kecamatan %(name)s") % {"name": self.name}
        if self.level == self.Level.KELURAHAN:
            return _("Kelurahan %(name)s") % {"name": self.name}
        return _("Desa %(name)s") % {"name": self.name}


class AgencyQuerySet(models.QuerySet):
    def active(self) -> AgencyQuerySet:
        return self.filter(is_active=True)


class Agency(models.Model):
    """A public-facing body: perangkat daerah, kecamatan, desa, instansi vertikal, BUMN, BUMD…"""

    class Kind(models.TextChoices):
        PERANGKAT_DAERAH = "perangkat_daerah", _("regional government office")
        KECAMATAN = "kecamatan", _("sub-district office")
        DESA = "desa", _("village or urban village")
        INSTANSI_VERTIKAL = "instansi_vertikal", _("central government agency")
        BUMN = "bumn", _("state-owned enterprise")
        BUMD = "bumd", _("regional-owned enterprise")
        LAINNYA = "lainnya", _("other public body")

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agencies",
        help_text=_("For kecamatan and desa offices: the area they serve."),
    )
    duties = models.TextField(
        _("duties"),
        blank=True,
        help_text=_("What this body is responsible for, in plain words; used to route messages."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    service_hours = models.CharField(_("service hours"), max_length=255, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "is_active"])]

    def __str__(self) -> str:
        return self.short_name or self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:agency", kwargs={"slug": self.slug})


class User(AbstractUser):
    """Anyone who logs in: coordinators, agency staff and citizens with an account."""

    # AbstractUser's first/last name do not fit Indonesian names (many have one word only).
    first_name = None
    last_name = None
    full_name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(
        _("phone"), max_length=20, blank=True, help_text=_("Stored as +62… whatever was typed.")
    )
    is_coordinator = models.BooleanField(
        _("coordinator"),
        default=False,
        help_text=_("Hub administrators (usually Diskominfo): verify, dispose and monitor."),
    )

    objects = UserManager()

    REQUIRED_FIELDS = ["email"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            # Email is a login name too, so two accounts may not share one.
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="user_email_unique_ci",
            )
        ]

    def __str__(self) -> str:
        return self.full_name or self.username

    def save(self, *args, **kwargs) -> None:
        self.email = (self.email or "").strip().lower()
        if self.phone:
            self.phone = normalize_phone(self.phone) or self.phone
        super().save(*args, **kwargs)

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.username


class Membership(models.Model):
    """A person working for an agency, as officer or as the agency's admin."""

    class Role(models.TextChoices):
        OFFICER = "officer", _("officer")
        AGENCY_ADMIN = "agency_admin", _("agency admin")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.OFFICER)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "agency"], name="one_membership_per_agency")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.agency}"


class AuditEntryQuerySet(models.QuerySet):
    """Bulk writes are refused too: the log is append-only whichever way it is reached."""

    def update(self, **kwargs):
        raise PermissionError("Audit entries are append-only.")

    def delete(self):
        raise PermissionError("Audit entries are append-only.")


class AuditEntry(models.Model):
    """One thing someone did. Written only by actions.audit_record; never changed or deleted."""

    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    actor_label = models.CharField(
        _("actor name"), max_length=150, help_text=_("Kept even if the account is removed.")
    )
    action = models.CharField(_("action"), max_length=60)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("object type"), on_delete=models.PROTECT
    )
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("object"), max_length=200)
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    changes = models.JSONField(
        _("changes"), default=dict, blank=True, help_text=_("Field: [before, after].")
    )
    note = models.TextField(_("note"), blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["content_type", "object_id", "-created_at"]),
            models.Index(fields=["agency", "-created_at"]),
            models.Index(fields=["actor", "-created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label}: {self.action}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise PermissionError("Audit entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Audit entries are append-only.")

    @property
    def action_label(self) -> str:
        from jembatan.core.audit_labels import action_label

        return action_label(self.action)


class DayOff(models.Model):
    """A day the coordinator adds to (or takes off) the national holiday calendar."""

    class Kind(models.TextChoices):
        CUTI_BERSAMA = "cuti_bersama", _("collective leave (cuti bersama)")
        LOCAL = "local", _("local holiday")
        OTHER = "other", _("other day off")
        WORKING_DAY = "working_day", _("working day (cancels a holiday)")

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.LOCAL)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("day off")
        verbose_name_plural = _("days off")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.name}"


class PendingWork(models.Model):
    """A key waiting for a coalesced task (core/background.enqueue_coalesced): written in the
    transaction of the change it follows, taken (and deleted) by the one run that does the work
    for every key waiting, so a hundred reports a second ask for one recount, not a hundred."""

    task_path = models.CharField(_("task"), max_length=200)
    key = models.JSONField(_("key"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("pending background work")
        verbose_name_plural = _("pending background work")
        indexes = [models.Index(fields=["task_path", "id"], name="pending_work_task")]

    def __str__(self) -> str:
        return self.task_path


class ScheduledJob(models.Model):
    """When each periodic job last ran, so coordinators can see the clocks are ticking."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    last_enqueued_at = models.DateTimeField(_("last started"), null=True, blank=True)
    last_result_id = models.CharField(_("last task reference"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("scheduled job")
        verbose_name_plural = _("scheduled jobs")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SentEmail(models.Model):
    """An email a background task has sent, so that running the task again (after its worker
    died, or when a coordinator retries it) does not send it twice.

    `key` is a SHA-256 of what identifies the email (the task run or event, and the address),
    so no address is stored a second time.
    """

    key = models.CharField(_("email fingerprint"), max_length=64, unique=True)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("sent email")
        verbose_name_plural = _("sent emails")

    def __str__(self) -> str:
        return self.key
