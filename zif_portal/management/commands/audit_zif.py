"""Check the whole knowledge base; exit 1 when it finds an error.

Findings (stated figures that differ from what the listed records add up to)
are printed but do not fail: the portal keeps both values on purpose.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from zif_portal.audit import run_audit


class Command(BaseCommand):
    help = "Audit the knowledge base: errors fail (exit 1), findings are reported."

    def add_arguments(self, parser):
        parser.add_argument("--language", default="en", choices=["es", "en"])

    def handle(self, *args, language="en", **options):
        with translation.override(language):
            self._report(run_audit())

    def _report(self, report):
        self.stdout.write(self.style.MIGRATE_HEADING(f"Findings ({len(report.findings)})"))
        for finding in report.findings:
            difference = "—" if finding.difference is None else f"{finding.difference:+}"
            listed = "not computable" if finding.listed is None else finding.listed
            self.stdout.write(
                f"- {finding.subject} · {finding.figure}: stated {finding.stated}, "
                f"listed {listed}, difference {difference}"
            )
            self.stdout.write(f"    “{finding.quote[:160]}” ({finding.source})")
            if finding.reason:
                self.stdout.write(f"    {finding.reason}")
        self.stdout.write(self.style.MIGRATE_HEADING(f"Disputed values ({len(report.disputes)})"))
        for record, cited in report.disputes:
            preferred = cited.preferred.source.key if cited.preferred else "none preferred"
            held = ", ".join(note.source.key for note in cited.notes) or "no source"
            self.stdout.write(f"- {record} · {cited.label}: held value from {held} ({preferred})")
            for other in cited.others:
                sources = ", ".join(note.source.key for note in other.notes)
                self.stdout.write(f"    other value {other.shown} from {sources}")
        self.stdout.write(self.style.MIGRATE_HEADING(f"Errors ({len(report.errors)})"))
        for problem in report.errors:
            self.stdout.write(
                self.style.ERROR(f"- [{problem.rule}] {problem.record}: {problem.message}")
            )
        if not report.ok:
            raise CommandError(f"{len(report.errors)} error(s) found.", returncode=1)
        self.stdout.write(self.style.SUCCESS("No error."))
