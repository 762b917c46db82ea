"""Per-value citations and competing values: the model's rules, the pages, the API."""

import json
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from territories.models import AdministrativeUnit
from tests.factories import make_figure, make_source, make_unit, make_zone
from zif_portal.citations import Footnotes, prefer_value
from zif_portal.models import Citation

pytestmark = pytest.mark.django_db


def cite(record, field, source, **fields):
    citation = Citation(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        field=field,
        source=source,
        **fields,
    )
    citation.full_clean()
    citation.save()
    return citation


def test_a_citation_names_a_field_the_record_has():
    unit = make_unit("EC-07")
    citation = Citation(
        content_type=ContentType.objects.get_for_model(unit),
        object_id=unit.pk,
        field="population",
        source=make_source(),
    )
    with pytest.raises(ValidationError) as error:
        citation.full_clean()
    assert "field" in error.value.message_dict
    assert "seat" in error.value.message_dict["field"][0]  # the message lists the known fields


@pytest.mark.parametrize(
    ("field", "value"),
    [("established_on", "24/02/1954"), ("area_km2", "many"), ("zif_membership", "maybe")],
)
def test_another_published_value_must_be_a_value_of_the_field(field, value):
    unit = make_unit("EC-07")
    with pytest.raises(ValidationError) as error:
        cite(unit, field, make_source(), value=value)
    assert "value" in error.value.message_dict


def test_translated_fields_are_cited_by_their_base_name():
    unit = make_unit("EC-07")
    cite(unit, "zif_basis", make_source())
    with pytest.raises(ValidationError):
        cite(unit, "zif_basis_es", make_source())


def test_the_preferred_source_gives_the_held_value_and_says_why():
    unit = make_unit("EC-07")
    with pytest.raises(ValidationError) as error:
        cite(unit, "seat", make_source(), preferred=True)
    assert "reason_es" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Citation.objects.create(
            content_type=ContentType.objects.get_for_model(unit),
            object_id=unit.pk,
            field="seat",
            source=make_source(),
            value="Pasaje",
            preferred=True,
        )


def test_one_preferred_value_per_field_is_enforced_by_the_database():
    unit = make_unit("EC-07", seat="Machala")
    cite(unit, "seat", make_source(), preferred=True, reason_en="Official.")
    with pytest.raises(IntegrityError), transaction.atomic():
        Citation.objects.create(
            content_type=ContentType.objects.get_for_model(unit),
            object_id=unit.pk,
            field="seat",
            source=make_source(),
            preferred=True,
            reason_en="Also official.",
        )


def test_a_cited_source_cannot_be_deleted():
    unit = make_unit("EC-07")
    source = make_source()
    cite(unit, "code", source)
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        source.delete()


def test_deleting_a_record_deletes_its_citations():
    unit = make_unit("EC-07")
    cite(unit, "code", make_source())
    unit.sources.clear()
    unit.delete()
    assert not Citation.objects.exists()


def test_footnotes_number_each_reference_once_and_keep_other_values():
    unit = make_unit("PE-20", area_km2=Decimal("35892.49"))
    inei, ceplan = make_source(key="inei"), make_source(key="ceplan")
    cite(unit, "code", inei, locator="cuadro 5")
    cite(unit, "area_km2", inei, locator="cuadro 5", preferred=True, reason_en="Official.")
    cite(unit, "area_km2", ceplan, value="35656.18")
    unit = AdministrativeUnit.objects.prefetch_related("citations__source").get(pk=unit.pk)
    notes = Footnotes(unit)
    assert [n.source.key for n in notes.notes] == ["inei", "ceplan"]
    area = notes.fields["area_km2"]
    assert [n.number for n in area.notes] == [1]  # shared with the code's citation
    assert area.preferred.reason_en == "Official."
    assert [(o.value, [n.number for n in o.notes]) for o in area.others] == [("35656.18", [2])]


def test_preferring_another_value_changes_what_sorts_and_sums_use(client):
    piura = make_unit("PE-20", area_km2=Decimal("35892.49"))
    tumbes = make_unit("PE-24", area_km2=Decimal("35800.00"))
    inei, ceplan = make_source(), make_source()
    cite(piura, "area_km2", inei, preferred=True, reason_en="INEI is official.")
    ceplan_value = cite(piura, "area_km2", ceplan, value="35656.18")
    zone = make_zone("both", members=[piura, tumbes])
    make_figure("both-area", zone=zone, kind="area_km2", value=Decimal("71692.49"))

    def order():
        return [
            u["code"]
            for u in client.get("/api/v1/territories/?ordering=area_km2").json()["results"]
        ]

    def listed():
        return client.get("/api/v1/zones/both/").json()["figures"][0]["listed"]

    assert order() == ["PE-24", "PE-20"]
    assert listed() == "71692.49"
    prefer_value(ceplan_value, reason_es="Prueba.", reason_en="Test.")
    piura.refresh_from_db()
    assert piura.area_km2 == Decimal("35656.18")
    assert order() == ["PE-20", "PE-24"]
    assert listed() == "71456.18"
    # The value held before stays, as another value of the source that gave it.
    old = Citation.objects.get(source=inei)
    assert (old.value, old.preferred) == ("35892.49", False)


def test_preferring_a_partial_date_keeps_its_precision():
    unit = make_unit("EC-14", established_on="1953-11-10")
    cite(unit, "established_on", make_source(), preferred=True, reason_en="Decree.")
    other = cite(unit, "established_on", make_source(), value="1954-02")
    prefer_value(other, reason_es="Prueba.", reason_en="Test.")
    unit.refresh_from_db()
    assert (str(unit.established_on), unit.established_precision) == ("1954-02-01", "month")
    assert Citation.objects.get(preferred=False).value == "1953-11-10"


def test_the_api_gives_every_citation_of_a_record():
    unit = make_unit("EC-07", seat="Machala")
    source = make_source(key="dpa")
    cite(unit, "seat", source, locator="parroquia 070150", quote="MACHALA")
    from django.test import Client

    data = Client().get("/api/v1/territories/EC-07/").json()
    assert data["citations"] == [
        {
            "field": "seat",
            "source": "dpa",
            "locator": "parroquia 070150",
            "quote": "MACHALA",
            "value": None,
            "preferred": False,
            "reason_es": None,
            "reason_en": None,
        }
    ]


def test_a_figure_can_carry_competing_values(client):
    zone = make_zone("zif")
    figure = make_figure("zif-border", zone=zone, kind="border_km", value=Decimal("1500"))
    cite(figure, "value", make_source(), preferred=True, reason_en="As stated.")
    cite(figure, "value", make_source(), value="1529")
    html = client.get("/en/zones/zif/").content.decode()
    assert "1,529" in html and "Other published value" in html


def _write_citation_fixture(directory, *, field, source_key):
    """A fixture file with one citation of El Oro's `field` to `source_key`."""
    record = {
        "model": "zif_portal.citation",
        "fields": {
            "content_type": ["territories", "administrativeunit"],
            "record": ["EC-07"],
            "field": field,
            "source": [source_key],
        },
    }
    (directory / "90_citations.json").write_text(json.dumps([record]), "utf-8")


def test_a_fixture_citing_a_missing_source_loads_nothing(tmp_path):
    make_unit("EC-07")
    _write_citation_fixture(tmp_path, field="seat", source_key="no-such-source")
    with pytest.raises(CommandError, match="90_citations.json, record 1"):
        call_command("load_zif", directory=str(tmp_path), verbosity=0)
    assert not Citation.objects.exists()


def test_a_fixture_citing_a_field_the_record_lacks_names_it(tmp_path):
    make_unit("EC-07")
    source = make_source(key="dpa")
    _write_citation_fixture(tmp_path, field="population", source_key=source.key)
    with pytest.raises(CommandError, match="field 'field'"):
        call_command("load_zif", directory=str(tmp_path), verbosity=0)
    assert not Citation.objects.exists()


# The notes as their templates drew them before they were drawn by string formatting.
TEMPLATE_FOOTNOTES = """{% load i18n %}{% if notes %}<section class="footnotes" aria-labelledby="notes-heading">
  <h2 id="notes-heading">{% translate "Notes: the source of each value" %}</h2>
  <ol>
  {% for note in notes %}
    <li id="{{ anchors|get_item:note.number }}"><a href="{{ note.source.get_absolute_url }}">{{ note.source.title }}</a>{% if note.source.publisher %} — {{ note.source.publisher }}{% endif %}{% if note.locator %}, {{ note.locator }}{% endif %}.{% if note.quote %} <q>{{ note.quote }}</q>{% endif %} <small>({{ note.fields|join:", " }})</small></li>
  {% endfor %}
  </ol>
</section>{% endif %}"""  # noqa: E501 - the template as it was
TEMPLATE_INLINE = """{% if notes %}<ol class="inline-notes">{% for note in notes %}<li id="{{ anchors|get_item:note.number }}"><a href="{{ note.source.get_absolute_url }}">{{ note.source.title }}</a>{% if note.locator %}, {{ note.locator }}{% endif %}.{% if note.quote %} <q>{{ note.quote }}</q>{% endif %}</li>{% endfor %}</ol>{% endif %}"""  # noqa: E501


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_notes_are_the_markup_their_templates_drew(language):
    from django.template import Context, Template
    from django.test.html import parse_html
    from django.utils import translation

    from zif_portal.citations import footnotes_for

    unit = make_unit("PE-20", area_km2=Decimal("35892.49"))
    inei = make_source(key="inei", publisher="INEI <Perú>")
    cite(unit, "code", inei, locator="cuadro 5", quote="«Tumbes» & más")
    cite(unit, "area_km2", make_source(key="ceplan"), value="35656.18")
    unit = AdministrativeUnit.objects.prefetch_related("citations__source").get(pk=unit.pk)
    notes = footnotes_for(unit)
    context = {"notes": notes.notes, "anchors": {n.number: notes.anchor(n) for n in notes.notes}}
    with translation.override(language):
        for old, tag in ((TEMPLATE_FOOTNOTES, "footnotes"), (TEMPLATE_INLINE, "inline_notes")):
            drawn = Template(f"{{% load zif_citations %}}{{% {tag} unit %}}").render(
                Context({"unit": unit})
            )
            as_it_was = Template("{% load zif_stats %}" + old).render(Context(context))
            assert parse_html(drawn) == parse_html(as_it_was)
            assert "«Tumbes» &amp; más" in drawn
    empty = make_unit("PE-24")
    assert Template("{% load zif_citations %}{% footnotes u %}").render(Context({"u": empty})) == ""
