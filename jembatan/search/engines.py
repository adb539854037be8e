"""One interface, two engines: which documents match the stems of a query, best first.

SQLite (the embedded default) asks the FTS5 table and ranks by bm25; PostgreSQL asks the GIN
index of the `tsvector` column and ranks by ts_rank_cd. Both weigh a title match four times a
body match and break ties by the newest document. Both receive only stems made of [a-z0-9-],
and still as query parameters.

Ranking costs time per matching document, so a query that matches more than RANKED_CANDIDATES
documents ranks only the most recently indexed ones (the highest ids: a document is written
anew whenever its object changes). A word in a tenth of a million reports then still answers
in a few tens of milliseconds; narrowing the search with a second word or a filter ranks
among everything that matches again.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection

RANKED_CANDIDATES = 10_000


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    agency_id: int | None = None


def facets(*, kind: str, agency_id: int | None) -> str:
    """The filters of a document as words for FTS5 (see SearchDocument.facets)."""
    return f"kind{kind}" + (f" agency{agency_id}" if agency_id else "")


class SqliteEngine:
    name = "sqlite-fts5"

    def match_ids(self, stems: list[str], filters: Filters, *, limit: int,
                  offset: int) -> list[int]:
        # Every stem quoted: never read as an FTS5 operator (AND, NOT, NEAR, column:).
        match = " ".join(f'"{stem}"' for stem in stems)
        if filters.kind:
            match += f' facets:"kind{filters.kind}"'
        if filters.agency_id:
            match += f' facets:"agency{int(filters.agency_id)}"'
        # The rowid bound lets FTS5 skip older matches inside its index (see RANKED_CANDIDATES).
        sql = """
            SELECT rowid FROM search_fts
            WHERE search_fts MATCH %s AND rowid >= coalesce((
                SELECT rowid FROM search_fts WHERE search_fts MATCH %s
                ORDER BY rowid DESC LIMIT 1 OFFSET %s), 0)
            ORDER BY bm25(search_fts, 4.0, 1.0, 0.0), rowid DESC
            LIMIT %s OFFSET %s"""
        with connection.cursor() as cursor:
            cursor.execute(sql, [match, match, RANKED_CANDIDATES - 1, limit, offset])
            return [row[0] for row in cursor.fetchall()]

    def optimize(self) -> None:
        """Merge the index's segments into one after a rebuild (FTS5 'optimize')."""
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


class PostgresEngine:
    name = "postgresql-tsvector"

    def match_ids(self, stems: list[str], filters: Filters, *, limit: int,
                  offset: int) -> list[int]:
        params: list = [" ".join(stems)]
        where = ""
        if filters.kind:
            where += " AND d.kind = %s"
            params.append(filters.kind)
        if filters.agency_id:
            where += " AND d.agency_id = %s"
            params.append(filters.agency_id)
        # Weights {D, C, B, A}: a title (A) match counts four times a body (B) one, as the
        # 4.0 of bm25 on SQLite. Only fixed fragments are joined; every value is a parameter.
        sql = ("""
            WITH query AS (SELECT plainto_tsquery('simple', %s) AS q),
            candidates AS (
                SELECT d.id, d.search_vector FROM search_document d, query
                WHERE d.search_vector @@ query.q""" + where + """
                ORDER BY d.id DESC LIMIT %s)
            SELECT c.id FROM candidates c, query
            ORDER BY ts_rank_cd('{0.1, 0.2, 0.25, 1.0}', c.search_vector, query.q) DESC,
                c.id DESC
            LIMIT %s OFFSET %s""")  # noqa: S608
        params += [RANKED_CANDIDATES, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def optimize(self) -> None:
        """Fresh statistics for the planner after a rebuild; the GIN index needs nothing."""
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_document")


def engine() -> SqliteEngine | PostgresEngine:
    if connection.vendor == "postgresql":
        return PostgresEngine()
    if connection.vendor == "sqlite":
        return SqliteEngine()
    raise NotImplementedError(f"no search engine for {connection.vendor}")
