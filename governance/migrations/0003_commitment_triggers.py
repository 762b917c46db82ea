"""Rules that span tables, enforced by the database itself (triggers), so that no
write path (admin, loader, shell, raw SQL) can store them:

- an action plan is adopted only at a meeting of a Binational Cabinet or of the
  Neighbourhood Commission;
- a commitment's status change, and a plan's fulfilment report, is not dated
  before the meeting that adopted the plan.
"""

from django.db import migrations

KINDS = "('cabinet', 'commission')"

SQLITE = [
    # (name, table, condition, message)
    (
        "governance_actionplan_kind",
        "governance_actionplan",
        "(SELECT c.kind FROM governance_meeting m JOIN governance_coordinationmechanism c "
        f"ON c.id = m.mechanism_id WHERE m.id = NEW.meeting_id) NOT IN {KINDS}",
        "action_plan_meeting_kind: only a Binational Cabinet or the Neighbourhood "
        "Commission adopts action plans",
    ),
    (
        "governance_status_after_meeting",
        "governance_commitmentstatuschange",
        "NEW.date < (SELECT m.date FROM governance_commitment c JOIN governance_actionplan p "
        "ON p.id = c.plan_id JOIN governance_meeting m ON m.id = p.meeting_id "
        "WHERE c.id = NEW.commitment_id)",
        "status_change_after_meeting: a status is not dated before the meeting of the plan",
    ),
    (
        "governance_fulfilment_after_meeting",
        "governance_fulfilmentreport",
        "NEW.date < (SELECT m.date FROM governance_actionplan p JOIN governance_meeting m "
        "ON m.id = p.meeting_id WHERE p.id = NEW.plan_id)",
        "fulfilment_after_meeting: a report is not dated before the meeting of the plan",
    ),
]


def sqlite_statements():
    for name, table, condition, message in SQLITE:
        for event in ("INSERT", "UPDATE"):
            yield (
                f"CREATE TRIGGER {name}_{event.lower()} BEFORE {event} ON {table} "
                f"FOR EACH ROW WHEN {condition} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END;"
            )


POSTGRES = [
    (
        "governance_actionplan_kind",
        "governance_actionplan",
        "IF (SELECT c.kind FROM governance_meeting m JOIN governance_coordinationmechanism c "
        f"ON c.id = m.mechanism_id WHERE m.id = NEW.meeting_id) NOT IN {KINDS} THEN",
        SQLITE[0][3],
    ),
    (
        "governance_status_after_meeting",
        "governance_commitmentstatuschange",
        "IF NEW.date < (SELECT m.date FROM governance_commitment c JOIN governance_actionplan p "
        "ON p.id = c.plan_id JOIN governance_meeting m ON m.id = p.meeting_id "
        "WHERE c.id = NEW.commitment_id) THEN",
        SQLITE[1][3],
    ),
    (
        "governance_fulfilment_after_meeting",
        "governance_fulfilmentreport",
        "IF NEW.date < (SELECT m.date FROM governance_actionplan p JOIN governance_meeting m "
        "ON m.id = p.meeting_id WHERE p.id = NEW.plan_id) THEN",
        SQLITE[2][3],
    ),
]


def postgres_statements():
    for name, table, condition, message in POSTGRES:
        yield (
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {condition} "
            f"RAISE EXCEPTION '{message}' USING ERRCODE = 'check_violation'; END IF; "
            "RETURN NEW; END; $$ LANGUAGE plpgsql;"
        )
        yield (
            f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}();"
        )


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": sqlite_statements, "postgresql": postgres_statements}.get(vendor)
    if statements is None:
        return
    for statement in statements():
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for name, table, _condition, _message in SQLITE:
        if vendor == "sqlite":
            for event in ("insert", "update"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}_{event}")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")


class Migration(migrations.Migration):
    dependencies = [("governance", "0002_action_plans_commitments")]

    operations = [migrations.RunPython(create, drop)]
