import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from indicators.models import Census, Indicator, Observation
from territories.models import AdministrativeUnit, Country, Level, Zone
from zif_portal.api.filters import KeptChoiceFilter, StrictFilterSet


@extend_schema_field(OpenApiTypes.STR)
class ZoneFilter(django_filters.ModelChoiceFilter):
    """A zone by its slug (`zif-peru`)."""


class ObservationFilter(StrictFilterSet):
    """Unknown values (an indicator, unit or zone that does not exist, `year=abc`) answer 400."""

    indicator = KeptChoiceFilter(label=_("Indicator"), model=Indicator, to_field_name="slug")
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit"),
        queryset=AdministrativeUnit.objects.all(),
        to_field_name="code",
        help_text=_("A unit's code, e.g. PE-0608."),
    )
    level = django_filters.ChoiceFilter(
        label=_("Level"), field_name="unit__level", choices=Level.choices
    )
    country = KeptChoiceFilter(label=_("Country"), model=Country, to_field_name="code")
    census = KeptChoiceFilter(label=_("Census"), model=Census, to_field_name="slug")
    year = django_filters.NumberFilter(
        label=_("Year"), field_name="reference_date__year", min_value=1000, max_value=9999
    )
    zone = ZoneFilter(
        label=_("Zone"),
        queryset=Zone.objects.all(),
        to_field_name="slug",
        method="filter_zone",
        help_text=_("The zone's members and the units within them."),
    )
    national = django_filters.BooleanFilter(
        label=_("National totals"), field_name="unit", lookup_expr="isnull"
    )

    class Meta:
        model = Observation
        fields = ["indicator", "unit", "level", "country", "census", "year", "zone", "national"]

    def filter_zone(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(
            Q(unit__zones=value)
            | Q(unit__parent__zones=value)
            | Q(unit__parent__parent__zones=value)
        ).distinct()
