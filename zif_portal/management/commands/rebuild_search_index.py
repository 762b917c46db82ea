"""Rebuild the search index from scratch (after bulk writes that bypass saving)."""

from django.core.management.base import BaseCommand

from zif_portal.models import SearchEntry
from zif_portal.search import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the site-wide search index."

    def handle(self, *args, **options):
        rebuild_index()
        self.stdout.write(self.style.SUCCESS(f"{SearchEntry.objects.count()} entries indexed."))
