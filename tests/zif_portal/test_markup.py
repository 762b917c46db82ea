"""zif_portal.markup escapes what django.utils.html.format_html escapes, and keeps what
it keeps: the drawn parts of the pages moved from one to the other."""

from decimal import Decimal

import pytest
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy, override

from zif_portal.markup import escaped, html, html_join


class Marked:
    def __html__(self):
        return "<b>own</b>"

    def __str__(self):
        return "<i>text</i>"


VALUES = [
    "Loja & Piura <\"'>",
    mark_safe("<em>kept</em>"),
    SafeString("<q>safe</q>"),
    7,
    -3,
    True,
    None,
    1.5,
    Decimal("12.50"),
    gettext_lazy("Sources"),
    Marked(),
    ["<a>", 1],
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_each_value_is_escaped_as_format_html_escapes_it(value):
    with override("es"):
        expected = format_html("<td title='{}'>{}</td>", value, value)
        got = html("<td title='{}'>{}</td>", value, value)
    assert got == expected
    assert isinstance(got, SafeString)


def test_text_is_escaped_and_marked_safe_text_is_not():
    assert escaped("<script>") == "&lt;script&gt;"
    assert escaped(mark_safe("<br>")) == "<br>"
    assert html("{name}", name="a<b") == "a&lt;b"


def test_a_join_is_format_html_join():
    rows = [("a<b", 1), (mark_safe("<i>c</i>"), "d&e")]
    expected = format_html_join(" & ", "<li>{}: {}</li>", rows)
    got = html_join(" & ", "<li>{}: {}</li>", rows)
    assert got == expected
    assert isinstance(got, SafeString)
    assert html_join(mark_safe("<br>"), "{}", [("x",), ("y",)]) == "x<br>y"
