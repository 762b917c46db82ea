import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from plan.models import Project
from plan.services import export_projects_csv, import_projects_csv

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        (
            {"start_date": datetime.date(2020, 1, 1), "end_date": datetime.date(2019, 1, 1)},
            "end_date",
        ),
        ({"amount": Decimal("-1")}, "amount"),
        ({"currency": "XYZ"}, "currency"),
        ({"currency": "usd"}, "currency"),
        ({"currency": ""}, "currency"),
    ],
)
def test_project_validation(plan_data, make_project, fields, field):
    project = make_project("p")
    for name, value in fields.items():
        setattr(project, name, value)
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert field in error.value.message_dict


def test_database_refuses_an_end_before_the_start(make_project):
    project = make_project("p")
    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.filter(pk=project.pk).update(end_date=datetime.date(2000, 1, 1))


def test_province_matches_the_projects_of_its_cantons(make_project):
    make_project("in-canton", territories=["EC-0701"])
    make_project("in-province", territories=["EC-07"])
    make_project("in-tumbes", territories=["PE-24"])
    found = sorted(Project.objects.in_territory("EC-07").values_list("slug", flat=True))
    assert found == ["in-canton", "in-province"]


def test_a_province_a_canton_and_a_country_find_the_same_projects_either_way(make_project):
    """A country is tested project by project (EXISTS), a territory through the list of
    its projects (IN): both say the same, with no project twice."""
    make_project("in-canton", territories=["EC-0701"])
    make_project("in-both-cantons", territories=["EC-0701", "EC-0702"])
    make_project("in-province", territories=["EC-07"])
    make_project("binational", territories=["EC-0702", "PE-24"])
    make_project("in-tumbes", territories=["PE-24"])

    def slugs(queryset):
        return sorted(queryset.values_list("slug", flat=True))

    assert "EXISTS" in str(Project.objects.in_country("PE").query)
    assert slugs(Project.objects.in_territory("EC-07")) == [
        "binational",
        "in-both-cantons",
        "in-canton",
        "in-province",
    ]
    assert slugs(Project.objects.in_territory("EC-0701")) == ["in-both-cantons", "in-canton"]
    assert slugs(Project.objects.in_country("PE")) == ["binational", "in-tumbes"]
    assert slugs(Project.objects.in_country("EC").in_territory("EC-0702")) == [
        "binational",
        "in-both-cantons",
    ]


def csv_text(rows):
    header = (
        "slug,programme,title_es,title_en,executing_entity,entity_type,territories,"
        "value_chains,status,start_date,end_date,amount,currency,"
        "funded_by_binational_fund,sources\n"
    )
    return io.StringIO(header + "".join(rows))


GOOD = (
    "road,binational,Vía,Road,MTOP,public,EC-0701;PE-24,coffee,planned,2024-01-01,"
    "2026-12-31,1500000,USD,true,seed\n"
)


def test_import_of_a_good_file_creates_the_projects(plan_data):
    result = import_projects_csv(stream=csv_text([GOOD]))
    assert result.ok and result.created == 1
    project = Project.objects.get(slug="road")
    assert sorted(project.territories.values_list("code", flat=True)) == ["EC-0701", "PE-24"]
    assert project.funded_by_binational_fund is True
    assert project.title_en == "Road"


def test_import_with_one_bad_row_loads_nothing_and_names_row_and_column(plan_data):
    bad = GOOD.replace("road,", "bridge,").replace("2026-12-31", "2020-01-01")
    result = import_projects_csv(stream=csv_text([GOOD, bad]))
    assert not result.ok
    assert Project.objects.count() == 0
    assert (3, "end_date") in [(row, column) for row, column, _ in result.errors]


@pytest.mark.parametrize(
    ("replace", "column"),
    [
        (("EC-0701;PE-24", "EC-9999"), "territories"),
        (("USD", "ZZ9"), "currency"),
        (("binational,", "nope,"), "programme"),
        (("seed\n", "\n"), "sources"),
        (("true", "perhaps"), "funded_by_binational_fund"),
    ],
)
def test_import_errors_name_the_column(plan_data, replace, column):
    result = import_projects_csv(stream=csv_text([GOOD.replace(*replace)]))
    assert column in [c for _, c, _ in result.errors]
    assert Project.objects.count() == 0


def test_export_round_trips_through_import(make_project, plan_data):
    make_project("a", chains=[plan_data["coffee"]], funded_by_binational_fund=True)
    out = io.StringIO()
    export_projects_csv(Project.objects.all(), out)
    Project.objects.all().delete()
    result = import_projects_csv(stream=io.StringIO(out.getvalue()))
    assert result.ok, result.errors
    project = Project.objects.get(slug="a")
    assert project.amount == Decimal("1000.00") and project.funded_by_binational_fund
    assert list(project.value_chains.values_list("slug", flat=True)) == ["coffee"]
