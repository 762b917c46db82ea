"""Every value chain of the Plan is located, with its sources, on both sides of the
border, as loaded from the real fixtures; and each chain's page lists and maps them."""

import pytest

from plan.models import ChainRole, PlanFigure, ValueChain, ValueChainTerritory

pytestmark = pytest.mark.django_db

CHAINS = ["amazonian-fruits", "forest-products", "fish-farming", "potatoes", "coffee", "tourism"]


@pytest.fixture(autouse=True)
def _data(real_data):
    pass


def test_the_six_chains_of_the_seed_document_are_all_located():
    assert sorted(ValueChain.objects.values_list("slug", flat=True)) == sorted(CHAINS)
    for slug in CHAINS:
        places = ValueChainTerritory.objects.filter(value_chain__slug=slug)
        assert places.exists(), slug
        for place in places:
            assert place.source_id and place.quote.strip(), (slug, place.unit.code)
            assert place.role in ChainRole.values


@pytest.mark.parametrize(
    "slug", ["amazonian-fruits", "forest-products", "fish-farming", "potatoes", "tourism"]
)
def test_each_chain_has_places_on_both_sides_of_the_border(slug):
    countries = set(
        ValueChainTerritory.objects.filter(value_chain__slug=slug).values_list(
            "unit__country_id", flat=True
        )
    )
    assert countries == {"EC", "PE"}, slug


def test_places_reach_the_finest_unit_the_source_names():
    # A parish, a district: below the cantons and provinces.
    finest = {
        ("potatoes", "EC-111155"),  # San Antonio de Cumbe, Saraguro
        ("potatoes", "PE-200308"),  # Sondorillo, Huancabamba
        ("amazonian-fruits", "EC-220152"),  # Taracoa, Orellana
        ("tourism", "PE-240203"),  # Canoas de Punta Sal
        ("tourism", "EC-111351"),  # Mangahurco, Zapotillo
        ("tourism", "PE-200706"),  # Máncora, Talara
    }
    held = set(ValueChainTerritory.objects.values_list("value_chain__slug", "unit__code"))
    assert finest <= held
    levels = set(
        ValueChainTerritory.objects.filter(unit__code__in=[c for _, c in finest]).values_list(
            "unit__level", flat=True
        )
    )
    assert levels == {"parish", "district"}


def test_the_binational_route_is_a_project_place_and_quotes_its_source():
    place = ValueChainTerritory.objects.get(value_chain__slug="tourism", unit__code="EC-1113")
    assert place.role == ChainRole.PROJECT
    assert "cantón Zapotillo" in place.quote and "Plan Binacional" in place.locator


def test_chain_figures_carry_source_and_quote_and_competing_values_are_both_kept():
    figures = PlanFigure.objects.filter(value_chain__isnull=False)
    assert all(f.source_id and f.quote for f in figures)
    palora = PlanFigure.objects.filter(
        value_chain__slug="amazonian-fruits", unit__code="EC-1404", kind="hectares"
    )
    # MAG via El Comercio (February 2019) and La Verdad (September 2020) disagree.
    assert {int(f.value) for f in palora} >= {1528, 2000}
    papa = PlanFigure.objects.get(key="papa-huancabamba-hectareas-sembradas")
    assert papa.value == 1510 and "1.510 hectáreas" in papa.quote


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("slug", CHAINS)
def test_every_chain_page_lists_and_maps_its_territories(client, slug, lang):
    response = client.get(f"/{lang}/value-chains/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="chain-map-title"' in html
    for place in ValueChainTerritory.objects.filter(value_chain__slug=slug).select_related(
        "unit", "source"
    ):
        assert place.unit.get_absolute_url() in html, place.unit.code


def test_an_english_source_says_so():
    from zif_portal.models import Source

    assert Source.objects.get(key="innovact-frontera-innovacion-2019").language == "en"
    assert Source.objects.get(key="efe-balsa-pastaza-2020").language == "es"


def test_a_quote_is_marked_with_the_language_of_its_source(client):
    html = client.get("/es/value-chains/tourism/").content.decode()
    assert '<q lang="en">A dozen representatives' in html
    assert '<q lang="es">Tumbes es uno de los destinos' in html
