"""The citations transcribed into the fixtures: every value that the issue names is
cited, the disputes are all there with a preferred value, in both languages."""

import re

import pytest

from territories.models import AdministrativeUnit
from zif_portal.citations import disputes
from zif_portal.models import Citation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


def test_every_units_code_and_name_cite_their_own_source():
    for unit in AdministrativeUnit.objects.prefetch_related("citations"):
        fields = {c.field for c in unit.citations.all()}
        assert {"code", "name"} <= fields, unit.code
        if unit.seat:
            assert "seat" in fields, unit.code
        if unit.area_km2 is not None:
            assert "area_km2" in fields, unit.code


def test_the_disputes_the_sources_describe_are_all_kept_with_a_preferred_value():
    found = {(record.natural_key()[0], cited.name): cited for record, cited in disputes()}
    expected = {
        ("EC-14", "established_on"): ["1954-02-24"],
        ("binational-cabinet-03", "date"): ["2009-10-25"],
        ("zif-border-length", "value"): ["1529"],
        # CEPLAN's value, and the INEI polygon's own area where it differs by more than 1 %.
        ("PE-06", "area_km2"): ["33304.32", "32840.05"],
        ("PE-16", "area_km2"): ["368799.48", "374943.31"],
        ("PE-20", "area_km2"): ["35656.18", "35891.17"],
        ("PE-24", "area_km2"): ["4668.5"],
    }
    for key, others in expected.items():
        cited = found[key]
        assert sorted(o.value for o in cited.others) == sorted(others), key
        assert (
            cited.preferred is not None and cited.preferred.reason_es and cited.preferred.reason_en
        )


@pytest.mark.parametrize(
    ("language", "held", "other", "label"),
    [
        ("es", "10 de noviembre de 1953", "24 de febrero de 1954", "Otro valor publicado"),
        ("en", "Nov. 10, 1953", "Feb. 24, 1954", "Other published value"),
    ],
)
def test_morona_santiago_shows_both_creation_dates_and_which_is_preferred(
    client, language, held, other, label
):
    html = client.get(f"/{language}/territories/EC-14/").content.decode()
    assert held in html and other in html and label in html
    assert "Velasco Ibarra" in html  # the reason, and the quoted decree


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_mark_beside_el_oros_seat_leads_to_its_source(client, language):
    html = client.get(f"/{language}/territories/EC-07/").content.decode()
    seat = re.search(r"<dd>Machala(.*?)</dd>", html, re.S).group(1)
    anchor = re.search(r'href="#([^"]+)"', seat).group(1)
    note = re.search(rf'<li id="{anchor}">(.*?)</li>', html, re.S).group(1)
    assert f"/{language}/sources/wikipedia-en-provinces-of-ecuador/" in note


def test_the_api_gives_the_citation_of_every_value(client):
    data = client.get("/api/v1/territories/EC-07/").json()
    by_field = {}
    for citation in data["citations"]:
        by_field.setdefault(citation["field"], []).append(citation["source"])
    assert by_field["seat"] == ["wikipedia-en-provinces-of-ecuador"]
    assert "iso-3166-2-ec" in by_field["iso_code"]
    assert {"inec-dpa-sb-tabla7", "inec-dpa-parish-copy"} <= set(by_field["code"])
    meeting = client.get("/api/v1/meetings/binational-cabinet-03/").json()
    dates = [
        (c["source"], c["value"], c["preferred"])
        for c in meeting["citations"]
        if c["field"] == "date"
    ]
    assert ("cabinet-03-source", None, True) in dates
    assert ("cabinet-01-source-2", "2009-10-25", False) in dates


def test_the_open_data_has_every_citation_as_csv(client):
    body = client.get("/data/csv/citations.csv").content.decode()
    lines = body.strip().splitlines()
    assert lines[0].startswith("record_kind,record,field,source")
    assert len(lines) - 1 == Citation.objects.count()
    assert any(
        line.startswith("territories.administrativeunit,EC-14,established_on,") for line in lines
    )
