"""A real browser (Debian's Chromium driven by Playwright) against a live server.

The tests are marked `browser`. Without Chromium they are skipped with a message
saying how to install it; .ci/run installs it and always runs them.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NODE_MODULES = Path(__file__).resolve().parent / "node" / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def missing_tools():
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append("Chromium (apt-get install chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("Playwright (pip install '.[test]')")
    if not AXE.exists() or not VNU.exists():
        missing.append("axe-core and vnu-jar (cd tests/e2e/node && npm ci)")
    return missing


def pytest_collection_modifyitems(config, items):
    missing = missing_tools()
    if not missing:
        return
    if os.environ.get("ZIF_REQUIRE_BROWSER"):
        raise pytest.UsageError("browser tests required but missing: " + "; ".join(missing))
    skip = pytest.mark.skip(reason="browser tests skipped, missing: " + "; ".join(missing))
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter):
    missing = missing_tools()
    if missing:
        terminalreporter.write_line(
            "Browser tests were SKIPPED. Missing: " + "; ".join(missing), yellow=True
        )


@pytest.fixture(scope="module", autouse=True)
def allow_orm_beside_playwright():
    # Playwright's sync API keeps an event loop running in this thread while a module's
    # browser is open; the ORM calls of these tests are still synchronous. Only for the
    # browser tests: a deployment must never set this (check --deploy says so).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def site(live_server, transactional_db):
    call_command("load_zif", verbosity=0)
    return live_server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
