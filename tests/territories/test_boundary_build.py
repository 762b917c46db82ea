"""The boundary build (tools/boundaries/build.py) on a small crafted set of sources:
two adjacent squares per country, the Peruvian ones overlapping Ecuador's a little."""

import importlib.util
import json
from pathlib import Path

import pytest

shapely = pytest.importorskip("shapely")
from shapely.geometry import box, mapping, shape  # noqa: E402

BUILD = Path(__file__).resolve().parents[2] / "tools" / "boundaries" / "build.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("boundary_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collection(features):
    return {"type": "FeatureCollection", "features": features}


def feature(geometry, **properties):
    return {"type": "Feature", "properties": properties, "geometry": mapping(geometry)}


@pytest.fixture
def sources(tmp_path):
    (tmp_path / "ec").mkdir()
    (tmp_path / "pe").mkdir()
    # Two cantons of El Oro sharing the edge x = -79.5, with a vertex on it.
    west = shapely.Polygon([(-80, -3), (-79.5, -3), (-79.5, -2.75), (-79.5, -2.5), (-80, -2.5)])
    east = shapely.Polygon([(-79.5, -3), (-79, -3), (-79, -2.5), (-79.5, -2.5), (-79.5, -2.75)])
    canton = {"DPA_PROVIN": "07", "DPA_DESPRO": "EL ORO"}
    (tmp_path / "ec" / "el_oro_cantones.geojson").write_text(
        json.dumps(
            collection(
                [
                    feature(west, DPA_CANTON="0701", DPA_DESCAN="MACHALA", **canton),
                    feature(east, DPA_CANTON="0702", DPA_DESCAN="ARENILLAS", **canton),
                ]
            )
        )
    )
    # Two provinces of Tumbes reaching 0.02° into Ecuador (another survey of the frontier).
    tumbes = {"CCDD": "24", "NOMBDEP": "TUMBES"}
    (tmp_path / "pe" / "jdcb_LIM_PROVINCIAL_PERU_MIN.json").write_text(
        json.dumps(
            collection(
                [
                    feature(
                        box(-80, -3.5, -79.5, -2.98), IDPROV="2401", NOMBPROV="TUMBES", **tumbes
                    ),
                    feature(
                        box(-79.5, -3.5, -79, -2.98),
                        IDPROV="2402",
                        NOMBPROV="CONTRALMIRANTE VILLAR",
                        **tumbes,
                    ),
                ]
            )
        )
    )
    return tmp_path


@pytest.fixture
def units_file(tmp_path):
    """The portal's units: a third canton that no source draws."""
    records = [
        {"model": "territories.administrativeunit", "fields": fields}
        for fields in [
            {"code": "EC-07", "name": "El Oro", "level": "province", "zif_membership": "full"},
            {
                "code": "EC-0701",
                "name": "Machala",
                "level": "canton",
                "zif_membership": "full",
                "parent": "EC-07",
            },
            {
                "code": "EC-0703",
                "name": "Atahualpa",
                "level": "canton",
                "zif_membership": "full",
                "parent": "EC-07",
            },
        ]
    ]
    path = tmp_path / "units.json"
    path.write_text(json.dumps(records))
    return path


@pytest.fixture
def layers(build, sources, units_file, tmp_path, capsys):
    output = tmp_path / "out"
    build.main(
        [
            "--sources",
            str(sources),
            "--output",
            str(output),
            "--units",
            str(units_file),
            "--no-topojson",
        ]
    )
    captured = capsys.readouterr()
    layers = {path.stem: json.loads(path.read_text("utf-8")) for path in output.glob("*.geojson")}
    return layers, captured


def geometries(layer):
    return {f["properties"]["code"]: shape(f["geometry"]) for f in layer["features"]}


def test_build_writes_every_layer_with_the_portal_codes(layers):
    layers, _ = layers
    assert set(layers) == {
        "ec-provinces",
        "ec-cantons",
        "pe-departments",
        "pe-provinces",
        "pe-districts",
    }
    cantons = {f["properties"]["code"]: f["properties"] for f in layers["ec-cantons"]["features"]}
    assert set(cantons) == {"EC-0701", "EC-0702"}
    assert cantons["EC-0701"]["name"] == "Machala"  # the portal's spelling
    assert cantons["EC-0702"]["name"] == "Arenillas"  # the source's, in title case
    assert cantons["EC-0701"]["parent"] == "EC-07" and cantons["EC-0701"]["level"] == "canton"
    departments = geometries(layers["pe-departments"])
    assert set(departments) == {"PE-24"}
    assert {f["properties"]["parent"] for f in layers["pe-provinces"]["features"]} == {"PE-24"}


def test_build_writes_valid_geometries_that_do_not_overlap(layers):
    layers, _ = layers
    for name, layer in layers.items():
        shapes = list(geometries(layer).values())
        assert all(s.is_valid for s in shapes), name
        for i, a in enumerate(shapes):
            for b in shapes[i + 1 :]:
                assert a.intersection(b).area < 1e-9, name


def test_build_draws_the_frontier_once_with_ecuadors_line(layers):
    layers, _ = layers
    ecuador = shapely.union_all(list(geometries(layers["ec-cantons"]).values()))
    peru = shapely.union_all(list(geometries(layers["pe-provinces"]).values()))
    assert ecuador.intersection(peru).area < 1e-9
    assert ecuador.area == pytest.approx(0.5)  # Ecuador keeps its whole survey
    assert peru.bounds[3] == pytest.approx(-3.0)  # Peru's 0.02° overlap is clipped away
    assert ecuador.intersection(peru).length == pytest.approx(1.0)  # they touch along it


def test_build_keeps_shared_edges_shared_and_nests_provinces(layers):
    layers, _ = layers
    cantons = geometries(layers["ec-cantons"])
    shared = cantons["EC-0701"].intersection(cantons["EC-0702"])
    assert shared.length == pytest.approx(0.5)
    province = geometries(layers["ec-provinces"])["EC-07"]
    assert province.symmetric_difference(cantons["EC-0701"].union(cantons["EC-0702"])).area < 1e-9


def test_build_puts_the_label_point_inside_each_unit(layers):
    layers, _ = layers
    for layer in layers.values():
        for f in layer["features"]:
            point = shapely.Point(f["properties"]["label_lon"], f["properties"]["label_lat"])
            assert shape(f["geometry"]).contains(point), f["properties"]["code"]


def test_build_reports_the_units_without_a_polygon_and_is_quiet_off_a_terminal(layers):
    layers, captured = layers
    assert [m["code"] for m in layers["ec-cantons"]["missing"]] == ["EC-0703"]
    assert layers["ec-provinces"]["missing"] == []
    assert captured.out == ""  # progress only on a terminal
    assert "EC-0703" in captured.err
