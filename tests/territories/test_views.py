import re

import pytest
from django.urls import reverse
from django.utils import translation

from territories.models import AdministrativeUnit
from tests.factories import make_figure, make_province_with_cantons, make_unit, make_zone

pytestmark = pytest.mark.django_db

LANGUAGES = ["es", "en"]


@pytest.fixture(scope="module")
def _rows(module_transaction, django_db_blocker):
    """Built once for the module (see `module_transaction`); returns El Oro's pk."""
    with django_db_blocker.unblock():
        return _build().pk


@pytest.fixture
def data(db, _rows):
    return AdministrativeUnit.objects.get(pk=_rows)


def _build():
    el_oro = make_province_with_cantons("EC-07", 3)
    el_oro.sources.first()
    zone = make_zone("zif", members=[el_oro])
    make_figure("zif-area", zone=zone, kind="area_km2", value=420000, approximate=True)
    make_figure("el-oro-cantons", unit=el_oro, kind="unit_count", counted_level="canton", value=14)
    return el_oro


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("zif_portal:home", {}),
        ("territories:unit-list", {}),
        ("territories:unit-detail", {"code": "EC-07"}),
        ("territories:unit-detail", {"code": "EC-0701"}),
        ("territories:zone-list", {}),
        ("territories:zone-detail", {"slug": "zif"}),
        ("zif_portal:source-list", {}),
    ],
)
def test_every_page_renders_in_both_languages(client, data, language, name, kwargs):
    response = client.get(url(name, language, **kwargs))
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_urls_carry_the_language_prefix(data):
    assert url("territories:unit-detail", "es", code="EC-0701") == "/es/territories/EC-0701/"
    assert url("territories:unit-detail", "en", code="EC-0701") == "/en/territories/EC-0701/"


def test_language_switcher_links_to_the_same_page_in_the_other_language(client, data):
    html = client.get("/es/territories/EC-07/").content.decode()
    assert 'href="/en/territories/EC-07/"' in html


def test_pages_are_translated(client, data):
    assert "Territorios" in client.get("/es/territories/").content.decode()
    assert "Territories" in client.get("/en/territories/").content.decode()


def test_detail_page_shows_breadcrumb_children_figures_and_sources(client, data):
    html = client.get("/en/territories/EC-0701/").content.decode()
    assert 'href="/en/territories/EC-07/"' in html  # breadcrumb to the province
    province = client.get("/en/territories/EC-07/").content.decode()
    assert "/en/territories/EC-0703/" in province  # children
    assert "Source " in province  # its source
    assert "14" in province and "Stated" in province


def test_unknown_code_answers_404_page_in_the_visitors_language(client, data):
    response = client.get("/en/territories/EC-99/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    response = client.get("/es/territories/EC-99/")
    assert response.status_code == 404
    assert "Página no encontrada" in response.content.decode()


@pytest.mark.parametrize(
    "query", ["in_zif=maybe", "level=planet", "country=XX", "page=-1", "page=9999", "colour=red"]
)
def test_invalid_filters_on_the_list_page_answer_400_with_a_message(client, data, query):
    response = client.get(f"/en/territories/?{query}")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode() or "not a page" in response.content.decode()


def test_list_page_filters_by_parent(client, data):
    make_unit("PE-24")
    html = client.get("/en/territories/?parent=EC-07").content.decode()
    assert "<code>EC-0702</code>" in html and "<code>PE-24</code>" not in html


@pytest.mark.parametrize(
    "path",
    [
        "/en/territories/",
        "/en/territories/EC-07/",
        "/en/zones/",
        "/en/zones/zif/",
        "/en/",
        "/en/sources/",
    ],
)
def test_page_query_counts_do_not_grow_with_rows(client, data, count_queries, path):
    # Once first: the process's own caches (content types, a panel's kept sections)
    # fill on a first visit, whichever test ran before; the rows are what is measured.
    client.get(path)
    small = count_queries(lambda: client.get(path))
    for i in range(4, 40):
        make_unit(f"EC-07{i:02d}", parent=data)
    for i in range(10, 14):
        make_province_with_cantons(f"EC-{i}", 3)
    assert count_queries(lambda: client.get(path)) == small


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_canton_with_many_parishes_lists_the_first_and_links_to_all(client, data, language):
    canton = AdministrativeUnit.objects.get(code="EC-0701")
    for i in range(1, 61):
        make_unit(f"EC-0701{i:02d}", parent=canton, level="parish")
    html = client.get(f"/{language}/territories/EC-0701/").content.decode()
    linked = set(re.findall(rf'href="/{language}/territories/(EC-0701\d\d)/"', html))
    assert linked == {f"EC-0701{i:02d}" for i in range(1, 51)}
    assert f'href="/{language}/territories/?parent=EC-0701"' in html
    assert ("All 60 units" if language == "en" else "Las 60 unidades") in html
    # The parish's own page shows its canton and province above it.
    parish = client.get(f"/{language}/territories/EC-070150/").content.decode()
    assert f'href="/{language}/territories/EC-0701/"' in parish
    assert f'href="/{language}/territories/EC-07/"' in parish
