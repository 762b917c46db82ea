"""Write the open-data files to DIR: zif.json (loadable with `load_zif --directory DIR`),
a CSV per kind of record, seats.geojson, and manifest.json with licence and checksums."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from zif_portal.export import all_files, manifest
from zif_portal.progress import Progress


class Command(BaseCommand):
    help = "Export the knowledge base as open data to DIR."

    def add_arguments(self, parser):
        parser.add_argument("directory")

    def handle(self, *args, directory, **options):
        root = Path(directory)
        progress = Progress(self.stdout)
        progress("Preparing the files…")
        files = all_files()
        for number, (name, text) in enumerate(files.items(), 1):
            progress(f"{name} ({number}/{len(files)})")
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        progress.done()
        (root / "manifest.json").write_text(
            json.dumps(manifest(files), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        self.stdout.write(self.style.SUCCESS(f"{len(files)} files written to {root}."))
