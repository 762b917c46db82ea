"""The navigation and the footer, rendered once per language: each language keeps
its own links and labels."""

import pytest

pytestmark = pytest.mark.django_db


def test_each_language_gets_its_own_navigation_and_footer(client):
    for _ in range(2):  # the second time from the kept parts
        spanish = client.get("/es/accessibility/").content.decode()
        english = client.get("/en/accessibility/").content.decode()
        assert 'aria-label="Principal"' in spanish and 'href="/es/projects/"' in spanish
        assert 'href="/es/about/data/"' in spanish and "Datos abiertos" in spanish
        assert 'aria-label="Main"' in english and 'href="/en/projects/"' in english
        assert 'href="/en/about/data/"' in english and "Open data" in english
        assert 'href="/es/' not in english.split('<nav class="main-nav')[1]


def test_the_home_page_kept_per_version_shows_a_change_to_the_data(client, settings):
    from tests.factories import make_unit

    settings.ZIF_SECTION_CACHE_SECONDS = 600
    make_unit("EC-07", zif_membership="full")
    assert (
        '?country=EC&amp;level=province&amp;in_zif=true">1</a>'
        in client.get("/es/").content.decode()
    )
    make_unit("EC-11", zif_membership="full")  # a save raises the data version
    assert (
        '?country=EC&amp;level=province&amp;in_zif=true">2</a>'
        in client.get("/es/").content.decode()
    )
