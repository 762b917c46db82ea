"""A record's sources section, drawn by string formatting, says what the include it
replaces said: the notes, the sources, how to cite the record and when it last
changed, for every kind of record page, in both languages."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.test.html import parse_html
from django.utils import translation

from governance.models import ActionPlan, CoordinationMechanism, LegalInstrument, Meeting, Person
from plan.models import Fund, Plan, Programme, Project, ValueChain
from territories.models import AdministrativeUnit, Zone

pytestmark = pytest.mark.django_db

# includes/sources.html as it was before `sources_section`.
TEMPLATE = """{% load i18n zif_citations zif_discovery %}{% if record %}{% footnotes record %}{% endif %}<section class="sources" aria-labelledby="sources-heading">
  <h2 id="sources-heading">{% translate "Sources" %}</h2>
  {% if sources %}
  <ul>
  {% for source in sources %}
    <li><a href="{{ source.get_absolute_url }}">{{ source.title }}</a>{% if source.publisher %} — {{ source.publisher }}{% endif %}{% if source.published_display %}, {{ source.published_display }}{% endif %}{% if source.is_official %} <span class="tag">{% translate "official" %}</span>{% endif %}</li>
  {% endfor %}
  </ul>
  {% else %}
  <p class="warning">{% translate "This record cites no source yet." %}</p>
  {% endif %}
{% if record %}<div class="cite-this"><h3>{% translate "Cite this record" %}</h3><p>{% citation_line record %}</p>{% cite_links record as links %}<p><a href="{{ links.bib }}" download>BibTeX</a> · <a href="{{ links.ris }}" download>RIS</a></p></div>{% endif %}
{% if record %}{% load zif_history %}{% last_changed record as changed %}{% if changed %}<p class="last-changed"><small>{% blocktranslate trimmed with date=changed|date:"DATE_FORMAT" %}Last changed on {{ date }}.{% endblocktranslate %}</small></p>{% endif %}{% endif %}
</section>
"""  # noqa: E501 - the template as it was

MODELS = [
    AdministrativeUnit,
    Zone,
    CoordinationMechanism,
    Meeting,
    Person,
    LegalInstrument,
    ActionPlan,
    Project,
    Programme,
    ValueChain,
    Plan,
    Fund,
]


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


def drawn(source, record, language):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        return Template(source).render(
            Context({"request": request, "sources": record.sources.all(), "record": record})
        )


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_the_section_says_what_the_include_said(model, language):
    records = list(model.objects.order_by("pk")[:25])
    assert records, model
    for record in records:
        expected = drawn(TEMPLATE, type(record).objects.get(pk=record.pk), language)
        ours = drawn(
            "{% load zif_sources %}{% sources_section sources record %}",
            type(record).objects.get(pk=record.pk),
            language,
        )
        assert parse_html(ours) == parse_html(expected), record


def test_the_kinds_of_section_are_all_compared():
    # Among the records compared: one with notes, one with an official source, one
    # without sources, one with a published date.
    records = [r for model in MODELS for r in model.objects.order_by("pk")[:25]]
    from zif_portal.citations import footnotes_for

    assert any(footnotes_for(r).notes for r in records)
    sources = [s for r in records for s in r.sources.all()]
    assert any(s.is_official for s in sources) and any(not s.is_official for s in sources)
    assert any(s.publisher for s in sources) and any(s.published_display for s in sources)


def test_a_source_title_is_escaped():
    unit = AdministrativeUnit.objects.get(code="EC-07")
    source = unit.sources.all()[0]
    source.title = "<script>alert(1)</script>"
    html = Template("{% load zif_sources %}{% sources_section sources %}").render(
        Context({"sources": [source]})
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
