"""Bar charts drawn on the server as SVG, with the data as a table for screen readers."""

from dataclasses import dataclass


@dataclass
class Bar:
    label: str
    value: float
    display: str
    url: str = ""
    css: str = ""
    y: float = 0
    width: float = 0


def bar_chart(rows, *, maximum=None, label_width=170, bar_width=300, row_height=26):
    """rows: (label, value, display text, url, css class). Returns geometry for the template."""
    bars = [Bar(*row) for row in rows]
    top = maximum or max((b.value for b in bars), default=0) or 1
    for index, bar in enumerate(bars):
        bar.y = index * row_height
        bar.width = round(max(bar.value, 0) / top * bar_width, 1)
    return {
        "bars": bars,
        "label_width": label_width,
        "bar_width": bar_width,
        "row_height": row_height,
        "bar_height": row_height - 8,
        "width": label_width + bar_width + 90,
        "height": len(bars) * row_height + 4,
    }
