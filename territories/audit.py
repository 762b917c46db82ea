"""Territory rules of the audit: ZIF membership along the hierarchy, and every
stated figure against what the listed units add up to."""

from django.utils.translation import gettext as _

from zif_portal.audit import Finding, Problem

from .figures import UnitIndex, check_unit_figures, check_zone_figures
from .models import IN_ZIF, AdministrativeUnit, StatedFigure, Zone


def units_in_zif_without_their_parent():
    units = (
        AdministrativeUnit.objects.filter(zif_membership__in=IN_ZIF, parent__isnull=False)
        .exclude(parent__zif_membership__in=IN_ZIF)
        .select_related("parent")
    )
    for unit in units:
        yield Problem(
            "zif-parent",
            str(unit),
            _("is in the ZIF but its parent %(parent)s is not") % {"parent": unit.parent},
            unit.get_absolute_url(),
        )


def figure_findings():
    index = UnitIndex.load()
    checks = []
    for zone in Zone.objects.select_related("country").prefetch_related(
        "members", "figures__source"
    ):
        checks.extend((zone, check) for check in check_zone_figures(zone, index=index))
    units = (
        AdministrativeUnit.objects.filter(
            code__in=StatedFigure.objects.filter(unit__isnull=False).values("unit")
        )
        .select_related("country")
        .prefetch_related("figures__source")
    )
    for unit in units:
        checks.extend((unit, check) for check in check_unit_figures(unit, index=index))
    names = dict(AdministrativeUnit.objects.values_list("code", "name"))
    for subject, check in checks:
        figure = check.figure
        reason = str(figure.note or "")
        if check.created_after:
            created = ", ".join(f"{names.get(code, code)} ({code})" for code in check.created_after)
            reason = _("Created after the date of the figure: %(units)s.") % {"units": created} + (
                " " + reason if reason else ""
            )
        if check.members_incomplete:
            reason = _("The source does not list every member, so no sum is made.")
        elif check.listed is None and check.units_missing_value:
            reason = _("%(n)d listed units have no official value, so no sum is made.") % {
                "n": check.units_missing_value
            }
        label = figure.get_kind_display()
        if figure.counted_level:
            label = f"{label}: {figure.get_counted_level_display()}"
        yield Finding(
            figure=str(label),
            subject=str(subject),
            quote=figure.quote,
            source=str(figure.source),
            stated=check.stated,
            listed=check.listed,
            difference=check.difference,
            reason=reason,
            url=subject.get_absolute_url(),
        )
