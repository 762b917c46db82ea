from itertools import chain

from django.db.models import F, Prefetch
from django.views.generic import DetailView, ListView, TemplateView

from zif_portal.as_of import AsOfDetailMixin
from zif_portal.citations import citations_prefetch
from zif_portal.listing import FilteredListView, first_with_total

from .api.filters import MeetingFilter
from .models import (
    LEVEL_ORDER,
    CoordinationMechanism,
    LegalInstrument,
    MechanismLevel,
    Meeting,
    Participation,
    Person,
)


def mechanism_tree(day=None):
    """Top-level mechanisms grouped by level, each with its sub-bodies: two queries.
    With `day`, the mechanisms that existed then."""
    mechanisms = CoordinationMechanism.objects.select_related("ecuador_unit", "peru_unit")
    if day:
        mechanisms = mechanisms.existing_on(day)
    mechanisms = list(mechanisms.order_by("order", "slug"))
    children = {}
    for mechanism in mechanisms:
        children.setdefault(mechanism.parent_id, []).append(mechanism)
    for mechanism in mechanisms:
        mechanism.children_list = children.get(mechanism.pk, [])
    groups = []
    labels = dict(MechanismLevel.choices)
    for level in [*LEVEL_ORDER, ""]:
        top = [m for m in children.get(None, []) if m.level == level]
        if top:
            groups.append({"level": level, "label": labels.get(level), "mechanisms": top})
    return groups


class MechanismListView(AsOfDetailMixin, TemplateView):
    template_name = "governance/mechanism_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["groups"] = mechanism_tree(self.as_of)
        return context


MEETINGS_SHOWN = 25


class MechanismDetailView(AsOfDetailMixin, DetailView):
    template_name = "governance/mechanism_detail.html"
    context_object_name = "mechanism"

    def get_queryset(self):
        mechanisms = CoordinationMechanism.objects.all()
        sub_bodies = CoordinationMechanism.objects.all()
        if self.as_of:
            mechanisms = mechanisms.existing_on(self.as_of)
            sub_bodies = sub_bodies.existing_on(self.as_of)
        return mechanisms.select_related(
            "parent__parent", "ecuador_unit__country", "peru_unit__country", "created_by"
        ).prefetch_related(
            "sources", citations_prefetch(), Prefetch("sub_bodies", queryset=sub_bodies)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The latest meetings, oldest first; the full list is one link away.
        meetings = Meeting.objects.for_list().filter(mechanism=self.object)
        if self.as_of:
            meetings = meetings.filter(date__lte=self.as_of)
        latest, context["meetings_total"] = first_with_total(
            meetings.order_by(F("date").desc(nulls_first=True), "-ordinal", "-slug"),
            MEETINGS_SHOWN,
        )
        context["meetings"] = latest[::-1]
        return context


class MeetingListView(FilteredListView):
    template_name = "governance/meeting_list.html"
    context_object_name = "meetings"
    filterset_class = MeetingFilter

    def base_queryset(self):
        return Meeting.objects.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chart"] = meetings_per_year_chart()
        return context


def meetings_per_year_chart():
    from django.db.models import Count
    from django.db.models.functions import ExtractYear

    from zif_portal.charts import bar_chart

    rows = (
        Meeting.objects.filter(date__isnull=False)
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(n=Count("pk"))
        .order_by("year")
    )
    counts = {row["year"]: row["n"] for row in rows}
    if not counts:
        return bar_chart([])
    years = range(min(counts), max(counts) + 1)
    return bar_chart(
        [(str(y), counts.get(y, 0), str(counts.get(y, 0)), f"?year={y}", "") for y in years],
        label_width=60,
        row_height=20,
    )


class MeetingDetailView(DetailView):
    template_name = "governance/meeting_detail.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return Meeting.objects.for_list().prefetch_related("sources", citations_prefetch())


class LegalInstrumentListView(ListView):
    template_name = "governance/instrument_list.html"
    context_object_name = "instruments"
    queryset = LegalInstrument.objects.select_related("published_in", "extends").prefetch_related(
        "parties"
    )


class LegalInstrumentDetailView(DetailView):
    template_name = "governance/instrument_detail.html"
    context_object_name = "instrument"

    def get_queryset(self):
        return LegalInstrument.objects.select_related("published_in", "extends").prefetch_related(
            "parties",
            "sources",
            citations_prefetch(),
            "publishes",
            "extended_by",
            "created_mechanisms",
        )


class TimelineView(TemplateView):
    """Legal instruments and meetings on one line of time; undated events last."""

    template_name = "governance/timeline.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        instruments = LegalInstrument.objects.all()
        meetings = Meeting.objects.select_related("mechanism", "country")
        events = sorted(
            chain(instruments, meetings),
            key=lambda e: (e.date is None, e.date or 0, str(e)),
        )
        context["events"] = events
        return context


class PersonListView(ListView):
    template_name = "governance/person_list.html"
    context_object_name = "people"
    paginate_by = 100
    queryset = Person.objects.select_related("country").prefetch_related("offices")


class PersonDetailView(DetailView):
    template_name = "governance/person_detail.html"
    context_object_name = "person"

    def get_queryset(self):
        return Person.objects.select_related("country").prefetch_related(
            "offices",
            "sources",
            citations_prefetch(),
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("meeting__country").order_by(
                    "meeting__date"
                ),
            ),
        )
