"""The knowledge base as of a past day (`?as_of=`), on the real data: the three known
changes since the ZIF was defined (Datem del Marañón 2005, Putumayo 2014, Sevilla Don
Bosco 2024), in the API and on the pages, and the answers to a day it cannot read."""

import datetime

import pytest

pytestmark = pytest.mark.django_db

ZIF_DEFINED = "2003-01-21"


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


def codes(client, url):
    data = client.get(url).json()
    return [row["code"] for row in data["results"]]


def test_morona_santiago_had_no_sevilla_don_bosco_when_the_zif_was_defined(client):
    then = codes(client, f"/api/v1/territories/?parent=EC-14&as_of={ZIF_DEFINED}")
    today = codes(client, "/api/v1/territories/?parent=EC-14")
    assert "EC-1413" not in then and len(then) == 12
    assert "EC-1413" in today and len(today) == 13


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (ZIF_DEFINED, ["PE-1601", "PE-1602"]),
        ("2005-08-02", ["PE-1601", "PE-1602", "PE-1607"]),  # Datem del Marañón's law
        ("2014-04-30", ["PE-1601", "PE-1602", "PE-1607"]),
        ("2014-05-01", ["PE-1601", "PE-1602", "PE-1607", "PE-1608"]),  # Putumayo, May 2014
    ],
)
def test_loretos_provinces_as_of_each_change(client, day, expected):
    assert codes(client, f"/api/v1/territories/?parent=PE-16&as_of={day}") == expected


def test_a_unit_that_did_not_exist_yet_answers_404(client):
    assert client.get(f"/api/v1/territories/EC-1413/?as_of={ZIF_DEFINED}").status_code == 404
    assert client.get("/api/v1/territories/EC-1413/?as_of=2025-01-01").status_code == 200
    assert client.get(f"/en/territories/PE-1608/?as_of={ZIF_DEFINED}").status_code == 404


def test_a_unit_as_of_a_day_lists_the_units_within_it_then(client):
    data = client.get(f"/api/v1/territories/PE-16/?as_of={ZIF_DEFINED}").json()
    assert [child["code"] for child in data["children"]] == ["PE-1601", "PE-1602"]


def test_zone_memberships_as_of_a_day(client):
    then = client.get(f"/api/v1/zones/zif-peru/?as_of={ZIF_DEFINED}").json()["members"]
    today = client.get("/api/v1/zones/zif-peru/").json()["members"]
    assert "PE-1607" not in then and "PE-1608" not in then
    assert {"PE-1607", "PE-1608"} <= set(today)
    listed = client.get(f"/api/v1/zones/?as_of={ZIF_DEFINED}").json()["results"]
    assert "PE-1608" not in next(z for z in listed if z["slug"] == "zif-peru")["members"]


def test_the_amazon_count_is_compared_with_the_cantons_of_that_day(client):
    figures = client.get(f"/api/v1/zones/ecuador-amazon-provinces/?as_of={ZIF_DEFINED}").json()
    cantons = next(f for f in figures["figures"] if f["counted_level"] == "canton")
    today = client.get("/api/v1/zones/ecuador-amazon-provinces/").json()
    cantons_today = next(f for f in today["figures"] if f["counted_level"] == "canton")
    assert cantons_today["listed"] == "42.00"
    assert cantons["listed"] == "41.00"  # without Sevilla Don Bosco (2024)
    assert cantons["stated"] == "38.00"


def test_mechanisms_as_of_a_day(client):
    slugs = [
        m["slug"] for m in client.get("/api/v1/mechanisms/?as_of=2000-01-01").json()["results"]
    ]
    assert "presidential-encounters-binational-cabinets" not in slugs  # from June 2007
    slugs = [
        m["slug"] for m in client.get("/api/v1/mechanisms/?as_of=2008-01-01").json()["results"]
    ]
    assert "presidential-encounters-binational-cabinets" in slugs
    url = "/api/v1/mechanisms/presidential-encounters-binational-cabinets/"
    assert client.get(f"{url}?as_of=2000-01-01").status_code == 404
    assert (
        client.get(
            "/es/mechanisms/presidential-encounters-binational-cabinets/?as_of=2000-01-01"
        ).status_code
        == 404
    )


@pytest.mark.parametrize(
    ("language", "banner", "today_link"),
    [
        (
            "es",
            "Esta página muestra la base de conocimiento al 21 de enero de 2003",
            "Verla a día de hoy",
        ),
        ("en", "This page shows the knowledge base as of Jan. 21, 2003", "See it as of today"),
    ],
)
@pytest.mark.parametrize(
    "path",
    ["/territories/?parent=EC-14", "/territories/EC-14/", "/zones/zif/", "/zones/", "/mechanisms/"],
)
def test_pages_of_the_past_say_so_and_link_to_today(client, language, banner, today_link, path):
    sep = "&" if "?" in path else "?"
    response = client.get(f"/{language}{path}{sep}as_of={ZIF_DEFINED}")
    html = response.content.decode()
    assert response.status_code == 200
    assert banner in html and today_link in html
    today_url = f"/{language}{path}".replace("&", "&amp;")
    assert f'href="{today_url}"' in html
    assert f'href="/{language}/territories/EC-1413/"' not in html


@pytest.mark.parametrize(
    ("value", "es", "en"),
    [
        ("abc", "no es una fecha", "is not a date"),
        ("2003-13-01", "no es una fecha", "is not a date"),
        ("1829-12-31", "entre 1830-01-01 y hoy", "between 1830-01-01 and today"),
        (
            str(datetime.date.today() + datetime.timedelta(days=2)),
            "entre 1830-01-01 y hoy",
            "between 1830-01-01 and today",
        ),
    ],
)
def test_a_day_it_cannot_read_answers_400_in_the_visitors_language(client, value, es, en):
    for url in (
        "/api/v1/territories/",
        "/api/v1/territories/EC-07/",
        "/api/v1/zones/zif/",
        "/api/v1/mechanisms/",
    ):
        for language, message in (("es", es), ("en", en)):
            response = client.get(f"{url}?as_of={value}", HTTP_ACCEPT_LANGUAGE=language)
            assert response.status_code == 400, url
            assert message in response.json()["as_of"][0]
    for path in ("/territories/", "/territories/EC-07/", "/zones/zif/", "/mechanisms/"):
        for language, message in (("es", es), ("en", en)):
            response = client.get(f"/{language}{path}?as_of={value}")
            assert response.status_code == 400, path
            assert message in response.content.decode()
