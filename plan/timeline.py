"""The plan's life on one axis: from the 1998 agreement to the end of its last phase."""

from dataclasses import dataclass


@dataclass
class Bar:
    label: str
    start: int
    end: int
    url: str
    x: float = 0
    width: float = 0


@dataclass
class Mark:
    label: str
    year: int
    url: str
    x: float = 0


def plan_timeline(plan, *, width=640):
    """Bars for the phases and marks for the instruments, as fractions of the axis."""
    marks = [Mark(plan.basis.title, plan.basis.date.year, plan.basis.get_absolute_url())]
    bars = []
    for phase in plan.phases.all():
        bars.append(
            Bar(
                str(phase.name),
                phase.start_year,
                phase.end_year or phase.start_year,
                phase.established_by.get_absolute_url() if phase.established_by else "",
            )
        )
        if phase.established_by and phase.established_by.date:
            marks.append(
                Mark(
                    phase.established_by.title,
                    phase.established_by.date.year,
                    phase.established_by.get_absolute_url(),
                )
            )
    first = min([m.year for m in marks] + [b.start for b in bars])
    last = max([m.year for m in marks] + [b.end for b in bars])
    span = max(last - first, 1)
    scale = width / span
    for bar in bars:
        bar.x = round((bar.start - first) * scale, 1)
        bar.width = round(max((bar.end - bar.start) * scale, 2), 1)
    for mark in marks:
        mark.x = round((mark.year - first) * scale, 1)
    ticks = [
        {"year": year, "x": round((year - first) * scale, 1)}
        for year in range(first, last + 1)
        if (year - first) % 2 == 0 or year == last
    ]
    return {
        "bars": bars,
        "marks": marks,
        "ticks": ticks,
        "first": first,
        "last": last,
        "width": width,
    }
