import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from territories.models import IN_ZIF, AdministrativeUnit, Country, Level, ZifMembership
from zif_portal.api.filters import StrictBooleanFilter, StrictFilterSet
from zif_portal.as_of import AsOfFilter


class InZifFilter(StrictBooleanFilter):
    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        if value in ("true", "1", "yes"):
            return qs.filter(zif_membership__in=IN_ZIF)
        return qs.filter(zif_membership=ZifMembership.OUTSIDE)


class AdministrativeUnitFilter(StrictFilterSet):
    """Shared by the API and the HTML list, so both accept and refuse the same input."""

    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        queryset=Country.objects.all(),
        to_field_name="code",
        empty_label=_("any"),
    )
    level = django_filters.ChoiceFilter(
        label=_("Level"), choices=Level.choices, empty_label=_("any")
    )
    parent = django_filters.ModelChoiceFilter(
        label=_("Parent unit"),
        queryset=AdministrativeUnit.objects.above_local_level(),
        to_field_name="code",
        empty_label=_("any"),
    )
    in_zif = InZifFilter(label=_("In the ZIF"))
    zif_membership = django_filters.ChoiceFilter(
        label=_("ZIF membership"), choices=ZifMembership.choices, empty_label=_("any")
    )
    q = django_filters.CharFilter(label=_("Name or code"), method="filter_text", max_length=100)
    as_of = AsOfFilter()

    class Meta:
        model = AdministrativeUnit
        fields = ["country", "level", "parent", "in_zif", "zif_membership", "as_of"]

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(name__icontains=value) | Q(code__icontains=value) | Q(seat__icontains=value)
        )
