from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from territories.models import AdministrativeUnit
from tests.factories import make_country, make_unit

pytestmark = pytest.mark.django_db


def test_canton_whose_parent_is_in_the_other_country_is_refused_by_the_database():
    tumbes = make_unit("PE-24")
    make_country("EC")
    with pytest.raises(IntegrityError), transaction.atomic():
        AdministrativeUnit.objects.create(
            code="EC-0701", country_id="EC", level="canton", parent=tumbes, name="Machala"
        )


def test_canton_whose_parent_is_in_the_other_country_is_refused_by_validation():
    tumbes = make_unit("PE-24")
    canton = AdministrativeUnit(
        code="EC-2401", country=make_country("EC"), level="canton", parent=tumbes, name="X"
    )
    with pytest.raises(ValidationError) as error:
        canton.full_clean()
    assert "parent" in error.value.message_dict


def test_code_must_extend_the_parent_code_in_the_database():
    el_oro = make_unit("EC-07")
    with pytest.raises(IntegrityError), transaction.atomic():
        AdministrativeUnit.objects.create(
            code="EC-1101", country_id="EC", level="canton", parent=el_oro, name="Loja"
        )


def test_negative_area_is_refused_by_the_database_and_by_validation():
    unit = make_unit("EC-07")
    unit.area_km2 = Decimal("-1")
    with pytest.raises(ValidationError) as error:
        unit.full_clean()
    assert "area_km2" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        AdministrativeUnit.objects.filter(pk=unit.pk).update(area_km2=Decimal("-1"))


def test_duplicate_code_is_refused():
    make_unit("EC-07")
    with pytest.raises(IntegrityError), transaction.atomic():
        AdministrativeUnit.objects.create(code="EC-07", country_id="EC", level="province", name="X")


def test_code_with_the_wrong_country_prefix_is_refused_by_the_database():
    make_country("PE")
    with pytest.raises(IntegrityError), transaction.atomic():
        AdministrativeUnit.objects.create(
            code="EC-07", country_id="PE", level="department", name="X"
        )


def test_level_that_the_country_does_not_have_is_refused():
    unit = AdministrativeUnit(code="PE-24", country=make_country("PE"), level="canton", name="X")
    with pytest.raises(ValidationError) as error:
        unit.full_clean()
    assert "level" in error.value.message_dict


def test_canton_without_parent_is_refused():
    unit = AdministrativeUnit(code="EC-0701", country=make_country("EC"), level="canton", name="X")
    with pytest.raises(ValidationError) as error:
        unit.full_clean()
    assert "parent" in error.value.message_dict


def test_in_zif_queryset_includes_partial_members_and_excludes_outside_ones():
    make_unit("PE-16", zif_membership="partial")
    make_unit("PE-24", zif_membership="full")
    make_unit("PE-01", zif_membership="outside")
    assert sorted(AdministrativeUnit.objects.in_zif().values_list("code", flat=True)) == [
        "PE-16",
        "PE-24",
    ]


def test_natural_keys_round_trip():
    unit = make_unit("EC-07")
    assert AdministrativeUnit.objects.get_by_natural_key(*unit.natural_key()) == unit


def test_ancestors_run_from_the_top_down():
    el_oro = make_unit("EC-07")
    machala = make_unit("EC-0701", parent=el_oro)
    assert machala.ancestors() == [el_oro]
    assert el_oro.ancestors() == []
