import json

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

from territories.models import AdministrativeUnit

pytestmark = pytest.mark.django_db(transaction=True)


def snapshot():
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label in {"contenttypes", "sessions", "axes"}:
            continue
        if model._meta.label in (
            "auth.Permission",
            "zif_portal.DataVersion",
            "zif_portal.SearchEntry",
        ):
            continue
        rows[model._meta.label] = sorted(
            json.dumps(_by_natural_key(row), sort_keys=True, default=str)
            for row in model.objects.values()
        )
    return rows


def _by_natural_key(row):
    # Content types are numbered by each database as it creates them: citations name
    # theirs by natural key in a backup, so compare them by it too.
    if "content_type_id" in row:
        content_type = ContentType.objects.get_for_id(row["content_type_id"])
        row = {**row, "content_type_id": f"{content_type.app_label}.{content_type.model}"}
    return row


def test_backup_and_restore_round_trip_the_whole_database(real_data_committed, tmp_path):
    user = User.objects.create_user("editor", password="a-long-password-1")
    Token.objects.create(user=user)
    unit = AdministrativeUnit.objects.get(code="EC-0701")
    unit.description_en = "Edited"
    unit._history_user = user
    unit.save()
    before = snapshot()
    path = tmp_path / "zif.xml.gz"
    call_command("backup_zif", str(path))
    AdministrativeUnit.objects.filter(code="EC-0701").update(description_en="Lost")
    User.objects.create_user("intruder")
    call_command("restore_zif", str(path), yes=True)
    assert snapshot() == before
    # The search index is rebuilt from the restored records.
    from zif_portal.search import search

    assert search("machala").count


def test_a_broken_backup_changes_nothing(real_data_committed, tmp_path):
    before = snapshot()
    path = tmp_path / "broken.xml"
    path.write_text(
        '<?xml version="1.0"?><django-objects version="1.0"><object model="territories.country"',
        "utf-8",
    )
    with pytest.raises(CommandError, match="Nothing was changed"):
        call_command("restore_zif", str(path), yes=True)
    assert snapshot() == before
    # The search index is rebuilt from the restored records.
    from zif_portal.search import search

    assert search("machala").count
