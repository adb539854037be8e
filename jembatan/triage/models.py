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
    blob = models.BinaryField(editable=False)
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
    singleton = models.BooleanField(default=True, editable=False, unique=True)

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
