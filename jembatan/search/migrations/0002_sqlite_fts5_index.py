"""The FTS5 index of the search documents, on SQLite only (PostgreSQL: 0003).

An external-content table: FTS5 stores only its inverted index and reads `search_document`
itself; the triggers keep the two in step, so every write of a document (ORM or bulk) updates
the index in the same transaction. `facets` holds the filters as words (see the model). The
stems are already lower-case ASCII, so the plain `unicode61` tokenizer splits them as they were
written."""

from django.db import migrations

CREATE = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title_terms, body_terms, facets, content='search_document', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0')""",
    """CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN
        INSERT INTO search_fts(rowid, title_terms, body_terms, facets)
        VALUES (new.id, new.title_terms, new.body_terms, new.facets);
    END""",
    """CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms, facets)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.facets);
    END""",
    """CREATE TRIGGER search_document_au AFTER UPDATE OF title_terms, body_terms, facets
        ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms, facets)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.facets);
        INSERT INTO search_fts(rowid, title_terms, body_terms, facets)
        VALUES (new.id, new.title_terms, new.body_terms, new.facets);
    END""",
]
DROP = [
    "DROP TRIGGER IF EXISTS search_document_au",
    "DROP TRIGGER IF EXISTS search_document_ad",
    "DROP TRIGGER IF EXISTS search_document_ai",
    "DROP TABLE IF EXISTS search_fts",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        for statement in statements:
            schema_editor.execute(statement)
    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
