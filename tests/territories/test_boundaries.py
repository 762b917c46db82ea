"""The boundary layers that ship with the portal, the point lookup, the GeoJSON
answers of the API and the map drawn from them, on the real data."""

import gzip
import json
import re

import pytest

from territories import boundaries
from territories.models import AdministrativeUnit

shapely = pytest.importorskip("shapely")
from shapely.geometry import shape  # noqa: E402

pytestmark = pytest.mark.django_db

KM2_PER_SQUARE_DEGREE = 111.32**2  # at the equator: an upper bound in the ZIF's latitudes
NO_POLYGON = {"EC-1413"}  # Sevilla Don Bosco: no source draws it yet


@pytest.fixture(scope="module")
def zif_codes(real_data, django_db_blocker):
    with django_db_blocker.unblock():
        return set(
            AdministrativeUnit.objects.in_zif().above_local_level().values_list("code", flat=True)
        )


def test_every_zif_unit_has_a_polygon_but_sevilla_don_bosco_which_is_reported(zif_codes):
    drawn = set(boundaries.by_code())
    assert zif_codes - drawn == NO_POLYGON
    assert set(boundaries.missing()) >= NO_POLYGON
    assert (
        "Morona" in boundaries.missing()["EC-1413"]
        or "created from" in (boundaries.missing()["EC-1413"])
    )


@pytest.mark.parametrize("name", boundaries.LAYERS)
def test_every_geometry_is_valid_wgs84(name):
    for feature in boundaries.layer_file(name)["features"]:
        geometry = shape(feature["geometry"])
        assert geometry.is_valid, feature["properties"]["code"]
        west, south, east, north = geometry.bounds
        assert west > -82 and east < -68 and south > -11 and north < 2  # lon/lat, not metres


@pytest.mark.parametrize("name", boundaries.LAYERS)
def test_no_two_polygons_of_a_layer_overlap(name):
    geometries = [shape(f["geometry"]) for f in boundaries.layer_file(name)["features"]]
    tree = shapely.STRtree(geometries)
    for i, j in zip(*tree.query(geometries, predicate="intersects"), strict=True):
        if i < j:
            overlap = geometries[i].intersection(geometries[j]).area * KM2_PER_SQUARE_DEGREE
            assert overlap < 0.5, (name, i, j, overlap)


def test_the_frontier_is_drawn_once():
    ecuador = shapely.union_all(
        [shape(f["geometry"]) for f in boundaries.layer_file("ec-provinces")["features"]]
    )
    peru = shapely.union_all(
        [shape(f["geometry"]) for f in boundaries.layer_file("pe-departments")["features"]]
    )
    assert ecuador.intersection(peru).area * KM2_PER_SQUARE_DEGREE < 0.5


def test_the_label_point_of_every_unit_is_inside_it():
    for unit in boundaries.by_code().values():
        assert boundaries.unit_contains(unit, *unit.label), unit.code


def test_the_pure_python_lookup_agrees_with_shapely():
    units = list(boundaries.by_code().values())
    for lon, lat in [(-79.9553, -3.2581), (-78.1, -2.3), (-76.0, -4.5), (-80.6, -5.0)]:
        expected = sorted(
            u.code for u in units if shape(u.geometry).contains(shapely.Point(lon, lat))
        )
        assert sorted(boundaries.containing(lat, lon)) == expected


@pytest.mark.parametrize(
    ("point", "codes"),
    [
        ("-3.2581,-79.9553", ["EC-0701", "EC-07"]),  # Machala
        ("-3.7437,-73.2516", ["PE-160101", "PE-1601", "PE-16"]),  # Iquitos: district first
        ("-3.9931,-79.2042", ["EC-1101", "EC-11"]),  # Loja
        ("-4.0,-79.2", ["EC-1101", "EC-11"]),  # the "done when"
        (" -4.0 , -79.2 ", ["EC-1101", "EC-11"]),
        ("-12.0464,-77.0428", []),  # Lima: no unit of the ZIF
        ("40.4,-3.7", []),  # Madrid: outside every layer
    ],
)
def test_contains_answers_the_units_of_the_point_deepest_first(client, real_data, point, codes):
    response = client.get("/api/v1/territories/", {"contains": point})
    assert response.status_code == 200
    assert [u["code"] for u in response.json()["results"]] == codes


@pytest.mark.parametrize(
    "point", ["abc", "-4.0", "-4.0,-79.2,3", "-4.0;-79.2", "nan,1", "-91,0", "0,180.5", ","]
)
def test_contains_refuses_what_is_not_a_point(client, real_data, point):
    response = client.get("/api/v1/territories/", {"contains": point}, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 400
    message = response.json()["contains"][0]
    assert "latitud" in message and "latitude" not in message  # in the visitor's language


def test_geojson_of_a_unit_is_a_feature_with_its_polygon(client, real_data):
    response = client.get("/api/v1/territories/EC-07/", {"format": "geojson"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    feature = response.json()
    assert feature["type"] == "Feature" and feature["id"] == "EC-07"
    assert shape(feature["geometry"]).contains(shapely.Point(-79.9553, -3.2581))
    assert feature["properties"]["name"] == "El Oro"
    assert feature["properties"]["boundary"] == "ec-provinces"


def test_geojson_of_a_unit_without_a_boundary_says_so(client, real_data):
    feature = client.get("/api/v1/territories/EC-1413/", {"format": "geojson"}).json()
    assert feature["type"] == "Feature"
    assert feature["geometry"] is None
    assert feature["properties"]["boundary"] == "none published"


def test_geojson_of_a_list_is_a_feature_collection_of_the_filtered_page(client, real_data):
    response = client.get(
        "/api/v1/territories/", {"parent": "EC-14", "format": "geojson", "page_size": 5}
    )
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    assert collection["count"] == 13 and collection["next"]
    assert [f["id"] for f in collection["features"]] == [
        "EC-1401",
        "EC-1402",
        "EC-1403",
        "EC-1404",
        "EC-1405",
    ]
    assert all(f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in collection["features"])


def test_geojson_list_of_a_point_lookup(client, real_data):
    collection = client.get(
        "/api/v1/territories/", {"contains": "-4.0,-79.2", "format": "geojson"}
    ).json()
    assert [f["id"] for f in collection["features"]] == ["EC-1101", "EC-11"]


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_map_links_every_zif_unit_in_its_svg(client, real_data, zif_codes, language):
    html = client.get(f"/{language}/map/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    linked = set(re.findall(rf'<a href="/{language}/territories/([A-Z]{{2}}-[0-9]+)/"', svg))
    assert linked == zif_codes
    assert re.search(r"<a [^>]*aria-label=\"Machala \(", svg)
    no_boundary = "sin límite publicado" if language == "es" else "no boundary published"
    assert f"Sevilla Don Bosco: {no_boundary}" in svg


def test_the_map_page_weighs_at_most_150_kb_gzip_with_its_css(client, real_data, settings):
    html = client.get("/es/map/").content
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_bytes()
    weight = len(gzip.compress(html, 9)) + len(gzip.compress(css, 9))
    assert weight <= 150_000, weight


def test_the_map_svg_uses_one_decimal_at_most(client, real_data):
    html = client.get("/es/map/").content.decode()
    paths = re.findall(r' d="([^"]+)"', html)
    assert paths and not any(re.search(r"\d\.\d\d", d) for d in paths)
    assert not re.search(r'viewBox="[^"]*,', html)  # no decimal commas in any language


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?country=EC", "/es/territories/EC-1908/"),
        ("?country=PE", "/es/territories/PE-0609/"),
        ("?unit=EC-19", "/es/territories/EC-1908/"),
        ("?unit=PE-1601", "Iquitos"),  # a district, drawn from the district layer
    ],
)
def test_the_map_draws_each_side_and_each_unit(client, real_data, query, expected):
    response = client.get(f"/es/map/{query}")
    assert response.status_code == 200
    svg = response.content.decode().split("<svg", 1)[1].split("</svg>", 1)[0]
    assert expected in svg


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?unit=EC-99", "Ninguna unidad"),
        ("?unit=EC-070150", "Ninguna unidad"),  # a parish: not drawn on its own
        ("?country=CO", "EC (Ecuador) o PE (Perú)"),
        ("?zoom=3", "zoom"),
        ("?country=EC&unit=EC-19", "no ambos"),
    ],
)
def test_the_map_refuses_unknown_parameters_with_a_translated_message(
    client, real_data, query, message
):
    response = client.get(f"/es/map/{query}")
    assert response.status_code == 400
    assert message in response.content.decode()


def test_every_unit_page_shows_its_unit_in_its_parent(client, real_data):
    html = client.get("/en/territories/EC-1908/").content.decode()
    small = html[html.index('class="map-small"') :]
    assert "Palanda in Zamora Chinchipe" in small
    assert "unit-focus" in small and 'href="/en/territories/EC-19/"' in small
    missing = client.get("/en/territories/EC-1413/").content.decode()
    assert "Sevilla Don Bosco: no boundary published" in missing


def test_a_zone_page_has_its_map(client, real_data):
    html = client.get("/es/zones/ecuador-amazon-provinces/").content.decode()
    svg = html[html.index('id="zone-map-title"') :]
    assert 'href="/es/territories/EC-19/"' in svg
    # El Oro is not an Amazon province: drawn, but in grey.
    assert re.search(r'<a href="/es/territories/EC-0701/"[^>]*>.*?class="unit unit-out', svg)


def test_the_boundaries_are_open_data_with_their_terms(client, real_data):
    manifest = client.get("/data/manifest.json").json()
    entry = manifest["files"]["boundaries/ec-cantons.geojson"]
    assert "INEC" in " ".join(entry["attribution"]) and "CC BY" in entry["licence"]
    response = client.get("/data/boundaries/ec-cantons.geojson")
    assert response["Content-Type"].startswith("application/geo+json")
    assert json.loads(response.content)["features"]
    assert "boundaries/boundaries.topojson" in manifest["files"]
    assert "boundaries/ATTRIBUTION.md" in manifest["files"]
