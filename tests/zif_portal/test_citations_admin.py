"""Citations are edited inline on each record in the admin, checked there, and kept
in the record's history page."""

import pytest
from django.contrib.auth.models import User

from tests.factories import make_source, make_unit
from tests.zif_portal.test_history import CITATIONS, change_form_data
from zif_portal.models import Citation

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = User.objects.create_superuser("editor", "e@example.org", "a-long-password-1")
    client.force_login(user)
    return client


def inline(source, **fields):
    row = {
        "field": "seat",
        "source": source.pk,
        "locator": "",
        "quote": "",
        "value": "",
        "reason_es": "",
        "reason_en": "",
    }
    row.update(fields)
    data = {f"{CITATIONS}-TOTAL_FORMS": "1", f"{CITATIONS}-INITIAL_FORMS": "0"}
    for name, value in row.items():
        if value is True:
            data[f"{CITATIONS}-0-{name}"] = "on"
        elif value is not False:
            data[f"{CITATIONS}-0-{name}"] = value
    return data


def test_a_citation_added_inline_is_saved_and_shown_in_the_records_history(admin_client):
    unit = make_unit("EC-07", seat="Machala")
    source = make_source(key="dpa")
    url = f"/en/admin/territories/administrativeunit/{unit.pk}/change/"
    response = admin_client.post(url, change_form_data(unit, **inline(source, locator="Tabla 6")))
    assert response.status_code == 302, response.content.decode()[:2000]
    citation = Citation.objects.get()
    assert (citation.record, citation.field, citation.locator) == (unit, "seat", "Tabla 6")
    history = admin_client.get(f"/en/admin/territories/administrativeunit/{unit.pk}/history/")
    html = history.content.decode()
    assert "Changes to the citations of its values" in html
    assert "dpa" in html and "seat" in html


def test_the_inline_offers_only_the_records_fields(admin_client):
    unit = make_unit("EC-07")
    html = admin_client.get(
        f"/en/admin/territories/administrativeunit/{unit.pk}/change/"
    ).content.decode()
    assert '<option value="seat">' in html and '<option value="area_km2">' in html
    assert '<option value="number">' not in html  # a field of legal instruments


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"field": "population"}, "Select a valid choice"),
        ({"field": "area_km2", "value": "lots"}, "is not a value of the field"),
        ({"preferred": True}, "Say why this value is preferred"),
        ({"field": "seat", "value": "Machala"}, "leave the value empty"),
    ],
)
def test_a_wrong_citation_is_refused_with_a_message_and_nothing_changes(
    admin_client, fields, message
):
    unit = make_unit("EC-07", seat="Machala", description_en="Before", description_es="Antes")
    source = make_source()
    url = f"/en/admin/territories/administrativeunit/{unit.pk}/change/"
    data = change_form_data(
        unit, **inline(source, **fields), description_en="After", description_es="Después"
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    unit.refresh_from_db()
    assert unit.description_en == "Before"
    assert not Citation.objects.exists()
