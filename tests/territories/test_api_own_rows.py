"""API tests that build their own rows (those of test_api.py share one set of rows)."""

import pytest

from tests.factories import make_figure, make_province_with_cantons, make_unit, make_zone

pytestmark = pytest.mark.django_db


def test_zone_detail_compares_stated_and_listed_figures(client):
    province = make_province_with_cantons("EC-07", 2)
    zone = make_zone("el-oro", members=[province])
    make_figure("cantons", zone=zone, kind="unit_count", counted_level="canton", value=3)
    data = client.get("/api/v1/zones/el-oro/").json()
    (figure,) = data["figures"]
    assert figure["stated"] == "3.00"
    assert figure["listed"] == "2.00"
    assert figure["difference"] == "-1.00"


def test_list_and_detail_query_counts_do_not_grow_with_rows(client, count_queries):
    el_oro = make_province_with_cantons("EC-07", 2)
    urls = [
        "/api/v1/territories/",
        "/api/v1/territories/EC-07/",
        "/api/v1/zones/",
        "/api/v1/zones/z1/",
        "/api/v1/countries/",
        "/api/v1/sources/",
    ]
    make_zone("z1", members=[el_oro])
    for url in urls:  # the first request of a process fills caches of its own
        client.get(url)
    small = [count_queries(lambda url=url: client.get(url)) for url in urls]
    for i in range(3, 30):
        make_unit(f"EC-07{i:02d}", parent=el_oro)
    for i in range(10, 16):
        make_province_with_cantons(f"EC-{i}", 4)
    make_zone("z2", members=[el_oro])
    large = [count_queries(lambda url=url: client.get(url)) for url in urls]
    assert large == small
