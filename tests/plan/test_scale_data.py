import pytest
from django.core.management import call_command
from django.db.models import Count

from governance.models import Meeting, Person
from plan.models import Project
from zif_portal.audit import run_audit
from zif_portal.search import search

pytestmark = pytest.mark.django_db


def test_scale_data_is_labelled_reproducible_and_cleared_without_touching_real_data(real_data):
    real = (Project.objects.count(), Meeting.objects.count(), Person.objects.count())
    call_command("generate_scale_data", projects=30, meetings=8, people=4, seed=7, verbosity=0)
    synthetic = Project.objects.filter(slug__startswith="synthetic-")
    assert synthetic.count() == 30
    assert all(p.title_en.startswith("[Synthetic]") for p in synthetic)
    assert all(p.sources.filter(key="synthetic-scale-data").exists() for p in synthetic[:5])
    assert Meeting.objects.filter(title_en__startswith="[Synthetic]").count() == 8
    first = list(synthetic.order_by("slug").values_list("amount", "status")[:5])
    assert run_audit().ok
    assert search("synthetic project").count
    call_command("generate_scale_data", clear=True, verbosity=0)
    assert (Project.objects.count(), Meeting.objects.count(), Person.objects.count()) == real
    call_command("generate_scale_data", projects=30, meetings=8, people=4, seed=7, verbosity=0)
    again = list(
        Project.objects.filter(slug__startswith="synthetic-")
        .order_by("slug")
        .values_list("amount", "status")[:5]
    )
    assert again == first
    call_command("generate_scale_data", clear=True, verbosity=0)


def test_synthetic_units_are_parishes_and_districts_in_the_national_code_format(real_data, client):
    from territories.models import AdministrativeUnit

    real_units = set(AdministrativeUnit.objects.values_list("code", flat=True))
    # More than the real cantons and provinces can hold (99 codes each), so
    # synthetic cantons and provinces are needed too.
    call_command("generate_scale_data", units=9000, projects=20, verbosity=0)
    synthetic = AdministrativeUnit.objects.filter(name__startswith="[Synthetic]")
    levels = dict(synthetic.order_by().values_list("level").annotate(n=Count("pk")))
    assert levels["parish"] + levels["district"] == 9000
    assert levels.get("canton", 0) + levels.get("province", 0) >= 2
    assert not synthetic.filter(code__in=real_units).exists()
    for unit in synthetic.filter(level__in=["parish", "district"]).order_by("?")[:40]:
        unit.full_clean()
        assert len(unit.code) == 9 and unit.code.startswith(unit.parent_id)
        assert unit.sources.filter(key="synthetic-scale-data").exists()
    # Projects are spread over the synthetic units too.
    assert Project.objects.filter(territories__level__in=["parish", "district"]).exists()
    # The map keeps to the units that define the ZIF.
    map_page = client.get("/en/map/").content.decode()
    assert "[Synthetic] Parish" not in map_page and "El Oro" in map_page
    call_command("generate_scale_data", clear=True, verbosity=0)
    assert set(AdministrativeUnit.objects.values_list("code", flat=True)) == real_units


def test_negative_counts_are_refused(real_data):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("generate_scale_data", units=-1, verbosity=0)
