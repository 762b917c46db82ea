"""A map's units, drawn by string formatting, are the markup the map template drew:
links with their accessible names, paths, fills of a choropleth and markers."""

import pytest
from django.template import Context, Template
from django.test.html import parse_html

from territories.map import draw_map, unit_path
from territories.map_views import draw_small_frames, small_unit_map, zif_units
from territories.models import AdministrativeUnit

pytestmark = pytest.mark.django_db

# The units as the map template drew them before `map_shapes`.
TEMPLATE_SHAPES = """{% load l10n %}{% localize off %}<svg>
{% for shape in map.shapes %}{% if shape.href %}<a href="{{ shape.href }}" aria-label="{{ shape.name }} ({{ shape.detail }}){% if shape.label %}: {{ shape.label }}{% endif %}"><title>{{ shape.name }} ({{ shape.detail }}){% if shape.label %}: {{ shape.label }}{% endif %}</title>{% else %}<g><title>{{ shape.name }} ({{ shape.detail }}){% if shape.label %}: {{ shape.label }}{% endif %}</title>{% endif %}<path d="{{ shape.d }}" class="unit unit-{{ shape.role }} unit-{{ shape.country }}{% if shape.focus %} unit-focus{% endif %}"{% if shape.fill == "missing" %} fill="url(#{{ map_id }}-missing)"{% elif shape.fill %} fill="{{ shape.fill }}"{% endif %}/>{% if shape.marker %}<circle cx="{{ shape.marker.x }}" cy="{{ shape.marker.y }}" r="4" class="marker marker-{{ shape.marker.kind }} marker-{{ shape.country }}"/>{% endif %}{% if shape.href %}</a>{% else %}</g>{% endif %}
  {% endfor %}
</svg>{% endlocalize %}"""  # noqa: E501 - the template as it was

NEW_SHAPES = "{% load map_shapes %}<svg>{% map_shapes map map_id %}</svg>"


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


def _maps():
    units = zif_units()
    cantons = [code for code in units if code.startswith("EC-11") and len(code) == 7]
    yield draw_map(units)
    yield draw_map(units, focus=["EC-11"], marked=["EC-11", *cantons[:3]])
    classes = dict.fromkeys(cantons[:4], ("#08519c", "12,5 %"))
    classes[cantons[4]] = ("missing", "sin dato")
    yield draw_map(units, classes=classes)


def test_the_units_are_drawn_as_the_template_drew_them():
    drawn, pages = 0, []
    for drawn_map in _maps():
        context = {"map": drawn_map, "map_id": "unit-map"}
        expected = Template(TEMPLATE_SHAPES).render(Context(context))
        ours = Template(NEW_SHAPES).render(Context(context))
        assert parse_html(ours) == parse_html(expected)
        drawn += len(drawn_map["shapes"])
        pages.append(ours)
    assert drawn > 100
    assert 'class="unit unit-outline unit-ec unit-focus"' in pages[1] and "<circle" in pages[1]
    assert 'fill="url(#unit-map-missing)"' in pages[2] and 'fill="#08519c"' in pages[2]


def test_a_unit_name_is_escaped():
    drawn_map = next(_maps())
    drawn_map["shapes"][0].name = '"><script>alert(1)</script>'
    ours = Template(NEW_SHAPES).render(Context({"map": drawn_map, "map_id": "m"}))
    assert "<script>" not in ours and "&lt;script&gt;" in ours


def test_kept_markup_follows_each_change_of_a_unit():
    # Each unit's markup is kept between maps: a change of its name, role or marker
    # must still show on the next map.
    def render(drawn_map):
        return Template(NEW_SHAPES).render(Context({"map": drawn_map, "map_id": "m"}))

    drawn_map = next(_maps())
    before = render(drawn_map)
    shape = drawn_map["shapes"][0]
    shape.name = "Nombre cambiado"
    shape.marker = {"x": 1.5, "y": 2.5, "kind": "seat"}
    after = render(drawn_map)
    assert "Nombre cambiado" in after and "Nombre cambiado" not in before
    assert 'cx="1.5" cy="2.5"' in after and 'cx="1.5" cy="2.5"' not in before
    assert render(drawn_map) == after


def test_the_frames_drawn_at_start_hold_the_paths_of_every_unit_page_map():
    unit_path.cache_clear()
    draw_small_frames()
    drawn = unit_path.cache_info().misses
    assert drawn > 1000
    units = AdministrativeUnit.objects.select_related("parent")
    assert units.filter(level="district").exists() and units.filter(level="parish").exists()
    for unit in units:
        small_unit_map(unit, [])
    assert unit_path.cache_info().misses == drawn
