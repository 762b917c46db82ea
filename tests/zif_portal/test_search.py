import pytest

from tests.factories import (
    make_mechanism,
    make_meeting,
    make_person,
    make_source,
    make_unit,
    make_zone,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _rows(module_transaction, django_db_blocker):
    """Built once for the module (see `module_transaction`)."""
    with django_db_blocker.unblock():
        _build()


@pytest.fixture
def records(db, _rows):
    """The records the searches below look for."""


def _build():
    zamora = make_unit("EC-19", name="Zamora Chinchipe")
    make_unit("EC-1901", parent=zamora, name="Zamora")
    make_unit("EC-21", name="Sucumbíos")
    cajamarca = make_unit("PE-06", name="Cajamarca")
    make_unit("PE-0608", parent=cajamarca, name="Jaen")
    make_mechanism(
        "zamora-cajamarca",
        name_es="Comité de Frontera Zamora Chinchipe–Cajamarca",
        name_en="Zamora Chinchipe–Cajamarca Border Committee",
        kind="border_committee",
        level="territorial",
        ecuador_unit_id="EC-19",
        peru_unit_id="PE-06",
    )
    cabinets = make_mechanism("cabinets", level="presidential", kind="cabinet")
    make_meeting("cabinet-12", cabinets, ordinal=12, city="Quito")
    make_person("martin-vizcarra")
    make_zone("zif", members=[zamora])
    make_source(key="andina", title_es="Nota de Andina", title_en="Andina item")


def kinds_and_keys(client, q):
    response = client.get("/api/v1/search/", {"q": q})
    assert response.status_code == 200, response.content
    return [(r["kind"], r["key"]) for r in response.json()["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sucumbios", "EC-21"),
        ("SUCUMBÍOS", "EC-21"),
        ("Sucumbíos", "EC-21"),
        ("jaén", "PE-0608"),
        ("JAEN", "PE-0608"),
        ("comite", "zamora-cajamarca"),
        ("Comité", "zamora-cajamarca"),
        ("committee", "zamora-cajamarca"),
        ("vizcarra", "martin-vizcarra"),
    ],
)
def test_search_folds_accents_and_case_both_ways_in_both_languages(
    client, records, query, expected
):
    assert expected in [key for _kind, key in kinds_and_keys(client, query)]


def test_an_exact_name_ranks_first(client, records):
    results = kinds_and_keys(client, "zamora")
    assert results[0] == ("territory", "EC-1901")
    assert ("territory", "EC-19") in results[:3]
    assert ("mechanism", "zamora-cajamarca") in results


def test_every_kind_of_record_can_be_found(client, records):
    found = {kind for kind, _key in kinds_and_keys(client, "zamora")}
    found |= {kind for kind, _key in kinds_and_keys(client, "andina")}
    found |= {kind for kind, _key in kinds_and_keys(client, "quito")}
    found |= {kind for kind, _key in kinds_and_keys(client, "vizcarra")}
    found |= {kind for kind, _key in kinds_and_keys(client, "zone zif")}
    assert {"territory", "mechanism", "zone", "source", "meeting", "person"} <= found


@pytest.mark.parametrize("query", ["", "   ", "!!!¿¿??---", "x" * 10_000])
def test_bad_queries_get_a_clear_400(client, records, query):
    api = client.get("/api/v1/search/", {"q": query})
    assert api.status_code == 400 and api.json()["q"]
    page = client.get("/en/search/", {"q": query})
    assert page.status_code == 400 and 'role="alert"' in page.content.decode()


@pytest.mark.parametrize("language", ["es", "en"])
def test_search_page_groups_results_by_kind_in_the_visitors_language(client, records, language):
    html = client.get(f"/{language}/search/", {"q": "zamora"}).content.decode()
    assert f'href="/{language}/territories/EC-19/"' in html
    assert f'href="/{language}/mechanisms/zamora-cajamarca/"' in html
    label = "Territorios" if language == "es" else "Territories"
    assert f">{label}</h2>" in html


def test_every_page_has_the_search_box(client, records):
    assert 'role="search"' in client.get("/en/territories/").content.decode()


def test_renamed_record_is_found_under_its_new_name(client, records):
    from territories.models import AdministrativeUnit

    unit = AdministrativeUnit.objects.get(code="EC-21")
    unit.name = "Nueva Sucumbíos"
    unit.save()
    assert kinds_and_keys(client, "nueva")[0] == ("territory", "EC-21")
