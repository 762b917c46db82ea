"""The governance records transcribed from the source document."""

import pytest

from governance.models import CoordinationMechanism, LegalInstrument, Meeting

pytestmark = pytest.mark.django_db


def test_the_seven_mechanisms_and_seven_sub_bodies_of_the_document(real_data):
    top = CoordinationMechanism.objects.filter(parent__isnull=True)
    assert top.exclude(kind="plan_chapter").count() == 7
    # The Binational Plan's two national chapters are bodies of the Plan, not mechanisms.
    assert top.filter(kind="plan_chapter").count() == 2
    sub_bodies = CoordinationMechanism.objects.filter(parent__isnull=False)
    assert sub_bodies.filter(kind="border_committee").count() == 3
    assert sub_bodies.filter(kind="axis").count() == 2
    assert sub_bodies.filter(kind="work_group").count() == 2


def test_the_mechanism_hierarchy_has_no_cycle(real_data):
    for mechanism in CoordinationMechanism.objects.all():
        seen, node = set(), mechanism
        while node is not None:
            assert node.pk not in seen, mechanism.slug
            seen.add(node.pk)
            node = node.parent


def test_each_border_committee_joins_an_ecuadorian_and_a_peruvian_unit(real_data):
    joined = {
        m.slug: (m.ecuador_unit_id, m.peru_unit_id)
        for m in CoordinationMechanism.objects.filter(kind="border_committee")
    }
    assert joined == {
        "border-committee-el-oro-tumbes": ("EC-07", "PE-24"),
        "border-committee-loja-piura": ("EC-11", "PE-20"),
        "border-committee-zamora-chinchipe-cajamarca": ("EC-19", "PE-06"),
    }


def test_the_neighbourhood_commission_is_chaired_by_the_foreign_ministers(real_data):
    commission = CoordinationMechanism.objects.get(slug="neighbourhood-commission")
    assert commission.chair_en == "Foreign Ministers of Ecuador and Peru"


def test_the_instruments_of_the_document(real_data):
    numbers = set(LegalInstrument.objects.values_list("number", flat=True))
    assert {"501", "21136-DGAF", "5-12-M / 135", "888"} <= numbers
    gazette = LegalInstrument.objects.get(number="888")
    assert gazette.date.isoformat() == "2003-01-21"
    assert gazette.publishes.count() == 2
    extensions = LegalInstrument.objects.filter(kind="extension").order_by("date")
    assert [(e.valid_from_year, e.valid_to_year) for e in extensions] == [
        (2009, 2014),
        (2014, 2024),
        # The 2023 exchange of notes: its end is not published.
        (None, None),
    ]
    assert extensions.last().date.isoformat() == "2023-10-25"


def test_the_12th_binational_cabinet(real_data):
    cabinet = Meeting.objects.get(
        mechanism__slug="presidential-encounters-binational-cabinets", ordinal=12
    )
    assert cabinet.date.isoformat() == "2018-10-26"
    assert cabinet.city == "Quito"
    presided = set(
        cabinet.participations.filter(role="presided").values_list("person__name", flat=True)
    )
    assert presided == {"Martín Vizcarra", "Lenín Moreno"}
    assert cabinet.sources.filter(key="andina-12th-binational-cabinet").exists()


def test_cabinets_alternate_between_the_countries(real_data):
    hosts = list(
        Meeting.objects.filter(mechanism__slug="presidential-encounters-binational-cabinets")
        .order_by("ordinal")
        .values_list("country_id", flat=True)
    )
    assert all(a != b for a, b in zip(hosts, hosts[1:], strict=False))
