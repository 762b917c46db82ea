"""What people do on the portal, in a real browser."""

import re

import pytest
from django.contrib.auth.models import User

pytestmark = pytest.mark.browser


def test_home_in_both_languages_and_switching(site, page):
    page.goto(site + "/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert "Zona de Integración Fronteriza" in page.inner_text("h1")
    page.click("nav.languages >> text=English")
    assert page.url.endswith("/en/")
    assert "Border Integration Zone" in page.inner_text("h1")
    page.click("nav.languages >> text=Español")
    assert page.url.endswith("/es/")


def test_filter_territories_and_follow_the_hierarchy(site, page):
    page.goto(site + "/en/territories/")
    page.select_option("#id_country", "EC")
    page.select_option("#id_level", "province")
    page.click("form.filters button[type=submit]")
    assert "8 units" in page.inner_text("p[role=status]")
    page.click("table >> text=El Oro")
    assert page.url.endswith("/en/territories/EC-07/")
    page.click("main a[href$='/territories/EC-0701/']")
    assert page.url.endswith("/en/territories/EC-0701/")
    page.click("nav.breadcrumbs >> text=El Oro")
    assert page.url.endswith("/en/territories/EC-07/")
    assert "El Oro–Tumbes Border Committee" in page.inner_text("main")


def test_a_mechanism_and_its_sub_bodies(site, page):
    page.goto(site + "/en/mechanisms/")
    page.click("a.node >> text=Border Committees")
    for name in ["El Oro–Tumbes", "Loja–Piura", "Zamora Chinchipe–Cajamarca"]:
        assert name in page.inner_text("main")
    page.click("text=Loja–Piura Border Committee")
    text = page.inner_text("main")
    assert "Loja" in text and "Piura" in text


def test_the_plan_and_a_value_chain(site, page):
    page.goto(site + "/es/plan/")
    assert page.locator("main ol li").count() == 4
    page.click("main >> text=Café")
    assert page.url.endswith("/es/value-chains/coffee/")


def test_search_from_the_home_page(site, page):
    page.goto(site + "/en/")
    page.fill("#site-search-q", "zamora")
    page.press("#site-search-q", "Enter")
    text = page.inner_text("main")
    assert "Zamora Chinchipe" in text and "Zamora Chinchipe–Cajamarca Border Committee" in text
    page.click("main >> text=Zamora Chinchipe >> nth=0")
    assert "/en/territories/EC-19" in page.url or "/en/territories/EC-1901" in page.url


def test_the_map_works_without_network(site, browser):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site + "/en/map/")
    assert page.locator("svg.zif-map circle").count() > 10
    assert all(url.startswith(site) for url in requests)
    context.close()


def test_editor_edits_a_canton_in_both_languages_and_sees_it_with_its_history(site, page):
    User.objects.create_superuser("editor", "editor@example.org", "an-editor-password-42")
    page.goto(site + "/en/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "an-editor-password-42")
    page.click("input[type=submit]")
    assert "Site administration" in page.inner_text("body")
    page.goto(site + "/en/admin/territories/administrativeunit/?q=EC-0701")
    page.click("table#result_list >> text=EC-0701")
    page.fill("#id_description_es", "Capital de la provincia de El Oro.")
    page.fill("#id_description_en", "Capital of the province of El Oro.")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    assert "was changed successfully" in page.inner_text(".messagelist")
    page.goto(site + "/en/territories/EC-0701/")
    assert "Capital of the province of El Oro." in page.inner_text("main")
    page.goto(site + "/es/territories/EC-0701/")
    assert "Capital de la provincia de El Oro." in page.inner_text("main")
    page.goto(site + "/en/admin/territories/administrativeunit/?q=EC-0701")
    page.click("table#result_list >> text=EC-0701")
    page.click("a.historylink")
    assert re.search(r"editor", page.inner_text("#change-history"))
    page.click("#logout-form button")
    page.wait_for_load_state()
    assert "Logged out" in page.inner_text("main, #content")


def test_both_published_creation_dates_and_the_source_of_a_seat(site, page):
    page.goto(site + "/en/territories/EC-14/")
    created = page.locator("dt:text('Created') + dd")
    assert "Nov. 10, 1953" in created.inner_text()
    assert "Other published value" in created.inner_text()
    assert "Feb. 24, 1954" in created.inner_text()
    assert "preferred" in created.inner_text()
    # Follow the mark beside El Oro's seat to the note that names its source.
    page.goto(site + "/en/territories/EC-07/")
    page.click("dt:text('Seat') + dd sup.ref a")
    note = page.locator("li:target")
    assert "Provinces of Ecuador" in note.inner_text()
    note.locator("a").first.click()
    assert "/sources/wikipedia-en-provinces-of-ecuador/" in page.url


def test_the_cantons_of_a_past_day_through_the_filter_form(site, page):
    page.goto(site + "/es/territories/?parent=EC-14")
    assert "13 unidades" in page.inner_text("p[role=status]")
    page.fill("#id_as_of", "2003-01-21")
    page.click("form.filters button[type=submit]")
    assert "12 unidades" in page.inner_text("p[role=status]")
    assert "Sevilla Don Bosco" not in page.inner_text("table")
    assert "21 de enero de 2003" in page.inner_text(".past-banner")
    page.click(".past-banner a")
    assert "13 unidades" in page.inner_text("p[role=status]")
