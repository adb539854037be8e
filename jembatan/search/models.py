"""The search index: one row per public document, derived from the domains' own tables.

`title_terms` and `body_terms` hold the normalised, Sastrawi-stemmed words, so both engines
match stems with a language-neutral tokenizer: FTS5 (`search_fts`, a virtual table kept in step
by triggers, SQLite only) and a generated `tsvector` column with a GIN index (PostgreSQL only).
Both are created by migrations that run on their own database only; Django's models know
neither."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from jembatan.core.models import Agency


class SearchDocument(models.Model):
    kind = models.CharField(_("kind"), max_length=20)
    object_id = models.PositiveBigIntegerField(_("object"))
    agency = models.ForeignKey(Agency, verbose_name=_("agency"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("link"), max_length=500)
    date = models.DateTimeField(_("date"), null=True, blank=True)
    title_terms = models.TextField(_("title search terms"), blank=True)
    body_terms = models.TextField(_("text search terms"), blank=True)
    # The filters as words ("kindberita agency12"), so that FTS5 applies them inside its own
    # index instead of looking up every match's row; PostgreSQL filters on the columns.
    facets = models.CharField(_("search filters"), max_length=100, blank=True)
    indexed_at = models.DateTimeField(_("indexed"), auto_now=True)

    class Meta:
        db_table = "search_document"
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique"),
        ]
        indexes = [models.Index(fields=["agency"], name="search_document_agency_idx")]

    def __str__(self) -> str:
        return self.title
