import pytest

from territories.models import AdministrativeUnit
from tests.factories import make_province_with_cantons, make_unit

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _rows(module_transaction, django_db_blocker):
    """Built once for the module (see `module_transaction`); returns El Oro's and Loja's pks."""
    with django_db_blocker.unblock():
        el_oro = make_province_with_cantons("EC-07", 3)
        loja = make_province_with_cantons("EC-11", 2)
        make_unit("PE-24", zif_membership="full")
        make_unit("PE-01", zif_membership="outside")
        return el_oro.pk, loja.pk


@pytest.fixture
def el_oro_and_loja(db, _rows):
    return tuple(AdministrativeUnit.objects.get(pk=pk) for pk in _rows)


def codes(response):
    return [item["code"] for item in response.json()["results"]]


def test_parent_filter_lists_the_cantons_of_a_province(client, el_oro_and_loja):
    response = client.get("/api/v1/territories/", {"parent": "EC-07"})
    assert response.status_code == 200
    assert codes(response) == ["EC-0701", "EC-0702", "EC-0703"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "PE"}, ["PE-01", "PE-24"]),
        ({"level": "canton", "parent": "EC-11"}, ["EC-1101", "EC-1102"]),
        ({"in_zif": "false"}, ["PE-01"]),
        ({"in_zif": "true", "country": "PE"}, ["PE-24"]),
        ({"search": "EC-110"}, ["EC-1101", "EC-1102"]),
        ({"level": "department", "ordering": "-code"}, ["PE-24", "PE-01"]),
    ],
)
def test_filters_search_and_ordering(client, el_oro_and_loja, params, expected):
    response = client.get("/api/v1/territories/", params)
    assert response.status_code == 200
    assert codes(response) == expected


def test_detail_by_code_shows_children_and_sources(client, el_oro_and_loja):
    response = client.get("/api/v1/territories/EC-07/")
    assert response.status_code == 200
    data = response.json()
    assert [c["code"] for c in data["children"]] == ["EC-0701", "EC-0702", "EC-0703"]
    assert data["sources"][0]["key"].startswith("source-")


def test_detail_returns_404_json_for_unknown_code(client, el_oro_and_loja):
    response = client.get("/api/v1/territories/EC-99/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in response.json()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"in_zif": "maybe"}, "in_zif"),
        ({"level": "planet"}, "level"),
        ({"country": "XX"}, "country"),
        ({"parent": "EC-99"}, "parent"),
        ({"page": "-1"}, "page"),
        ({"page": "abc"}, "page"),
        ({"page_size": "0"}, "page_size"),
        ({"colour": "red"}, "non_field_errors"),
    ],
)
def test_invalid_filter_values_answer_400_naming_the_parameter(
    client, el_oro_and_loja, params, field
):
    response = client.get("/api/v1/territories/", params, headers={"accept-language": "en"})
    assert response.status_code == 400
    body = response.json()
    assert field in body or (field == "non_field_errors" and "colour" in str(body))


def test_huge_page_size_is_clamped_and_said(client, el_oro_and_loja):
    response = client.get("/api/v1/territories/", {"page_size": 1_000_000})
    assert response.status_code == 200
    assert response.json()["page_size"] == 200


def test_page_past_the_end_answers_404_json(client, el_oro_and_loja):
    # Past the end but within the rows a list pages through (deeper pages answer 400).
    response = client.get("/api/v1/territories/", {"page": 99})
    assert response.status_code == 404


def test_api_is_read_only_for_anonymous_clients(client, el_oro_and_loja):
    response = client.post("/api/v1/territories/", {"code": "EC-99"})
    assert response.status_code in (401, 403, 405)
