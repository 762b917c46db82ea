"""What the knowledge base knows about the projects, and what it does not: counted,
not guessed. Shown on the project list and on About the data."""

from django.db.models import Count, Exists, OuterRef, Q

from .models import Programme, Project, ProjectAmount, ProjectStatus, ProjectTerritory


def project_coverage():
    """Counts over the real projects (synthetic benchmark rows excluded), in two queries."""
    projects = Project.objects.real()
    has_territory = Exists(ProjectTerritory.objects.filter(project=OuterRef("pk")))
    has_amount_row = Exists(ProjectAmount.objects.filter(project=OuterRef("pk")))
    counts = projects.aggregate(
        total=Count("pk"),
        with_territory=Count("pk", filter=Q(has_territory)),
        with_amount=Count("pk", filter=Q(amount__isnull=False) | Q(has_amount_row)),
        with_dates=Count("pk", filter=Q(start_date__isnull=False) | Q(end_date__isnull=False)),
        with_programme=Count("pk", filter=Q(programme__isnull=False)),
        with_status=Count("pk", filter=~Q(status=ProjectStatus.NOT_REPORTED)),
        funded_by_fund=Count("pk", filter=Q(funded_by_binational_fund=True)),
    )
    programmes = list(
        Programme.objects.annotate(
            documented=Count("projects", filter=~Q(projects__slug__startswith="synthetic-"))
        ).order_by("order", "slug")
    )
    counts["programmes_without_projects"] = [p for p in programmes if not p.documented]
    counts["programmes"] = programmes
    total = counts["total"] or 1
    counts["rows"] = [
        (key, counts[key], round(100 * counts[key] / total))
        for key in ("with_territory", "with_amount", "with_dates", "with_programme", "with_status")
    ]
    return counts


def cached_project_coverage():
    """The coverage, worked out once per data version and language (it scans every
    project; pages show it on every visit)."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from zif_portal.cache import current_version

    key = f"plan:coverage:{current_version()}:{get_language()}"
    counts = cache.get(key)
    if counts is None:
        counts = project_coverage()
        cache.set(key, counts, 24 * 3600)
    return counts
