"""The statistics as a new user meets them: Jaén's page, the comparison table, its CSV,
the choropleth; accessible (axe-core) and valid in both languages, on a phone too."""

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from .conftest import AXE, SCREENSHOTS, VNU
from .test_quality import AXE_RUN

pytestmark = pytest.mark.browser


def test_a_new_user_reads_jaen_and_compares_the_units(site, page):
    page.goto(site + "/en/territories/PE-0608/")
    panel = page.locator("section.unit-statistics")
    assert "197,834" in panel.inner_text()
    sources = panel.locator("ul.observation-sources").inner_text()
    assert "Provinz Jaén" in sources  # the 2017 value names its source

    page.goto(site + "/en/")
    page.get_by_role("link", name="Statistics", exact=True).first.click()
    assert page.locator("h1").inner_text() == "Statistics of the border"
    assert page.locator("svg.zif-map path[fill^='#']").count() > 10  # the choropleth's classes
    assert page.locator("svg.zif-map path[fill^='url(']").count() > 0  # missing, hatched
    assert "different dates" in page.locator("figure.map-figure").inner_text()

    # Sort by the later census's density, highest first (two clicks on the heading).
    heading = page.locator("table.stats-table thead a", has_text="Population density").nth(1)
    heading.click()
    page.locator("table.stats-table thead a", has_text="Population density").nth(1).click()
    assert "sort=density-2" in page.url and "order=desc" in page.url
    sorted_th = page.locator("table.stats-table th[aria-sort='descending']")
    assert sorted_th.count() == 1
    first_row = page.locator("table.stats-table tbody tr").first.inner_text()
    assert "Loja" in first_row  # the densest unit with a value at the later census

    with page.expect_download() as info:
        page.get_by_role("link", name="Download this table (CSV)").click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["code"] == "EC-1101"
    jaen = next(row for row in rows if row["code"] == "PE-0608")
    assert jaen["population-2.value"] == "197834" and jaen["population-2.census"] == "pe-2017"


def test_the_api_answers_the_2017_population_of_peru(site, page):
    response = page.request.get(
        site + "/api/v1/observations/?indicator=population&country=PE&year=2017"
    )
    assert response.status == 200
    units = {item["unit"]: item["value"] for item in response.json()["results"]}
    assert units["PE-0608"] == "197834"


@pytest.mark.parametrize("language", ["es", "en"])
def test_statistics_pages_are_accessible_valid_and_fit_a_phone(site, browser, tmp_path, language):
    desktop = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    phone = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page, small = desktop.new_page(), phone.new_page()
    html_files, violations = [], {}
    paths = [
        f"/{language}/statistics/",
        f"/{language}/statistics/?indicator=density&map_level=upper&census=1",
        f"/{language}/statistics/indicators/density/",
        f"/{language}/territories/PE-0608/",
    ]
    try:
        for index, path in enumerate(paths):
            response = page.goto(site + path)
            assert response.status == 200, path
            html = tmp_path / f"{language}-{index}.html"
            html.write_text(response.text(), "utf-8")
            html_files.append(str(html))
            page.add_script_tag(path=str(AXE))
            found = page.evaluate(AXE_RUN)
            if found:
                violations[path] = found
            small.goto(site + path)
            assert small.evaluate("document.documentElement.scrollWidth") <= 375, path
        SCREENSHOTS.mkdir(exist_ok=True)
        page.goto(site + paths[0])
        page.screenshot(path=str(SCREENSHOTS / f"{language}-statistics-desktop.png"))
    finally:
        desktop.close()
        phone.close()
    assert violations == {}, json.dumps(violations, indent=1, ensure_ascii=False)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *html_files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [m["message"] for m in messages if m.get("type") == "error"]
    assert errors == [], errors[:20]
