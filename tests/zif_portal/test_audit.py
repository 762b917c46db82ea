import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from territories.models import AdministrativeUnit
from tests.factories import (
    make_figure,
    make_province_with_cantons,
    make_source,
    make_unit,
    make_zone,
)
from zif_portal.audit import run_audit

pytestmark = pytest.mark.django_db


def rules(report):
    return {problem.rule for problem in report.errors}


def test_a_record_without_a_source_is_an_error():
    unit = make_unit("EC-07")
    assert run_audit().ok
    unit.sources.clear()
    report = run_audit()
    # The record cites nothing, and neither does any of its values.
    assert rules(report) == {"no-source", "value-without-source"}
    assert "EC-07" in report.errors[0].record
    flagged = {p.message for p in report.errors if p.rule == "value-without-source"}
    assert any("“code”" in message for message in flagged)


def _cite(record, field, source, **fields):
    from django.contrib.contenttypes.models import ContentType

    from zif_portal.models import Citation

    return Citation.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        field=field,
        source=source,
        **fields,
    )


def test_a_value_with_its_own_citation_needs_no_record_level_source():
    from tests.factories import make_source

    unit = make_unit("EC-07")
    unit.sources.clear()
    source = make_source()
    for field in ("code", "name", "country", "level", "zif_membership", "established_precision"):
        _cite(unit, field, source)
    flagged = {p.message for p in run_audit().errors if p.rule == "value-without-source"}
    assert not any("“code”" in m or "“name”" in m for m in flagged)


def test_competing_values_without_a_preferred_one_are_an_error():
    from tests.factories import make_source

    unit = make_unit("EC-14", established_on=datetime.date(1953, 11, 10))
    _cite(unit, "established_on", make_source())
    _cite(unit, "established_on", make_source(), value="1954-02-24")
    report = run_audit()
    assert "dispute-without-preference" in rules(report)
    citation = unit.citations.get(value="")
    citation.preferred, citation.reason_en = True, "Names the decree."
    citation.save()
    report = run_audit()
    assert "dispute-without-preference" not in rules(report)
    (dispute,) = report.disputes
    assert dispute[0] == unit and [o.value for o in dispute[1].others] == ["1954-02-24"]


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [("population", "", "citation-field"), ("seat", "Machala", "citation-value")],
)
def test_citations_that_cannot_be_right_are_errors(field, value, rule):
    from tests.factories import make_source

    unit = make_unit("EC-07", seat="Machala")
    _cite(unit, field, make_source(), value=value)  # as a bulk load could write them
    assert rule in rules(run_audit())


def test_a_descriptive_field_in_one_language_only_is_an_error():
    make_unit("EC-07", description_es="Provincia costera", description_en="")
    assert "one-language" in rules(run_audit())


def test_a_source_address_with_accents_is_an_error_until_it_is_percent_encoded():
    # The API schema promises an RFC 3986 URI; an IRI pasted from a browser is not one.
    source = make_source(url="https://example.org/post/perú-y-japón")
    assert "source-url" in rules(run_audit())
    source.full_clean()
    assert source.url == "https://example.org/post/per%C3%BA-y-jap%C3%B3n"
    source.save()
    assert "source-url" not in rules(run_audit())


def test_a_unit_in_the_zif_whose_parent_is_not_is_an_error():
    loreto = make_unit("PE-16", zif_membership="outside")
    make_unit("PE-1601", parent=loreto, zif_membership="full")
    assert "zif-parent" in rules(run_audit())


def test_a_mismatched_count_is_a_finding_with_both_values_and_the_reason():
    province = make_province_with_cantons("EC-19", 3)
    late = make_unit(
        "EC-1904", parent=province, name="Nuevo", established_on=datetime.date(2024, 1, 1)
    )
    zone = make_zone("amazon", members=[province])
    make_figure(
        "cantons",
        zone=zone,
        kind="unit_count",
        counted_level="canton",
        value=3,
        as_of=datetime.date(2003, 1, 21),
    )
    report = run_audit()
    assert report.ok
    (finding,) = report.findings
    assert finding.stated == 3 and finding.listed == 4 and finding.difference == 1
    assert late.code in finding.reason


def test_audit_command_exits_1_on_errors_and_0_without(capsys):
    unit = make_unit("EC-07")
    call_command("audit_zif")
    assert "No error" in capsys.readouterr().out
    unit.sources.clear()
    with pytest.raises(CommandError) as error:
        call_command("audit_zif")
    assert error.value.returncode == 1


def test_the_feed_is_valid_atom_and_lists_an_admin_change(client):
    unit = make_unit("EC-07", name="El Oro")
    admin = User.objects.create_superuser("editor-jane", "jane@example.org", "a-long-password-1")
    unit.seat = "Machala"
    unit._history_user = admin
    unit.save()
    response = client.get("/en/changes/feed.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    entries = root.findall("a:entry", ns)
    assert entries and "El Oro" in entries[0].find("a:title", ns).text
    assert "seat" in entries[0].find("a:summary", ns).text
    # Who made the change is not published.
    assert "editor-jane" not in response.content.decode()
    assert "jane@example.org" not in response.content.decode()


@pytest.mark.parametrize("language", ["es", "en"])
def test_changes_page_and_last_changed_on_record_pages(client, language):
    make_unit("EC-07", name="El Oro")
    assert "El Oro" in client.get(f"/{language}/changes/").content.decode()
    page = client.get(f"/{language}/territories/EC-07/").content.decode()
    assert 'class="last-changed"' in page
    assert AdministrativeUnit.objects.count() == 1


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_about_data_page_shows_the_audit_of_the_data_as_they_are_now(client, language):
    unit = make_unit("EC-07", name="El Oro")
    page = client.get(f"/{language}/about/data/").content.decode()
    assert "El Oro (EC-07)" not in page
    unit.sources.clear()  # an error the audit reports, once the cached report is stale
    page = client.get(f"/{language}/about/data/").content.decode()
    assert "El Oro (EC-07)" in page
