"""Load the whole knowledge base from `fixtures/`, atomically and idempotently.

A fresh database gets every record; a second run changes nothing; a broken
fixture loads nothing and names the file, record and field at fault.
"""

from django.core.management.base import BaseCommand, CommandError

from zif_portal.loading import FixtureError, load_fixtures
from zif_portal.progress import Progress


class Command(BaseCommand):
    help = "Load every fixture in fixtures/ in dependency order, in one transaction."

    def add_arguments(self, parser):
        parser.add_argument(
            "--directory", help="Load from this folder instead of the project's fixtures/."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every record, then roll back."
        )

    def handle(self, *args, directory=None, dry_run=False, **options):
        progress = Progress(self.stdout)
        try:
            report = load_fixtures(directory=directory, dry_run=dry_run, progress=progress)
        except FixtureError as exc:
            raise CommandError(f"Nothing was loaded. {exc}") from exc
        finally:
            progress.done()
        verb = "Checked" if dry_run else "Loaded"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {len(report.files)} fixture files: {report.created} created, "
                f"{report.updated} updated, {report.unchanged} unchanged."
            )
        )
