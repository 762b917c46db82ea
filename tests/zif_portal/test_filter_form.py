"""A list's filter form, drawn by string formatting, is the markup its include drew:
labels, widgets, help, field errors and the form's own errors, in both languages."""

import pytest
from django.template import Context, Template
from django.test.html import parse_html
from django.utils import translation

from governance.api.filters import CommitmentFilter, MeetingFilter
from governance.models import Commitment, Meeting
from plan.api.filters import ProjectFilter
from plan.models import Project
from territories.api.filters import AdministrativeUnitFilter
from territories.models import AdministrativeUnit
from tests.factories import make_mechanism
from zif_portal.filter_widgets import light_filter_form
from zif_portal.templatetags.zif_filters import filter_form

pytestmark = pytest.mark.django_db

# includes/filter_form.html as it was before {% filter_form %}.
TEMPLATE = """{% load i18n %}<form method="get" class="filters" action="{{ action }}">
  <fieldset>
  <legend>{% translate "Filter" %}</legend>
  {% if filter.form.non_field_errors %}<div class="errors" role="alert">{{ filter.form.non_field_errors }}</div>{% endif %}
  {% for field in filter.form %}
    <div class="field">
      <label for="{{ field.id_for_label }}">{{ field.label }}</label>
      {{ field }}{% if field.help_text %}<small id="{{ field.auto_id }}_helptext" class="help">{{ field.help_text }}</small>{% endif %}
      {% if field.errors %}<div class="errors" role="alert">{{ field.errors }}</div>{% endif %}
    </div>
  {% endfor %}
  <div class="field actions"><button type="submit">{% translate "Apply" %}</button> <a href="{{ action }}">{% translate "Clear" %}</a></div>
  </fieldset>
</form>"""  # noqa: E501 - the template as it was

CASES = [
    (ProjectFilter, Project.objects.all, None),
    (ProjectFilter, Project.objects.all, {"mechanism": "border-committee", "year": "2015"}),
    # A field's error, a choice that is none, and a parameter nobody knows.
    (ProjectFilter, Project.objects.all, {"territory": "<b>x", "sector": "zz"}),
    (ProjectFilter, Project.objects.all, {"colour": "red"}),
    (AdministrativeUnitFilter, AdministrativeUnit.objects.all, {"level": "canton"}),
    (MeetingFilter, Meeting.objects.all, {"person": "nobody", "year": "1800"}),
    (CommitmentFilter, Commitment.objects.all, None),
]


@pytest.mark.parametrize(("filterset_class", "queryset", "data"), CASES)
@pytest.mark.parametrize("language", ["es", "en"])
def test_the_filter_form_is_the_markup_its_include_drew(filterset_class, queryset, data, language):
    make_mechanism("border-committee")
    with translation.override(language):
        drawn = []
        for _ in range(2):
            filterset = filterset_class(data, queryset=queryset())
            if data:
                filterset.is_valid()
            light_filter_form(filterset)
            drawn.append(filterset)
        ours = filter_form(drawn[0], "/es/projects/?a=1&b=2")
        theirs = Template(TEMPLATE).render(
            Context({"filter": drawn[1], "action": "/es/projects/?a=1&b=2"})
        )
    assert parse_html(ours) == parse_html(theirs)
    if data and (set(data) - {"mechanism", "year", "level"}):
        assert 'role="alert"' in ours  # the errors are drawn, not only equal
