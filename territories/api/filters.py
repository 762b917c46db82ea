import math

import django_filters
from django import forms
from django.db.models import Q
from django.db.models.functions import Length
from django.utils.translation import gettext_lazy as _

from territories import boundaries
from territories.models import IN_ZIF, AdministrativeUnit, Country, Level, ZifMembership
from zif_portal.api.filters import (
    KeptChoiceFilter,
    PreparedChoiceFilter,
    StrictBooleanFilter,
    StrictFilterSet,
)
from zif_portal.as_of import AsOfFilter


class InZifFilter(StrictBooleanFilter):
    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        if value in ("true", "1", "yes"):
            return qs.filter(zif_membership__in=IN_ZIF)
        return qs.filter(zif_membership=ZifMembership.OUTSIDE)


class PointField(forms.CharField):
    """`LAT,LON` in decimal degrees (WGS84), e.g. `-4.0,-79.2`."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        parts = [part.strip() for part in value.split(",")]
        try:
            lat, lon = (float(part) for part in parts)
        except ValueError:
            lat = lon = math.nan
        if not (math.isfinite(lat) and math.isfinite(lon)):  # "nan" and "inf" parse too
            raise forms.ValidationError(
                _("Give a point as two numbers, latitude and longitude: for example -4.0,-79.2."),
                code="invalid",
            )
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise forms.ValidationError(
                _("Latitude must be between -90 and 90 and longitude between -180 and 180."),
                code="out_of_range",
            )
        return (lat, lon)


class PointFilter(django_filters.CharFilter):
    field_class = PointField


class AdministrativeUnitFilter(StrictFilterSet):
    """Shared by the API and the HTML list, so both accept and refuse the same input."""

    country = KeptChoiceFilter(
        label=_("Country"),
        model=Country,
        to_field_name="code",
        empty_label=_("any"),
    )
    level = django_filters.ChoiceFilter(
        label=_("Level"), choices=Level.choices, empty_label=_("any")
    )
    parent = PreparedChoiceFilter(
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
    contains = PointFilter(
        label=_("Contains the point"),
        method="filter_contains",
        max_length=60,
        help_text=_(
            "Latitude,longitude in decimal degrees (WGS84), e.g. -4.0,-79.2: the units "
            "whose boundary contains the point, deepest level first."
        ),
    )
    as_of = AsOfFilter()

    class Meta:
        model = AdministrativeUnit
        fields = ["country", "level", "parent", "in_zif", "zif_membership", "contains", "as_of"]

    def filter_contains(self, queryset, name, value):
        if value is None:
            return queryset
        codes = boundaries.containing(*value)
        # Deepest first: a canton (longer code) before its province.
        return queryset.filter(code__in=codes).order_by(Length("code").desc(), "code")

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(name__icontains=value) | Q(code__icontains=value) | Q(seat__icontains=value)
        )
