"""The database refuses a reference date in the future (a CHECK constraint cannot
read today's date on SQLite, so triggers do it, on SQLite and PostgreSQL alike)."""

from django.db import migrations

TABLES = ("indicators_observation", "indicators_census")

SQLITE = """
CREATE TRIGGER IF NOT EXISTS {table}_no_future_{op}
BEFORE {op} ON {table}
FOR EACH ROW WHEN NEW.reference_date > date('now')
BEGIN SELECT RAISE(ABORT, 'reference date in the future'); END;
"""

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION indicators_no_future_reference_date() RETURNS trigger AS $$
BEGIN
  IF NEW.reference_date > CURRENT_DATE THEN
    RAISE EXCEPTION 'reference date in the future' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END; $$ LANGUAGE plpgsql;
"""

POSTGRES = """
DROP TRIGGER IF EXISTS {table}_no_future ON {table};
CREATE TRIGGER {table}_no_future BEFORE INSERT OR UPDATE ON {table}
FOR EACH ROW EXECUTE FUNCTION indicators_no_future_reference_date();
"""


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for table in TABLES:
            for op in ("INSERT", "UPDATE"):
                schema_editor.execute(SQLITE.format(table=table, op=op))
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_FUNCTION)
        for table in TABLES:
            schema_editor.execute(POSTGRES.format(table=table))


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in TABLES:
        if vendor == "sqlite":
            for op in ("INSERT", "UPDATE"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_no_future_{op}")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_no_future ON {table}")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS indicators_no_future_reference_date()")


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
