import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from governance.models import (
    ActionPlan,
    Commitment,
    CommitmentStatus,
    CoordinationMechanism,
    InstrumentKind,
    LegalInstrument,
    MechanismKind,
    MechanismLevel,
    Meeting,
    Person,
)
from territories.models import Country
from zif_portal.api.filters import KeptChoiceFilter, PreparedChoiceFilter, StrictFilterSet
from zif_portal.as_of import AsOfFilter


class TerritoryCodeFilter(django_filters.CharFilter):
    """A unit code; matches the unit and the units above it (EC-0701 lies in EC-07)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 12)
        kwargs.setdefault(
            "validators",
            [
                RegexValidator(
                    r"^[A-Za-z]{2}-[0-9]{2}([0-9]{2})?$", _("Use a unit code, e.g. EC-07.")
                )
            ],
        )
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.covering(value.upper())


def country_filter(**kwargs):
    return KeptChoiceFilter(model=Country, to_field_name="code", empty_label=_("any"), **kwargs)


class MechanismFilter(StrictFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=MechanismKind.choices)
    level = django_filters.ChoiceFilter(label=_("Level"), choices=MechanismLevel.choices)
    parent = KeptChoiceFilter(label=_("Part of"), model=CoordinationMechanism, to_field_name="slug")
    territory = TerritoryCodeFilter(label=_("Territory code"))
    country = country_filter(label=_("Country of a unit joined"), method="filter_country")
    as_of = AsOfFilter()

    class Meta:
        model = CoordinationMechanism
        fields = ["kind", "level", "parent", "territory", "country", "as_of"]

    def filter_country(self, queryset, name, value: Country):
        if value is None:
            return queryset
        field = "ecuador_unit__isnull" if value.code == "EC" else "peru_unit__isnull"
        return queryset.filter(**{field: False})


class MeetingFilter(StrictFilterSet):
    mechanism = KeptChoiceFilter(
        label=_("Mechanism"),
        model=CoordinationMechanism,
        to_field_name="slug",
        empty_label=_("any"),
    )
    country = country_filter(label=_("Host country"))
    date_after = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"))
    date_before = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("Until"))
    year = django_filters.NumberFilter(
        field_name="date", lookup_expr="year", label=_("Year"), min_value=1900, max_value=2100
    )
    person = PreparedChoiceFilter(
        label=_("Participant"),
        queryset=Person.objects.all(),
        to_field_name="slug",
        field_name="participants",
        empty_label=_("any"),
        # A key typed in, not a list of every person: there may be thousands.
        widget=forms.TextInput,
        help_text=_("The person's key, as in the address of their page."),
    )

    class Meta:
        model = Meeting
        fields = ["mechanism", "country", "date_after", "date_before", "year", "person"]


class LegalInstrumentFilter(StrictFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=InstrumentKind.choices)
    country = country_filter(label=_("Party"), field_name="parties")
    date_after = django_filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"))
    date_before = django_filters.DateFilter(field_name="date", lookup_expr="lte", label=_("Until"))

    class Meta:
        model = LegalInstrument
        fields = ["kind", "country", "date_after", "date_before"]


class PersonFilter(StrictFilterSet):
    country = country_filter(label=_("Country"))
    q = django_filters.CharFilter(label=_("Name"), method="filter_name", max_length=100)

    class Meta:
        model = Person
        fields = ["country", "q"]

    def filter_name(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value.strip())) if value.strip() else queryset


class ActionPlanFilter(StrictFilterSet):
    mechanism = KeptChoiceFilter(
        label=_("Adopted by (mechanism)"),
        model=CoordinationMechanism,
        to_field_name="slug",
        field_name="meeting__mechanism",
        empty_label=_("any"),
    )
    year = django_filters.NumberFilter(
        field_name="meeting__date",
        lookup_expr="year",
        label=_("Year adopted"),
        min_value=1900,
        max_value=2100,
    )

    class Meta:
        model = ActionPlan
        fields = ["mechanism", "year"]


NO_STATUS = "none"


class CommitmentFilter(StrictFilterSet):
    plan = KeptChoiceFilter(
        label=_("Action plan"),
        model=ActionPlan,
        to_field_name="slug",
        empty_label=_("any"),
    )
    axis = django_filters.CharFilter(
        label=_("Thematic axis"),
        field_name="axis__code",
        max_length=60,
        help_text=_("The axis key, as in the plan's page."),
    )
    status = django_filters.ChoiceFilter(
        label=_("Current status"),
        choices=[*CommitmentStatus.choices, (NO_STATUS, _("no status reported"))],
        method="filter_status",
        empty_label=_("any"),
    )
    institution = django_filters.CharFilter(
        label=_("Responsible institution"), method="filter_institution", max_length=100
    )
    country = country_filter(
        label=_("Country with a responsible institution"), method="filter_country"
    )
    territory = TerritoryCodeFilter(label=_("Territory code"))
    q = django_filters.CharFilter(label=_("Text"), method="filter_text", max_length=100)

    class Meta:
        model = Commitment
        fields = ["plan", "axis", "status", "institution", "country", "territory", "q"]

    def filter_status(self, queryset, name, value):
        if not value:
            return queryset
        if value == NO_STATUS:
            return queryset.filter(current_status__isnull=True)
        return queryset.filter(current_status=value)

    def filter_institution(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(
            Q(responsible_ecuador__icontains=value) | Q(responsible_peru__icontains=value)
        )

    def filter_country(self, queryset, name, value: Country):
        if value is None:
            return queryset
        field = "responsible_ecuador" if value.code == "EC" else "responsible_peru"
        return queryset.exclude(**{field: ""})

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(text_es__icontains=value) | Q(text_en__icontains=value))
