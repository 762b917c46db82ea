import pytest
from django.core.management import call_command

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
    assert search("synthetic project").exists()
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
