"""Whole-database backup and restore, portable between SQLite and PostgreSQL.

A backup is Django's dump of every table (records, edit history, users, tokens,
admin log) in XML rather than JSON, whose encoder rounds times to the millisecond;
it refers to content types and permissions by natural key so it restores into
any freshly migrated database. Primary keys are kept: the edit history refers
to records by id. A restore replaces everything in one
transaction; if the file is broken, nothing changes.
"""

import gzip
import io

from django.core.management import call_command
from django.core.management.color import no_style
from django.core.management.sql import emit_post_migrate_signal, sql_flush
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.test.utils import override_settings

from .cache import bump_version, one_version_bump

# Rebuilt by migrations or by the restore itself, or transient.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "axes",
    "zif_portal.dataversion",
    "zif_portal.searchentry",
]


def write_backup(path):
    buffer = io.StringIO()
    call_command(
        "dumpdata",
        exclude=EXCLUDED,
        natural_foreign=True,
        format="xml",
        stdout=buffer,
        verbosity=0,
    )
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as out:  # loaddata reads .xml and .xml.gz
        out.write(buffer.getvalue())


def restore_backup(path, *, using=DEFAULT_DB_ALIAS):
    connection = connections[using]
    with transaction.atomic(using=using):
        connection.ops.execute_sql_flush(
            sql_flush(no_style(), connection, reset_sequences=True, allow_cascade=True)
        )
        # Content types and permissions again, so natural keys in the dump resolve.
        emit_post_migrate_signal(verbosity=0, interactive=False, db=using)
        # The dump holds the history already; loading it must not write more.
        with override_settings(SIMPLE_HISTORY_ENABLED=False), one_version_bump():
            call_command("loaddata", str(path), database=using, verbosity=0)
            # Pages cached before the restore must not be served after it.
            bump_version()
