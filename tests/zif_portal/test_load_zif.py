import json
import shutil

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

FIXTURES = settings.BASE_DIR / "fixtures"


def snapshot():
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label in {"zif_portal", "territories", "governance", "plan"}:
            rows[model._meta.label] = sorted(
                json.dumps(row, sort_keys=True, default=str) for row in model.objects.values()
            )
    return rows


def test_load_zif_twice_leaves_the_same_rows(capsys):
    call_command("load_zif")
    first = snapshot()
    call_command("load_zif")
    assert snapshot() == first
    assert "0 created, 0 updated" in capsys.readouterr().out


@pytest.fixture
def broken_fixtures(tmp_path):
    for path in FIXTURES.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    units_file = tmp_path / "20_units.json"
    records = json.loads(units_file.read_text(encoding="utf-8"))
    records[5]["fields"]["area_km2"] = "-10.00"
    units_file.write_text(json.dumps(records), encoding="utf-8")
    return tmp_path, records[5]["fields"]["code"]


def test_broken_fixture_loads_nothing_and_names_file_record_and_field(broken_fixtures):
    directory, code = broken_fixtures
    before = snapshot()
    with pytest.raises(CommandError) as error:
        call_command("load_zif", directory=str(directory))
    message = str(error.value)
    assert "20_units.json" in message
    assert "record 6" in message and code in message
    assert "area_km2" in message
    assert snapshot() == before


def test_invalid_json_is_reported_with_the_file_name(tmp_path):
    (tmp_path / "00_bad.json").write_text("[{", encoding="utf-8")
    with pytest.raises(CommandError, match="00_bad.json"):
        call_command("load_zif", directory=str(tmp_path))


def test_dry_run_checks_everything_and_writes_nothing():
    call_command("load_zif", dry_run=True)
    assert all(rows == [] for rows in snapshot().values())


def test_a_loaded_record_has_one_version_with_its_links_and_one_change_line():
    from territories.models import AdministrativeUnit
    from zif_portal.models import ChangeEntry

    call_command("load_zif", verbosity=0)
    unit = AdministrativeUnit.objects.get(code="EC-07")
    versions = list(unit.history.all())
    assert [v.history_type for v in versions] == ["+"]
    cited = set(versions[0].sources.values_list("source__key", flat=True))
    assert cited == set(unit.sources.values_list("key", flat=True)) and cited
    lines = ChangeEntry.objects.filter(model="territories.AdministrativeUnit", object_id=unit.pk)
    assert [line.action for line in lines] == ["+"]
    assert lines[0].label_en == str(unit) and lines[0].url_es == "/es/territories/EC-07/"
