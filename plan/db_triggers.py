"""The database refuses a project that would be a part of one of its own parts.

A CheckConstraint refuses a project that is its own parent; a longer cycle needs to
look up the chain of parents, which only a trigger can do. Only an update can close
a cycle (a new row has no parts yet). The trigger is created by migration 0003 and
again after every migrate (post_migrate), because SQLite drops a table's triggers
when a migration rebuilds the table.
"""

SQLITE = """
CREATE TRIGGER IF NOT EXISTS plan_project_part_cycle
BEFORE UPDATE OF parent_id ON plan_project
WHEN NEW.parent_id IS NOT NULL AND EXISTS (
    WITH RECURSIVE ancestors(id) AS (
        SELECT NEW.parent_id
        UNION
        SELECT p.parent_id FROM plan_project p JOIN ancestors a ON p.id = a.id
        WHERE p.parent_id IS NOT NULL
    )
    SELECT 1 FROM ancestors WHERE id = NEW.id
)
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: project_part_cycle');
END;
"""

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION plan_project_part_cycle() RETURNS trigger AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL AND EXISTS (
        WITH RECURSIVE ancestors(id) AS (
            SELECT NEW.parent_id
            UNION
            SELECT p.parent_id FROM plan_project p JOIN ancestors a ON p.id = a.id
            WHERE p.parent_id IS NOT NULL
        )
        SELECT 1 FROM ancestors WHERE id = NEW.id
    ) THEN
        RAISE EXCEPTION 'project_part_cycle: a project cannot be a part of its own parts'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
"""

POSTGRES_TRIGGER = """
DROP TRIGGER IF EXISTS plan_project_part_cycle ON plan_project;
CREATE TRIGGER plan_project_part_cycle
BEFORE UPDATE OF parent_id ON plan_project
FOR EACH ROW EXECUTE FUNCTION plan_project_part_cycle();
"""


def ensure_part_cycle_trigger(connection):
    if "plan_project" not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(SQLITE)
        elif connection.vendor == "postgresql":
            cursor.execute(POSTGRES_FUNCTION)
            cursor.execute(POSTGRES_TRIGGER)


def drop_part_cycle_trigger(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER IF EXISTS plan_project_part_cycle")
        elif connection.vendor == "postgresql":
            cursor.execute("DROP TRIGGER IF EXISTS plan_project_part_cycle ON plan_project")
            cursor.execute("DROP FUNCTION IF EXISTS plan_project_part_cycle()")


def after_migrate(sender, using="default", **kwargs):
    from django.db import connections

    ensure_part_cycle_trigger(connections[using])
