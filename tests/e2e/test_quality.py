"""Accessibility (axe-core, WCAG 2.1 A and AA), valid HTML (Nu Html Checker) and
phone layout on every kind of page, in both languages; screenshots for people."""

import json
import subprocess

import pytest

from .conftest import AXE, SCREENSHOTS, VNU
from .pages import LANGUAGES, PAGE_KINDS

pytestmark = pytest.mark.browser
SCREENSHOT_KINDS = {
    "home",
    "territory-list",
    "territory-province",
    "mechanism-list",
    "mechanism-detail",
    "plan",
    "search",
    "map",
    "about-data",
}

AXE_RUN = """async () => (await axe.run(document, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    resultTypes: ['violations']})).violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"""

OVERLAPS = """() => {
  const selector = 'h1,h2,h3,p,li,dt,dd,th,td,label,button,input,select,.card,a.node';
  const boxes = [...document.querySelectorAll(selector)].filter(e => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'
        && !e.closest('.visually-hidden, svg, details:not([open])');
  });
  const found = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.contains(b) || b.contains(a)) continue;
    const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
    const w = Math.min(r.right, s.right) - Math.max(r.left, s.left);
    const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
    if (w > 2 && h > 2) found.push([a.tagName + '.' + a.className, b.tagName + '.' + b.className,
                                   (a.textContent || '').trim().slice(0, 30)]);
  }
  return found.slice(0, 5);
}"""


def test_every_kind_of_page_is_accessible_valid_and_fits_a_phone(site, browser, tmp_path):
    SCREENSHOTS.mkdir(exist_ok=True)
    violations, layout, html_files = {}, {}, []
    # axe is injected as an inline script: the test lifts the CSP for itself only.
    desktop = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    phone = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page, small = desktop.new_page(), phone.new_page()
    try:
        for language in LANGUAGES:
            for kind, path in PAGE_KINDS:
                url = site + path.format(lang=language)
                response = page.goto(url)
                assert response.status in (200, 404), (url, response.status)
                html = tmp_path / f"{language}-{kind}.html"
                html.write_text(response.text(), "utf-8")  # as served, before axe is injected
                html_files.append(str(html))
                page.add_script_tag(path=str(AXE))
                found = page.evaluate(AXE_RUN)
                if found:
                    violations[f"{language}:{kind}"] = found
                small.goto(url)
                width = small.evaluate("document.documentElement.scrollWidth")
                overlaps = small.evaluate(OVERLAPS)
                if width > 375 or overlaps:
                    layout[f"{language}:{kind}"] = {"scrollWidth": width, "overlaps": overlaps}
                if kind in SCREENSHOT_KINDS:
                    page.screenshot(
                        path=str(SCREENSHOTS / f"{language}-{kind}-desktop.png"), full_page=True
                    )
                    small.screenshot(
                        path=str(SCREENSHOTS / f"{language}-{kind}-phone.png"), full_page=True
                    )
    finally:
        desktop.close()
        phone.close()
    assert violations == {}, json.dumps(violations, indent=1, ensure_ascii=False)
    assert layout == {}, json.dumps(layout, indent=1, ensure_ascii=False)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *html_files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert errors == [], "\n".join(errors[:40])


def test_keyboard_users_get_a_skip_link_and_a_visible_focus(site, page):
    page.goto(site + "/en/territories/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    left = page.evaluate("document.activeElement.getBoundingClientRect().left")
    assert outline != "none" and left >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    # Every link and control can be reached with Tab.
    seen = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("document.activeElement.tagName"))
    assert {"A", "SELECT", "BUTTON"} <= seen


def test_print_style_sheet_hides_navigation(site, page):
    page.goto(site + "/en/territories/EC-07/")
    page.emulate_media(media="print")
    assert page.is_hidden("header.site-header")
    assert page.is_visible("main h1")
