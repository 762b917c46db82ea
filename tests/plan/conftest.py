import datetime
from decimal import Decimal

import pytest

from governance.models import LegalInstrument
from plan.models import Plan, Programme, Project, ValueChain
from territories.models import AdministrativeUnit
from tests.factories import make_province_with_cantons, make_source, make_unit
from zif_portal.models import Source


@pytest.fixture(scope="module")
def _plan_rows(module_transaction, django_db_blocker):
    """Built once per module (see `module_transaction`); returns the pks of `plan_data`."""
    with django_db_blocker.unblock():
        return {name: record.pk for name, record in _build_plan_data().items()}


@pytest.fixture
def plan_data(db, _plan_rows):
    return {
        "plan": Plan.objects.get(pk=_plan_rows["plan"]),
        "programme": Programme.objects.get(pk=_plan_rows["programme"]),
        "coffee": ValueChain.objects.get(pk=_plan_rows["coffee"]),
        "el_oro": AdministrativeUnit.objects.get(pk=_plan_rows["el_oro"]),
        "source": Source.objects.get(pk=_plan_rows["source"]),
    }


def _build_plan_data():
    basis = LegalInstrument.objects.create(
        slug="acuerdo",
        kind="agreement",
        title_es="Acuerdo",
        title_en="Agreement",
        date=datetime.date(1998, 10, 26),
    )
    plan = Plan.objects.create(
        slug="plan",
        name_es="Plan",
        name_en="Plan",
        objective_es="o",
        objective_en="o",
        basis=basis,
    )
    programme = Programme.objects.create(
        slug="binational",
        plan=plan,
        name_es="Binacional",
        name_en="Binational",
        scope="binational",
        subject="social_productive_infrastructure",
    )
    coffee = ValueChain.objects.create(slug="coffee", name_es="Café", name_en="Coffee")
    el_oro = make_province_with_cantons("EC-07", 2)
    make_unit("PE-24")
    return {
        "plan": plan,
        "programme": programme,
        "coffee": coffee,
        "el_oro": el_oro,
        "source": make_source(key="seed"),
    }


@pytest.fixture
def make_project(plan_data):
    def make(slug, *, territories=("EC-0701",), chains=(), **fields):
        defaults = {
            "programme": plan_data["programme"],
            "title_es": f"Proyecto {slug}",
            "title_en": f"Project {slug}",
            "executing_entity": "Municipio",
            "entity_type": "public",
            "status": "in_progress",
            "start_date": datetime.date(2019, 1, 1),
            "end_date": datetime.date(2021, 12, 31),
            "amount": Decimal("1000.00"),
            "currency": "USD",
        }
        project = Project.objects.create(slug=slug, **{**defaults, **fields})
        project.territories.set(AdministrativeUnit.objects.filter(code__in=territories))
        project.value_chains.set(chains)
        project.sources.set([plan_data["source"]])
        return project

    return make
