"""The audit and the "About the data" page on the real knowledge base."""

import pytest

from zif_portal.audit import run_audit

pytestmark = pytest.mark.django_db


def test_the_real_fixtures_have_no_error_and_report_the_amazon_cantons(real_data):
    report = run_audit()
    assert report.errors == []
    amazon = [f for f in report.findings if f.stated == 38]
    assert amazon and amazon[0].listed > 38


@pytest.mark.parametrize("language", ["es", "en"])
def test_about_the_data_page_shows_the_report(client, real_data, language):
    response = client.get(f"/{language}/about/data/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "38" in html and "42" in html
    assert "Sevilla Don Bosco" in html
