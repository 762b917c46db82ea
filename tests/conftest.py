import os
import sqlite3

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

try:
    import fcntl
except ImportError:  # not on Windows: there each test process does all the work itself
    fcntl = None

# Speed. On SQLite (the default), work that gives the same database every time is
# done once per test run and kept as an image of the whole database, which SQLite's
# backup API copies in within milliseconds (as Django's parallel test runner clones
# SQLite test databases):
# - replaying the migrations to create the test database (seconds), by the first
#   xdist worker to get there; the others create theirs without migrating and
#   replace it with that image;
# - loading the real knowledge base with `load_zif` (seconds), for `real_data` and
#   `real_data_committed`.
# On other databases each test process migrates, and the real data is loaded
# with `load_zif` each time it is asked for.


def _uses_sqlite():
    return connection.settings_dict["ENGINE"] == "django.db.backends.sqlite3"


class _RunImage:
    """A file with a whole SQLite database, made once per test run, shared by the workers.

    `claim()` says whether the image exists; if not, the caller holds a lock, so
    that the other workers wait instead of making it too, until `save()` or
    `release()`.
    """

    def __init__(self, tmp_path_factory, name):
        base = tmp_path_factory.getbasetemp()
        # xdist workers' temporary directories share a parent, made afresh for each run.
        shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
        self.path = shared / f"{name}.sqlite3"
        self._lock = None

    def claim(self):
        self.ready = False
        if fcntl is not None:
            self._lock = open(self.path.with_suffix(".lock"), "w")  # noqa: SIM115
            fcntl.flock(self._lock, fcntl.LOCK_EX)
            if self.path.exists():
                self.release()
                self.ready = True
        return self.ready

    def save(self, database):
        if self._lock is not None:
            partial = self.path.with_suffix(".partial")
            target = sqlite3.connect(partial)
            database.backup(target)
            target.close()
            partial.rename(self.path)
        self.release()

    def release(self):
        if self._lock is not None:
            self._lock.close()  # which unlocks it
            self._lock = None

    def load(self):
        """The image, copied into memory."""
        source = sqlite3.connect(self.path)
        copy = sqlite3.connect(":memory:")
        source.backup(copy)
        source.close()
        return copy


def _sqlite_copy():
    """A private in-memory copy of the test database as it is now."""
    connection.ensure_connection()
    assert not connection.in_atomic_block, "copy the test database only outside transactions"
    copy = sqlite3.connect(":memory:")
    connection.connection.backup(copy)
    return copy


def _sqlite_replace_with(copy):
    """Replace the whole test database (schema and rows) by `copy`."""
    from django.contrib.contenttypes.models import ContentType

    connection.ensure_connection()
    assert not connection.in_atomic_block, "replace the test database only outside transactions"
    copy.backup(connection.connection)
    # Content types are cached by id; the copy's ids may differ from the replaced ones.
    ContentType.objects.clear_cache()


@pytest.fixture(scope="session")
def _migrated_image(tmp_path_factory, django_db_keepdb, django_db_use_migrations):
    """This run's image of a freshly migrated SQLite test database, or None."""
    if not _uses_sqlite() or django_db_keepdb or not django_db_use_migrations:
        return None
    image = _RunImage(tmp_path_factory, "migrated")
    image.claim()
    return image


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, _migrated_image):
    if _migrated_image is not None and _migrated_image.ready:
        # The database made here is replaced by the image: no need to migrate it.
        connection.settings_dict["TEST"]["MIGRATE"] = False


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, _migrated_image):
    if _migrated_image is not None:
        with django_db_blocker.unblock():
            if _migrated_image.ready:
                connection.settings_dict["TEST"]["MIGRATE"] = True
                migrated = _migrated_image.load()
                _sqlite_replace_with(migrated)
                migrated.close()
            else:
                connection.ensure_connection()
                _migrated_image.save(connection.connection)
    yield


@pytest.fixture(scope="session")
def _loaded_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """On SQLite, an in-memory copy of the test database with the real data loaded."""
    if not _uses_sqlite():
        yield None
        return
    image = _RunImage(tmp_path_factory, "real-data")
    if image.claim():
        loaded = image.load()
    else:
        try:
            with django_db_blocker.unblock():
                before = _sqlite_copy()
                try:
                    call_command("load_zif", verbosity=0)
                    loaded = _sqlite_copy()
                finally:
                    _sqlite_replace_with(before)
                    before.close()
            image.save(loaded)
        finally:
            image.release()
    yield loaded
    loaded.close()


@pytest.fixture(scope="module")
def real_data(django_db_setup, django_db_blocker, _loaded_database):
    """The real knowledge base, present for one test module and removed after it.

    Each test still runs in its own transaction (the `db` fixture), rolled back
    after it, so the tests of the module all see the data as loaded.
    """
    if _loaded_database is not None:
        with django_db_blocker.unblock():
            before = _sqlite_copy()
            _sqlite_replace_with(_loaded_database)
        try:
            yield
        finally:
            with django_db_blocker.unblock():
                _sqlite_replace_with(before)
                before.close()
        return
    # Elsewhere: loaded in a module-wide transaction, in which each test's
    # transaction nests as a savepoint, and rolled back after the module.
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_zif", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def real_data_committed(transactional_db, _loaded_database):
    """The real knowledge base, committed, for tests with real transactions
    (`django_db(transaction=True)`); the flush after each such test removes it."""
    if _loaded_database is not None:
        _sqlite_replace_with(_loaded_database)
    else:
        call_command("load_zif", verbosity=0)


@pytest.fixture(scope="module")
def module_transaction(request, django_db_setup, django_db_blocker):
    """A transaction around a whole test module, rolled back after the module.

    Rows that a module-scoped fixture creates in it are built once and shared by
    the module's tests, each of which still runs in its own nested transaction,
    rolled back after it (the pattern of Django's `TestCase.setUpTestData`). Every
    test of the module must use it: a test that does not would see those rows too.
    """
    strays = [
        item.nodeid
        for item in request.session.items
        if item.path == request.path and "module_transaction" not in item.fixturenames
    ]
    if strays:
        pytest.fail(
            f"{request.path.name} shares rows among its tests; these do not use them: "
            + ", ".join(strays)
        )
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def count_queries():
    """Number of SQL queries a callable issues."""

    def run(func):
        with CaptureQueriesContext(connection) as context:
            func()
        return len(context.captured_queries)

    return run
