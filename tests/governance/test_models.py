import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from governance.models import CoordinationMechanism
from tests.factories import make_country, make_mechanism, make_unit

pytestmark = pytest.mark.django_db


def test_a_mechanism_cannot_be_its_own_parent():
    mechanism = make_mechanism("a")
    mechanism.parent = mechanism
    with pytest.raises(ValidationError) as error:
        mechanism.full_clean()
    assert "parent" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        CoordinationMechanism.objects.filter(pk=mechanism.pk).update(parent=mechanism)


def test_a_mechanism_cannot_sit_under_its_own_descendant():
    top = make_mechanism("top")
    middle = make_mechanism("middle", parent=top)
    bottom = make_mechanism("bottom", parent=middle)
    top.parent = bottom
    with pytest.raises(ValidationError) as error:
        top.full_clean()
    assert "parent" in error.value.message_dict


def test_border_committee_joining_two_units_of_the_same_country_is_refused():
    el_oro, loja = make_unit("EC-07"), make_unit("EC-11")
    committee = CoordinationMechanism(
        slug="x",
        name_es="x",
        name_en="x",
        kind="border_committee",
        level="territorial",
        ecuador_unit=el_oro,
        peru_unit=loja,
    )
    with pytest.raises(ValidationError) as error:
        committee.full_clean()
    assert "peru_unit" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        committee.save()


def test_border_committee_needs_both_sides():
    committee = CoordinationMechanism(
        slug="x",
        name_es="x",
        name_en="x",
        kind="border_committee",
        level="territorial",
        ecuador_unit=make_unit("EC-07"),
    )
    with pytest.raises(ValidationError):
        committee.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        committee.save()


def test_covering_finds_the_committee_of_a_canton_through_its_province():
    make_country("PE")
    el_oro = make_unit("EC-07")
    machala = make_unit("EC-0701", parent=el_oro)
    make_unit("EC-070150", parent=machala, level="parish")
    committee = make_mechanism(
        "el-oro-tumbes",
        kind="border_committee",
        level="territorial",
        ecuador_unit=el_oro,
        peru_unit=make_unit("PE-24"),
    )
    assert list(CoordinationMechanism.objects.covering("EC-0701")) == [committee]
    assert list(CoordinationMechanism.objects.covering("EC-070150")) == [committee]
    assert list(CoordinationMechanism.objects.covering("PE-24")) == [committee]
    assert list(CoordinationMechanism.objects.covering("EC-11")) == []
