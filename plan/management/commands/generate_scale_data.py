"""Create (or, with --clear, remove) synthetic records for benchmarks.

They are labelled “[Synthetic]”, keyed `synthetic-…` and cite the source
`synthetic-scale-data`, so they are never mistaken for real data; --clear
removes them and leaves the real data untouched.
"""

from django.core.management.base import BaseCommand, CommandError

from indicators.scale_data import clear_observations, generate_observations
from plan.scale_data import clear_scale_data, generate
from zif_portal.progress import Progress


class Command(BaseCommand):
    help = (
        "Generate labelled synthetic projects, meetings, people and units "
        "(reproducible from --seed)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--projects", type=int, default=0)
        parser.add_argument("--meetings", type=int, default=0)
        parser.add_argument("--people", type=int, default=0)
        parser.add_argument(
            "--units", type=int, default=0, help="Parishes and districts under the ZIF's cantons."
        )
        parser.add_argument(
            "--commitments", type=int, default=0, help="Synthetic action plans' commitments."
        )
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--clear", action="store_true", help="Remove all synthetic records.")

    def handle(
        self, *args, projects, meetings, people, units, seed, clear, commitments=0, **options
    ):
        if clear:
            clear_observations()  # indicators: before the units they describe
            clear_scale_data()
            self.stdout.write(self.style.SUCCESS("Synthetic records removed."))
            return
        if min(projects, meetings, people, units, commitments) < 0:
            raise CommandError("Counts cannot be negative.")
        progress = Progress(self.stdout)
        try:
            generate(
                projects=projects,
                meetings=meetings,
                people=people,
                units=units,
                commitments=commitments,
                seed=seed,
                progress=progress,
            )
            generate_observations(seed=seed)  # indicators: the synthetic units' population
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            progress.done()
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {projects} projects, {meetings} meetings, {people} people "
                f"and {units} units (synthetic)."
            )
        )
