"""Full-text search on SQLite: an FTS5 index of the search entries' folded text,
kept by triggers, with prefix indexes so that a word prefix is a lookup, not a scan.

`detail='none'` stores which entries hold a token and nothing more: the search only
asks for entries holding every word (a prefix AND), never phrases or positions, and
the index stays smaller than the table. Prefixes of 1 to 12 characters are indexed;
a longer word is still found, more slowly. PostgreSQL has its tsvector column and
GIN index (0004) instead.
"""

from django.db import migrations

FORWARD = [
    """CREATE VIRTUAL TABLE zif_portal_searchentry_fts USING fts5(
        text, content='zif_portal_searchentry', content_rowid='id',
        tokenize='unicode61', detail='none', prefix='1 2 3 4 5 6 7 8 9 10 11 12')""",
    """CREATE TRIGGER zif_search_fts_insert AFTER INSERT ON zif_portal_searchentry BEGIN
        INSERT INTO zif_portal_searchentry_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER zif_search_fts_delete AFTER DELETE ON zif_portal_searchentry BEGIN
        INSERT INTO zif_portal_searchentry_fts(zif_portal_searchentry_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER zif_search_fts_update AFTER UPDATE OF text ON zif_portal_searchentry
    BEGIN
        INSERT INTO zif_portal_searchentry_fts(zif_portal_searchentry_fts, rowid, text)
        VALUES ('delete', old.id, old.text);
        INSERT INTO zif_portal_searchentry_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    "INSERT INTO zif_portal_searchentry_fts(zif_portal_searchentry_fts) VALUES ('rebuild')",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS zif_search_fts_update",
    "DROP TRIGGER IF EXISTS zif_search_fts_delete",
    "DROP TRIGGER IF EXISTS zif_search_fts_insert",
    "DROP TABLE IF EXISTS zif_portal_searchentry_fts",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("zif_portal", "0006_citations")]
    operations = [migrations.RunPython(forward, backward)]
