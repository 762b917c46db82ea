"""Write the whole database to one file (XML, gzip-compressed with an .xml.gz name)."""

from django.core.management.base import BaseCommand, CommandError

from zif_portal.backup import write_backup


class Command(BaseCommand):
    help = "Back up the whole database to FILE (name it .xml, or .xml.gz to compress)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        if not (file.endswith(".xml") or file.endswith(".xml.gz")):
            raise CommandError("Name the backup file .xml or .xml.gz.")
        write_backup(file)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {file}."))
