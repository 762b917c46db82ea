"""A new user finds the road axes, the CEBAF Macará–La Tina, Loja's projects and the
coffee chain's map, in both languages; the pages (and two other chains') pass axe-core."""

import json

import pytest

from .conftest import AXE, SCREENSHOTS
from .test_quality import AXE_RUN

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/projects/",
    "/{lang}/projects/cebaf-macara-la-tina/",
    "/{lang}/projects/eje-vial-4-loja-la-balsa/",
    "/{lang}/value-chains/coffee/",
    "/{lang}/value-chains/potatoes/",
    "/{lang}/value-chains/tourism/",
    "/{lang}/funds/binational-fund/",
]


def test_a_new_user_finds_the_axes_the_cebaf_loja_and_coffee(site, page):
    page.goto(site + "/en/projects/?kind=road_axis")
    text = page.inner_text("main")
    for number in range(1, 6):
        assert f"Binational Road Axis No. {number}" in text
    page.click("main table >> text=Binational Road Axis No. 3 Loja–Sullana")
    assert "Macará – La Tina Binational Border Service Centre (CEBAF)" in page.inner_text("main")
    page.click("main ol >> text=Macará – La Tina Binational Border Service Centre (CEBAF)")
    main = page.inner_text("main")
    assert "June 14, 2023" in main and "16,652,941.43 USD" in main
    assert "Radio Ciudad" in main and "Prensa Latina" in main
    page.goto(site + "/en/projects/")
    page.fill("#id_territory", "EC-11")
    page.click("form.filters button[type=submit]")
    assert "territory=EC-11" in page.url
    assert "Macará – La Tina Binational Border Service Centre" in page.inner_text("main")
    page.goto(site + "/en/value-chains/coffee/")
    main = page.inner_text("main")
    assert "Ecuador" in main and "Peru" in main and "Palanda" in main and "San Ignacio" in main
    assert page.locator("svg#chain-map, figure.map-figure svg").count() >= 1


def test_the_project_pages_are_accessible_in_both_languages(site, browser):
    SCREENSHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    violations = {}
    try:
        for language in ("es", "en"):
            for path in PAGES:
                url = site + path.format(lang=language)
                assert page.goto(url).status == 200, url
                assert page.locator("html").get_attribute("lang") == language
                page.add_script_tag(path=str(AXE))
                found = page.evaluate(AXE_RUN)
                if found:
                    violations[url] = found
            page.goto(site + f"/{language}/value-chains/coffee/")
            page.screenshot(
                path=str(SCREENSHOTS / f"{language}-coffee-desktop.png"), full_page=True
            )
    finally:
        context.close()
    assert violations == {}, json.dumps(violations, indent=1, ensure_ascii=False)
