"""Full-text search on PostgreSQL: a tsvector column kept by a trigger, with a GIN index.

SQLite has no full-text type; there the search matches word prefixes instead.
"""

from django.db import migrations

FORWARD = """
ALTER TABLE zif_portal_searchentry ADD COLUMN search_vector tsvector;
UPDATE zif_portal_searchentry SET search_vector = to_tsvector('simple', text);
CREATE INDEX zif_search_vector_gin ON zif_portal_searchentry USING gin (search_vector);
CREATE TRIGGER zif_search_vector_update BEFORE INSERT OR UPDATE
    ON zif_portal_searchentry FOR EACH ROW
    EXECUTE FUNCTION tsvector_update_trigger(search_vector, 'pg_catalog.simple', text);
"""
BACKWARD = """
DROP TRIGGER IF EXISTS zif_search_vector_update ON zif_portal_searchentry;
DROP INDEX IF EXISTS zif_search_vector_gin;
ALTER TABLE zif_portal_searchentry DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("zif_portal", "0003_search_entry")]
    operations = [migrations.RunPython(forward, backward)]
