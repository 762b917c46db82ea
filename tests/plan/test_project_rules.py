"""Bad input on projects: parts with no cycle, amounts with a currency, facets known."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from plan.models import Project, ProjectAmount

pytestmark = pytest.mark.django_db


class TestRules:
    def test_a_part_that_is_its_own_ancestor_is_refused_by_clean_and_the_database(
        self, make_project
    ):
        axis = make_project("axis")
        section = make_project("section", parent=axis)
        bridge = make_project("bridge", parent=section)
        axis.parent = bridge
        with pytest.raises(ValidationError) as error:
            axis.full_clean()
        assert "parent" in error.value.message_dict
        with pytest.raises(IntegrityError), transaction.atomic():
            Project.objects.filter(pk=axis.pk).update(parent=bridge)
        with pytest.raises(IntegrityError), transaction.atomic():
            Project.objects.filter(pk=axis.pk).update(parent=axis)

    def test_admin_refuses_a_cycle(self, rf, admin_user, make_project):
        from django.contrib.admin.sites import site
        from django.forms.models import model_to_dict

        axis = make_project("axis")
        section = make_project("section", parent=axis)
        request = rf.get("/")
        request.user = admin_user
        form_class = site._registry[Project].get_form(request, obj=axis, change=True)
        data = {k: v for k, v in model_to_dict(axis).items() if v not in (None, [])}
        data.update(parent=section.pk, sources=[s.pk for s in axis.sources.all()])
        form = form_class(data=data, instance=axis)
        assert not form.is_valid()
        assert "parent" in form.errors

    def test_amount_rows_refuse_negative_amounts_and_unknown_currencies(
        self, make_project, plan_data
    ):
        project = make_project("p")
        row = ProjectAmount(
            key="p-1",
            project=project,
            source=plan_data["source"],
            kind="cost",
            amount=Decimal("-1"),
            currency="XYZ",
            as_of=datetime.date(2020, 1, 1),
            quote="q",
        )
        with pytest.raises(ValidationError) as error:
            row.full_clean()
        assert {"amount", "currency"} <= set(error.value.message_dict)
        with pytest.raises(IntegrityError), transaction.atomic():
            row.save()

    @pytest.mark.parametrize(
        "query",
        [
            "sector=nope",
            "kind=nope",
            "mechanism=nope",
            "territory=EC-99",
            "part_of=nope",
            "country=XX",
        ],
    )
    def test_unknown_facet_values_answer_400(self, client, plan_data, query):
        assert client.get(f"/en/projects/?{query}").status_code == 400
        assert client.get(f"/api/v1/projects/?{query}").status_code == 400
        assert client.get(f"/api/v1/projects/by-territory/?{query}").status_code == 400
