"""Replace the whole database with a backup written by backup_zif.

Everything happens in one transaction: a broken file changes nothing.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from zif_portal.backup import restore_backup


class Command(BaseCommand):
    help = "Replace every record of the database with the backup FILE (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, file, yes=False, **options):
        if not Path(file).is_file():
            raise CommandError(f"No such file: {file}")
        if not yes and options.get("interactive", True):
            answer = input("This replaces every record of the database. Type 'yes': ")
            if answer.strip() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restore_backup(file)
        except Exception as exc:
            raise CommandError(
                f"Nothing was changed: the backup could not be loaded ({exc})."
            ) from exc
        self.stdout.write(self.style.SUCCESS(f"Database restored from {file}."))
