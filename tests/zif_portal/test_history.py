"""Every admin change is kept with who and when, and can be restored; dependent
records protect what they depend on."""

import pytest
from django.contrib.auth.models import User
from django.db.models import ProtectedError

from territories.models import AdministrativeUnit
from tests.factories import make_unit, make_zone

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = User.objects.create_superuser("admin", "a@example.org", "a-long-password-1")
    client.force_login(user)
    return client


CITATIONS = "zif_portal-citation-content_type-object_id"  # the citations inline's prefix


def change_form_data(unit, **changes):
    data = {
        "code": unit.code,
        "country": unit.country_id,
        "level": unit.level,
        "parent": unit.parent_id or "",
        "iso_code": unit.iso_code or "",
        "name": unit.name,
        "seat": unit.seat,
        "area_km2": "",
        "seat_latitude": "",
        "seat_longitude": "",
        "natural_region": "",
        "zif_membership": unit.zif_membership,
        "zif_basis_es": "",
        "zif_basis_en": "",
        "established_on": "",
        "established_precision": "day",
        "establishment_basis_es": "",
        "establishment_basis_en": "",
        "description_es": "",
        "description_en": "",
        "sources": [s.pk for s in unit.sources.all()],
        "origin_links-TOTAL_FORMS": "0",
        "origin_links-INITIAL_FORMS": "0",
        "children-TOTAL_FORMS": "0",
        "children-INITIAL_FORMS": "0",
        "figures-TOTAL_FORMS": "0",
        "figures-INITIAL_FORMS": "0",
        f"{CITATIONS}-TOTAL_FORMS": "0",
        f"{CITATIONS}-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_admin_edit_is_kept_in_history_with_its_author_and_can_be_restored(admin_client):
    el_oro = make_unit("EC-07")
    canton = make_unit(
        "EC-0701",
        parent=el_oro,
        name="Machala",
        description_es="Texto antiguo",
        description_en="Old text",
    )
    url = f"/en/admin/territories/administrativeunit/{canton.pk}/change/"
    response = admin_client.post(
        url,
        change_form_data(
            canton, description_es="Capital bananera", description_en="Banana capital"
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    canton.refresh_from_db()
    assert canton.description_en == "Banana capital"
    latest = canton.history.first()
    assert latest.history_user.username == "admin"
    delta = latest.diff_against(latest.prev_record)
    assert {"description_es", "description_en"} <= set(delta.changed_fields)
    # The admin's history page lists the change, and reverting restores the old text.
    history = admin_client.get(f"{url.replace('change/', 'history/')}")
    assert history.status_code == 200
    first = canton.history.last()
    revert_url = url.replace("change/", f"history/{first.history_id}/")
    records_before = canton.history.count()
    page = admin_client.get(revert_url)
    assert page.status_code == 200
    assert "Old text" in page.content.decode()  # the form comes filled with the old record
    response = admin_client.post(
        revert_url,
        change_form_data(canton, description_es="Texto antiguo", description_en="Old text"),
    )
    assert response.status_code == 302
    canton.refresh_from_db()
    assert canton.description_en == "Old text"
    assert canton.history.count() == records_before + 1


def test_deleting_a_unit_listed_in_a_zone_is_refused_naming_the_zone():
    unit = make_unit("EC-07")
    make_zone("zif", members=[unit])
    with pytest.raises(ProtectedError) as error:
        unit.delete()
    assert "zif" in str(error.value) or "zone" in str(error.value).lower()
    assert AdministrativeUnit.objects.filter(code="EC-07").exists()


def test_admin_refuses_to_delete_a_province_with_cantons_and_says_why(admin_client):
    province = make_unit("EC-07")
    make_unit("EC-0701", parent=province, name="Machala")
    url = f"/en/admin/territories/administrativeunit/{province.pk}/delete/"
    page = admin_client.get(url).content.decode()
    assert "Machala" in page and "protected" in page.lower()
    admin_client.post(url, {"post": "yes"})
    assert AdministrativeUnit.objects.filter(code="EC-07").exists()
