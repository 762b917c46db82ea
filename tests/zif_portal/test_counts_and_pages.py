"""The mechanisms that keep long lists cheap: totals counted once per data version
(and counted afresh when the data change), and no page deep enough to be a scan."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from territories.models import AdministrativeUnit
from tests.factories import make_unit
from zif_portal import listing
from zif_portal.cache import bump_version, cached_count
from zif_portal.listing import first_with_total

pytestmark = pytest.mark.django_db


@pytest.fixture
def counts_kept(settings):
    settings.ZIF_COUNT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def units():
    return AdministrativeUnit.objects.order_by("code")


def test_a_kept_total_is_used_until_the_data_version_changes(counts_kept):
    for n in range(1, 6):
        make_unit(f"EC-{n:02d}")
    bump_version()
    assert first_with_total(units(), 2)[1] == 5
    # Rows added without raising the version (a raw bulk insert): the kept total
    # stays, which shows it is not counted again...
    AdministrativeUnit.objects.bulk_create(
        [AdministrativeUnit(code="EC-09", country_id="EC", level="province", name="Nueve")]
    )
    rows, total = first_with_total(units(), 2)
    assert total == 5 and [u.code for u in rows] == ["EC-01", "EC-02"]
    # ...until the version changes: then it is counted afresh.
    bump_version()
    assert first_with_total(units(), 2)[1] == 6


def test_first_with_total_stays_one_query(counts_kept):
    for n in range(1, 6):
        make_unit(f"EC-{n:02d}")
    bump_version()
    for _ in range(2):  # counted, then kept
        with CaptureQueriesContext(connection) as queries:
            rows, total = first_with_total(units(), 3)
        assert len(queries) == 1 and total == 5 and len(rows) == 3


def test_a_save_changes_the_kept_total(counts_kept):
    make_unit("EC-07")
    make_unit("EC-11")
    assert first_with_total(units(), 1)[1] == 2
    make_unit("EC-19")  # a save raises the version
    assert first_with_total(units(), 1)[1] == 3


def test_cached_count_follows_the_data_version(counts_kept):
    make_unit("EC-07")
    assert cached_count(units()) == 1
    AdministrativeUnit.objects.bulk_create(
        [AdministrativeUnit(code="EC-09", country_id="EC", level="province", name="Nueve")]
    )
    assert cached_count(units()) == 1  # kept: no version change yet
    bump_version()
    assert cached_count(units()) == 2


def test_without_the_setting_every_count_is_fresh(settings):
    settings.ZIF_COUNT_CACHE_SECONDS = 0
    make_unit("EC-07")
    assert cached_count(units()) == 1
    AdministrativeUnit.objects.bulk_create(
        [AdministrativeUnit(code="EC-09", country_id="EC", level="province", name="Nueve")]
    )
    assert cached_count(units()) == 2


@pytest.mark.parametrize("url", ["/en/territories/?page=5000", "/api/v1/territories/?page=5000"])
def test_deep_pages_answer_400_without_a_scan(client, url, monkeypatch):
    make_unit("EC-07")
    response = client.get(url)
    assert response.status_code == 400


def test_no_page_reaches_past_the_bound(client, monkeypatch):
    monkeypatch.setattr(listing, "MAX_ROWS_PAGED", 2)
    from zif_portal.api import pagination

    monkeypatch.setattr(pagination, "MAX_ROWS_PAGED", 2)
    for n in range(1, 6):
        make_unit(f"EC-{n:02d}")
    assert client.get("/api/v1/territories/?page_size=1&page=2").status_code == 200
    api = client.get("/api/v1/territories/?page_size=1&page=3")
    assert api.status_code == 400 and "page" in api.json()
    assert client.get("/en/territories/?page=1").status_code == 200


def test_sorting_after_filtering_keeps_the_rows_and_their_order():
    """The opaque ordering sorts as the plain one does, NULLs included."""
    make_unit("EC-07", established_on=None)
    for n, day in ((1, "2001-05-01"), (2, None), (3, "1999-01-01"), (4, None)):
        make_unit(
            f"EC-070{n}", parent=AdministrativeUnit.objects.get(code="EC-07"), established_on=day
        )
    plain = AdministrativeUnit.objects.order_by("-established_on", "code")
    opaque = listing.sorted_after_filtering(plain)
    assert "COALESCE" in str(opaque.query)
    assert list(opaque.values_list("code", flat=True)) == list(plain.values_list("code", flat=True))


def test_a_short_list_is_sorted_after_filtering_and_a_long_one_read_in_order(monkeypatch):
    for n in range(1, 6):
        make_unit(f"EC-{n:02d}")
    paginator = listing.CachedCountPaginator(units(), 2)
    assert "COALESCE" in str(paginator.page(1).object_list.query)
    monkeypatch.setattr(listing, "SORT_AFTER_FILTERING", 4)
    paginator = listing.CachedCountPaginator(units(), 2)
    page = paginator.page(2)
    assert "COALESCE" not in str(page.object_list.query)
    assert [u.code for u in page] == ["EC-03", "EC-04"]


def test_a_value_kept_in_the_process_is_built_again_when_the_data_change(settings):
    from zif_portal.cache import memo_per_version

    settings.ZIF_SECTION_CACHE_SECONDS = 600
    built = []

    def build():
        built.append(1)
        return len(built)

    assert memo_per_version("test", "key", build) == 1
    assert memo_per_version("test", "key", build) == 1
    assert memo_per_version("test", "other key", build) == 2
    bump_version()
    assert memo_per_version("test", "key", build) == 3
    settings.ZIF_SECTION_CACHE_SECONDS = 0
    assert memo_per_version("test", "key", build) == 4


def test_first_with_total_counts_the_rows_as_written_for_counting():
    for n in range(1, 6):
        make_unit(f"EC-{n:02d}")
    listed = units().filter(code__gte="EC-02")
    probed = AdministrativeUnit.objects.filter(code__in=["EC-02", "EC-03", "EC-04", "EC-05"])
    with CaptureQueriesContext(connection) as queries:
        rows, total = first_with_total(probed.order_by("code"), 2, counted=listed)
    assert len(queries) == 1 and total == 4 and [u.code for u in rows] == ["EC-02", "EC-03"]


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_kept_record_page_reads_its_record_once_per_data_version(client, settings, language):
    from governance.models import CoordinationMechanism
    from territories.models import Zone
    from tests.factories import make_mechanism, make_zone

    settings.ZIF_SECTION_CACHE_SECONDS = 600
    make_mechanism("kept-mechanism", name_es="Comité guardado", name_en="Kept committee")
    make_zone("kept-zone", members=[make_unit("EC-07")])
    pages = {
        f"/{language}/mechanisms/kept-mechanism/": ("governance_", CoordinationMechanism),
        f"/{language}/zones/kept-zone/": ("territories_zone", Zone),
    }
    for path, (table, model) in pages.items():
        first = client.get(path).content
        with CaptureQueriesContext(connection) as queries:
            again = client.get(path).content
        assert again == first
        assert not [q for q in queries if table in q["sql"]]  # the record is kept
        record = model.objects.get()
        record.name_es = record.name_en = "Nombre nuevo"
        record.save()  # a new data version: read afresh
        assert b"Nombre nuevo" in client.get(path).content
        # A past day reads the record as it was then, not the kept one.
        with CaptureQueriesContext(connection) as queries:
            client.get(f"{path}?as_of=2020-01-01")
        assert [q for q in queries if table in q["sql"]]
    assert client.get(f"/{language}/zones/no-such-zone/").status_code == 404


def test_a_kept_record_page_is_kept_in_each_language(client, settings):
    import datetime

    from django.contrib.contenttypes.models import ContentType

    from tests.factories import make_mechanism, make_source
    from zif_portal.models import Citation

    mechanism = make_mechanism("kept-mechanism", established_on=datetime.date(2001, 3, 4))
    # Another source publishes another date, which the page writes in its language.
    Citation.objects.create(
        content_type=ContentType.objects.get_for_model(mechanism),
        object_id=mechanism.pk,
        field="established_on",
        source=make_source(key="other-source"),
        value="2002-05-06",
    )
    path = "/{}/mechanisms/kept-mechanism/"
    fresh = {lang: client.get(path.format(lang)).content.decode() for lang in ("es", "en")}
    assert "mayo" in fresh["es"] and "May" in fresh["en"]
    settings.ZIF_SECTION_CACHE_SECONDS = 600
    for lang in ("es", "en", "es", "en"):  # each language after the other's page was kept
        assert client.get(path.format(lang)).content.decode() == fresh[lang]


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_choice_label_is_djangos_in_the_active_language(language):
    from django.db.models import Model
    from django.utils import translation

    from territories.models import AdministrativeUnit, Level

    unit = AdministrativeUnit(code="EC-07", level=Level.PROVINCE, zif_membership="full")
    with translation.override(language):
        for name in ("level", "zif_membership"):
            field = unit._meta.get_field(name)
            assert unit._get_FIELD_display(field) == Model._get_FIELD_display(unit, field)
        assert unit.get_level_display() == str(Level.PROVINCE.label)
    unit.level = "no-such-level"  # a value outside the choices shows as it is
    assert unit.get_level_display() == "no-such-level"


def test_a_list_page_names_its_total_by_its_filters(client, counts_kept):
    for n in range(1, 4):
        make_unit(f"EC-{n:02d}")

    def counts(path):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return [q for q in queries if q["sql"].startswith("SELECT COUNT(*)")]

    assert counts("/es/territories/?country=EC")
    # The same filters, in another order, on another page: counted once.
    assert not counts("/es/territories/?page=1&country=EC")
    # Each language counts its own (a filter by name reads the language's field).
    assert counts("/en/territories/?country=EC")
    assert counts("/es/territories/?country=EC&level=canton")  # other filters, another total
    make_unit("EC-04")  # a new data version: counted afresh
    assert counts("/es/territories/?country=EC")


def test_an_api_list_names_its_total_by_its_view_and_filters(client, counts_kept):
    for n in range(1, 4):
        make_unit(f"EC-{n:02d}")

    def total(path):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200
        counted = [q for q in queries if q["sql"].startswith("SELECT COUNT(*)")]
        return response.json()["count"], bool(counted)

    assert total("/api/v1/territories/?country=EC&level=province") == (3, True)
    # The same filters in another order, another page size: the kept total, no count.
    assert total("/api/v1/territories/?level=province&page_size=2&country=EC") == (3, False)
    assert total("/api/v1/territories/?country=EC&level=canton") == (0, True)
    # Another endpoint with the same parameters names other rows.
    assert total("/api/v1/projects/?country=EC")[1]
    make_unit("EC-04")  # a new data version: counted afresh
    assert total("/api/v1/territories/?country=EC&level=province") == (4, True)
