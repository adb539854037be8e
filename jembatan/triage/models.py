"""Stored routing models (versioned, with their evaluation) and the coordinator's settings."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class RoutingModel(models.Model):
    """One trained router. The newest active one serves suggestions; older ones stay for
    comparison and roll-back."""

    class Kind(models.TextChoices):
        COLD_START = "cold_start", _("from the agencies' duties")
        TRAINED = "trained", _("trained on dispositions")

    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    n_examples = models.PositiveIntegerField(_("training examples"), default=0)
    n_agencies = models.PositiveIntegerField(_("agencies"), default=0)
    accuracy = models.FloatField(_("accuracy on held-out decisions"), null=True, blank=True)
    macro_f1 = models.FloatField(_("macro-F1 on held-out decisions"), null=True, blank=True)
    evaluation = models.JSONField(_("evaluation"), default=dict, blank=True)
    blob = models.BinaryField(_("trained model data"), editable=False)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("routing model")
        verbose_name_plural = _("routing models")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"v{self.pk} {self.get_kind_display()}"


class TriageSettings(models.Model):
    """What the coordinator decides about automation (one row)."""

    auto_dispose = models.BooleanField(
        _("assign automatically"), default=False,
        help_text=_("Send new reports to the suggested agency without a coordinator when the "
                    "model is at least this sure. Every automatic decision is audited."),
    )
    auto_dispose_threshold = models.FloatField(
        _("confidence needed"), default=0.9,
        help_text=_("Between 0.5 and 1. Check the model's accuracy first."),
    )
    retrain_after = models.PositiveIntegerField(
        _("retrain after this many new decisions"), default=50,
    )
    taxonomy_changed_at = models.DateTimeField(
        _("taxonomy last changed"), null=True, blank=True, editable=False,
        help_text=_("A trained model older than this is retrained at the next scheduled run."),
    )
    singleton = models.BooleanField(_("single record"), default=True, editable=False, unique=True)

    class Meta:
        verbose_name = _("triage settings")
        verbose_name_plural = _("triage settings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(auto_dispose_threshold__gte=0.5)
                & models.Q(auto_dispose_threshold__lte=1),
                name="auto_dispose_threshold_range",
            )
        ]

    def __str__(self) -> str:
        return str(_("Triage settings"))

    @classmethod
    def current(cls) -> TriageSettings:
        settings, _created = cls.objects.get_or_create(singleton=True)
        return settings


class Topic(models.Model):
    """One topic of the routing taxonomy, editable by coordinators.

    The project ships its taxonomy in lexicon/taxonomy.tsv; `migrate` loads it into this table
    (see actions.taxonomy_sync_shipped). A shipped topic that a coordinator edited is never
    overwritten by a later version of the file; one left as shipped follows the file.
    """

    name = models.SlugField(
        _("name"), max_length=80, unique=True,
        help_text=_("A short key in lower case, for example jalan_rusak or kartu_kuning."),
    )
    message_keywords = models.TextField(
        _("what citizens write"),
        help_text=_("Words and phrases citizens use for this matter, formal, informal and "
                    "Javanese, separated by commas. One spelling per standard form is enough."),
    )
    agency_kinds = models.TextField(
        _("kinds of agency"), blank=True,
        help_text=_("Words in the names of the bodies that handle this matter (Dinas "
                    "Perhubungan, BPBD, PLN…), separated by commas."),
    )
    duty_keywords = models.TextField(
        _("words in the agencies' duties"), blank=True,
        help_text=_("Words and phrases from the duty descriptions of those bodies, separated "
                    "by commas."),
    )
    is_active = models.BooleanField(
        _("active"), default=True,
        help_text=_("Inactive topics are not used for routing."),
    )
    is_shipped = models.BooleanField(_("shipped with Jembatan"), default=False, editable=False)
    is_customized = models.BooleanField(
        _("changed by a coordinator"), default=False, editable=False,
        help_text=_("Shipped topics changed here keep their words when Jembatan is updated."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("routing topic")
        verbose_name_plural = _("routing topics")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
