import hashlib
import json

import pytest
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.management.sql import sql_flush
from django.db import connection

from territories.models import AdministrativeUnit

pytestmark = pytest.mark.django_db(transaction=True)


def test_export_then_load_into_an_empty_database_gives_back_the_same_records(
    real_data_committed, tmp_path
):
    first = tmp_path / "first"
    call_command("export_zif", str(first))
    connection.ops.execute_sql_flush(sql_flush(no_style(), connection))
    assert not AdministrativeUnit.objects.exists()
    only_json = tmp_path / "load"
    only_json.mkdir()
    (only_json / "zif.json").write_text((first / "zif.json").read_text("utf-8"), "utf-8")
    call_command("load_zif", directory=str(only_json), verbosity=0)
    second = tmp_path / "second"
    call_command("export_zif", str(second))
    for name in ["zif.json", "seats.geojson", "csv/territories.csv", "csv/meetings.csv"]:
        assert (first / name).read_text("utf-8") == (second / name).read_text("utf-8"), name


def test_downloads_carry_licence_citation_and_checksums(real_data_committed, client):
    manifest = client.get("/data/manifest.json").json()
    assert "CC BY 4.0" in manifest["licence"] and manifest["citation"]
    response = client.get("/data/csv/territories.csv")
    assert response["Content-Type"].startswith("text/csv")
    body = response.content
    assert hashlib.sha256(body).hexdigest() == manifest["files"]["csv/territories.csv"]["sha256"]
    assert response["X-Checksum-SHA256"] == hashlib.sha256(body).hexdigest()
    assert 'rel="license"' in response["Link"]
    geo = json.loads(client.get("/data/seats.geojson").content)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert client.get("/data/csv/nothing.csv").status_code == 404


@pytest.mark.parametrize("language", ["es", "en"])
def test_data_page_lists_every_file_with_its_checksum(real_data_committed, client, language):
    html = client.get(f"/{language}/data/").content.decode()
    assert "zif.json" in html and "seats.geojson" in html and "csv/projects.csv" in html
    assert "CC BY 4.0" in html or "Creative Commons" in html
