import django_filters
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from governance.models import CoordinationMechanism, LegalInstrument
from plan.models import Programme, Project, ProjectKind, ProjectStatus, Sector, ValueChain
from territories.models import AdministrativeUnit
from zif_portal.api.filters import KeptChoiceFilter, StrictBooleanFilter, StrictFilterSet
from zif_portal.prepared import Prepared

# Whether a unit's code or a project's key exists, by prepared queries: the ORM compiled
# an exists() for each filtered list otherwise.
_unit_code = Prepared(
    lambda code: AdministrativeUnit.objects.filter(code=code).values("code"), code=str
)
_project_slug = Prepared(lambda slug: Project.objects.filter(slug=slug).values("slug"), slug=str)


class ProjectFilter(StrictFilterSet):
    """Shared by the project list page, its CSV export and the API."""

    programme = KeptChoiceFilter(
        label=_("Programme"),
        model=Programme,
        to_field_name="slug",
        empty_label=_("any"),
    )
    territory = django_filters.CharFilter(
        label=_("Territory code"),
        method="filter_territory",
        max_length=12,
        validators=[
            RegexValidator(
                r"^[A-Za-z]{2}-[0-9]{2}([0-9]{2}){0,2}$", _("Use a unit code, e.g. EC-07.")
            )
        ],
        help_text=_("A province or department also matches the projects in its units."),
    )
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), choices=Sector.choices, empty_label=_("any")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ProjectKind.choices, empty_label=_("any")
    )
    mechanism = KeptChoiceFilter(
        label=_("Mechanism"),
        model=CoordinationMechanism,
        to_field_name="slug",
        empty_label=_("any"),
    )
    agreement = KeptChoiceFilter(
        label=_("Agreement"),
        model=LegalInstrument,
        to_field_name="slug",
        empty_label=_("any"),
    )
    part_of = django_filters.CharFilter(
        label=_("Part of (project key)"),
        method="filter_part_of",
        max_length=100,
        validators=[RegexValidator(r"^[-a-z0-9_]+$", _("Use a project key, e.g. eje-vial-1."))],
    )
    top_level = StrictBooleanFilter(
        label=_("Only works that are not part of another"),
        field_name="parent",
        method="filter_top_level",
    )
    value_chain = KeptChoiceFilter(
        label=_("Value chain"),
        model=ValueChain,
        to_field_name="slug",
        field_name="value_chains",
        method="filter_value_chain",
        empty_label=_("any"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ProjectStatus.choices, empty_label=_("any")
    )
    # The two countries of the ZIF, as fixed choices: the form costs no query for them.
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        choices=[("EC", _("Ecuador")), ("PE", _("Peru"))],
        method="filter_country",
        empty_label=_("any"),
    )
    year = django_filters.NumberFilter(
        label=_("Active in year"), method="filter_year", min_value=1990, max_value=2100
    )
    binational_fund = StrictBooleanFilter(
        label=_("Financed by the Binational Fund"), field_name="funded_by_binational_fund"
    )

    class Meta:
        model = Project
        fields = [
            "programme",
            "territory",
            "value_chain",
            "status",
            "country",
            "year",
            "binational_fund",
            "sector",
            "kind",
            "mechanism",
            "agreement",
            "part_of",
            "top_level",
        ]

    def clean_territory_exists(self):
        code = (self.form.cleaned_data.get("territory") or "").upper()
        if code and code in getattr(self, "_checked", set()):
            return True
        if code and _unit_code.first(code=code) is None:
            self.form.add_error(
                "territory",
                ValidationError(_("No territory has the code “%(code)s”."), params={"code": code}),
            )
            return False
        self._checked = {*getattr(self, "_checked", set()), code}
        return True

    def clean_part_of_exists(self):
        slug = self.form.cleaned_data.get("part_of")
        if slug and slug in getattr(self, "_checked", set()):
            return True
        if slug and _project_slug.first(slug=slug) is None:
            self.form.add_error(
                "part_of",
                ValidationError(_("No project has the key “%(slug)s”."), params={"slug": slug}),
            )
            return False
        self._checked = {*getattr(self, "_checked", set()), slug}
        return True

    def is_valid(self):
        return super().is_valid() and self.clean_territory_exists() and self.clean_part_of_exists()

    def filter_part_of(self, queryset, name, value):
        return queryset.filter(parent__slug=value) if value else queryset

    def filter_top_level(self, queryset, name, value):
        if value in (None, ""):
            return queryset
        return queryset.filter(parent__isnull=value in ("true", "1", "yes"))

    def filter_territory(self, queryset, name, value):
        return queryset.in_territory(value.upper()) if value else queryset

    def filter_value_chain(self, queryset, name, value):
        return queryset.in_chain(value) if value else queryset

    def filter_country(self, queryset, name, value):
        return queryset.in_country(value) if value else queryset

    def filter_year(self, queryset, name, value):
        return queryset.active_in(int(value)) if value is not None else queryset
