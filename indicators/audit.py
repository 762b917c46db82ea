"""Statistics rules of the audit.

Errors: an observation without a source (neither a general source nor a citation
of its value); a stored value of a derived indicator that does not match what its
inputs give. Findings: each stated value of a zone beside what its members add up
to, census by census.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from zif_portal.audit import Finding, Problem, register_error_rule, register_finding_rule


def observations_without_source():
    from django.contrib.contenttypes.models import ContentType

    from zif_portal.models import Citation

    from .models import Observation

    content_type = ContentType.objects.get_for_model(Observation)
    cited = Citation.objects.filter(content_type=content_type, field="value").values("object_id")
    unsourced = (
        Observation.objects.annotate(n_sources=Count("sources"))
        .filter(Q(n_sources=0) | ~Q(pk__in=cited))
        .select_related("indicator")
    )
    for obs in unsourced:
        yield Problem(
            "observation-source",
            str(obs),
            _("an observation needs a source and a citation of its value"),
            obs.get_absolute_url(),
        )


def derived_values_that_do_not_match():
    from .derived import expected_value
    from .models import Observation
    from .series import load_series

    stored = list(
        Observation.objects.exclude(indicator__formula="").select_related(
            "indicator", "census", "unit"
        )
    )
    if not stored:
        return
    units = {o.unit_id: o.unit for o in stored if o.unit_id}
    series, _censuses = load_series(units)
    for obs in stored:
        expected = expected_value(obs, series)
        if expected is None or expected != obs.value:
            yield Problem(
                "derived-mismatch",
                str(obs),
                _("holds %(held)s but its inputs give %(expected)s")
                % {"held": obs.value, "expected": expected if expected is not None else "—"},
                obs.get_absolute_url(),
            )


def zone_sum_findings():
    from .zones import check_stated_values

    for check in check_stated_values():
        yield Finding(
            figure=f"{check.stated.indicator} ({check.census})",
            subject=str(check.stated.zone),
            quote=check.stated.quote,
            source=str(check.stated.source),
            stated=_plain(check.stated.value),
            listed=_plain(check.listed),
            difference=_plain(check.difference),
            reason=check.reason,
            url=check.stated.zone.get_absolute_url(),
        )


def _plain(number):
    return None if number is None else number.normalize()


def register():
    register_error_rule(observations_without_source)
    register_error_rule(derived_values_that_do_not_match)
    register_finding_rule(zone_sum_findings)
