import datetime
import re
from decimal import Decimal

import pytest

from tests.factories import make_figure, make_mechanism, make_meeting, make_unit, make_zone

pytestmark = pytest.mark.django_db


@pytest.fixture
def units():
    tumbes = make_unit(
        "PE-24",
        name="Tumbes",
        zif_membership="full",
        seat_latitude=Decimal("-3.57"),
        seat_longitude=Decimal("-80.46"),
    )
    make_unit(
        "PE-2401",
        parent=tumbes,
        name="Tumbes",
        zif_membership="full",
        seat_latitude=Decimal("-3.57"),
        seat_longitude=Decimal("-80.45"),
    )
    el_oro = make_unit("EC-07", name="El Oro", zif_membership="full")
    make_unit("EC-0701", parent=el_oro, name="Machala", zif_membership="full")
    make_unit(
        "PE-01",
        name="Amazonas",
        zif_membership="outside",
        seat_latitude=Decimal("-6.2"),
        seat_longitude=Decimal("-77.9"),
    )
    return tumbes


@pytest.mark.parametrize("language", ["es", "en"])
def test_map_draws_every_zif_unit_once_and_links_it(client, units, language):
    html = client.get(f"/{language}/map/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    for code in ["PE-24", "PE-2401", "EC-07", "EC-0701"]:
        links = re.findall(rf'href="/{language}/territories/{code}/"', svg)
        assert len(links) == 1, (code, len(links))
        assert f'href="/{language}/territories/{code}/"' in html[html.index("</svg>") :]  # table
    assert "/territories/PE-01/" not in html  # outside the ZIF
    assert 'class="legend"' in html


def test_map_page_makes_no_external_request_and_stays_small(client, units):
    response = client.get("/en/map/")
    html = response.content.decode()
    # Nothing is loaded from elsewhere: no absolute address in src or in a link that
    # fetches (the canonical address names the page itself and fetches nothing).
    fetched = re.sub(r'<link rel="canonical" href="[^"]*">', "", html)
    assert not re.search(r'(src|href)="https?://', fetched)
    assert len(response.content) < 300_000


def test_unit_page_has_a_small_map_of_the_unit_in_its_parent(client, units):
    html = client.get("/en/territories/PE-2401/").content.decode()
    small = html[html.index('class="map-small"') :]
    assert "Tumbes in Tumbes" in small  # the province in its department
    assert re.search(r'<path d="[^"]+" class="unit unit-fill unit-pe unit-focus"', small)
    assert "marker-seat" in small  # Tumbes has seat coordinates


@pytest.mark.parametrize("language", ["es", "en"])
def test_charts_are_svg_with_a_data_table(client, units, language):
    zone = make_zone("zif-peru", members=[units], country_id="PE", order=3)
    make_figure("share", zone=zone, kind="share_pct", value=22)
    cabinets = make_mechanism("cabinets", level="presidential", kind="cabinet")
    make_meeting("c1", cabinets, ordinal=1, date=datetime.date(2007, 6, 1))
    make_meeting("c2", cabinets, ordinal=2, date=datetime.date(2009, 10, 22))
    for path in ["/territories/", "/zones/", "/meetings/"]:
        html = client.get(f"/{language}{path}").content.decode()
        assert 'class="bar-chart"' in html and "<details>" in html, path
    meetings = client.get(f"/{language}/meetings/").content.decode()
    assert ">2008<" in meetings  # a year without meetings is shown as zero
    zones = client.get(f"/{language}/zones/").content.decode()
    assert "22 %" in zones
