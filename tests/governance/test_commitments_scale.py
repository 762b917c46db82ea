"""generate_scale_data learns commitments; the tracker's queries stay flat at scale."""

import pytest
from django.core.management import call_command

from governance.models import ActionPlan, Commitment, CommitmentStatusChange

pytestmark = pytest.mark.django_db


def test_scale_data_makes_and_clears_labelled_commitments(real_data):
    call_command("generate_scale_data", commitments=250, verbosity=0)
    synthetic = Commitment.objects.filter(plan__slug__startswith="synthetic-")
    assert synthetic.count() == 250
    assert all(t.startswith("[Synthetic]") for t in synthetic.values_list("text_en", flat=True))
    assert CommitmentStatusChange.objects.filter(commitment__in=synthetic).count() == 250
    real = ActionPlan.objects.exclude(slug__startswith="synthetic-").count()
    call_command("generate_scale_data", clear=True, verbosity=0)
    assert not Commitment.objects.filter(plan__slug__startswith="synthetic-").exists()
    assert ActionPlan.objects.count() == real


def test_queries_stay_flat_at_5000_meetings_and_20000_commitments(
    real_data, client, django_assert_max_num_queries
):
    call_command("generate_scale_data", meetings=5000, commitments=20000, verbosity=0)
    assert Commitment.objects.count() >= 20000
    plan = ActionPlan.objects.filter(slug__startswith="synthetic-").first()
    urls = [
        "/es/commitments/",
        "/es/commitments/?status=fulfilled&axis=social",
        "/en/action-plans/",
        plan.get_absolute_url(),
        "/es/commitments/feed.atom",
        "/api/v1/commitments/?format=json",
        "/api/v1/action-plans/?format=json",
    ]
    for url in urls:
        client.get(url)
        with django_assert_max_num_queries(10):
            assert client.get(url).status_code == 200, url
