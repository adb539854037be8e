"""The full-text index of the search documents on PostgreSQL only (SQLite: 0002).

A generated `tsvector` column in the `simple` configuration: the terms are already normalised
and stemmed for Indonesian (PostgreSQL has no Indonesian stemmer), so `simple` only splits and
lower-cases them. Titles weigh more (A) than bodies (B). Generated, so no code writes it."""

from django.db import migrations

CREATE = [
    """ALTER TABLE search_document ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title_terms), 'A')
            || setweight(to_tsvector('simple', body_terms), 'B')
        ) STORED""",
    "CREATE INDEX search_document_vector_idx ON search_document USING GIN (search_vector)",
]
DROP = [
    "DROP INDEX IF EXISTS search_document_vector_idx",
    "ALTER TABLE search_document DROP COLUMN IF EXISTS search_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)
    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_sqlite_fts5_index")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
