import datetime
from itertools import chain

from django.contrib.syndication.views import Feed
from django.db.models import Count, F, Prefetch
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView, TemplateView

from zif_portal.as_of import AsOfDetailMixin
from zif_portal.cache import memo_per_version
from zif_portal.charts import bar_chart
from zif_portal.citations import citations_prefetch
from zif_portal.listing import FilteredListView, first_with_total
from zif_portal.records import KeptPerVersionMixin, found

from .api.filters import NO_STATUS, CommitmentFilter, MeetingFilter
from .meeting_record import meeting_page
from .models import (
    LEVEL_ORDER,
    ActionPlan,
    Commitment,
    CommitmentStatus,
    CommitmentStatusChange,
    CoordinationMechanism,
    FulfilmentReport,
    LegalInstrument,
    MechanismLevel,
    Meeting,
    Office,
    Participation,
    Person,
)
from .person_record import person_page


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


class MechanismDetailView(KeptPerVersionMixin, AsOfDetailMixin, DetailView):
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
        latest, context["meetings_total"] = self.kept(
            "meetings",
            lambda: first_with_total(
                meetings.order_by(F("date").desc(nulls_first=True), "-ordinal", "-slug"),
                MEETINGS_SHOWN,
            ),
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
        # The same for every filter combination: kept per language and data version,
        # not counted again over every meeting on each of the 2,000 filtered lists.
        context["chart"] = memo_per_version(
            "chart:meetings-per-year", get_language(), meetings_per_year_chart
        )
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
        return Meeting.objects.for_list().prefetch_related(
            "sources",
            citations_prefetch(),
            "participations__person__offices",
            "action_plans",
            "outputs",
        )

    def get_object(self, queryset=None):
        # Read by prepared queries (governance.meeting_record); get_queryset stays the
        # page's reading through the ORM, which the tests compare it with.
        if queryset is not None:
            return super().get_object(queryset)
        return found(meeting_page(self.kwargs[self.slug_url_kwarg]), Meeting)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The office each participant held on the day, where the sources date it.
        for participation in self.object.participations.all():
            participation.offices_then = [
                office
                for office in participation.person.offices.all()
                if office.held_on(self.object.date)
            ]
        return context


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
            Prefetch("offices", queryset=Office.objects.select_related("mechanism")),
            "sources",
            citations_prefetch(),
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("meeting__country").order_by(
                    "meeting__date"
                ),
            ),
        )

    def get_object(self, queryset=None):
        # Read by prepared queries (governance.person_record), as the meeting's page.
        if queryset is not None:
            return super().get_object(queryset)
        return found(person_page(self.kwargs[self.slug_url_kwarg]), Person)


# --- Action plans and the commitments tracker -------------------------------------


def fulfilment_chart():
    """The fulfilment the sources report for each plan, one bar per report, in date order."""
    reports = FulfilmentReport.objects.select_related("plan").order_by("date", "plan__slug")
    return bar_chart(
        [
            (
                f"{report.plan.title} ({report.date_display})",
                float(report.percentage),
                f"{report.percentage.normalize():f} %",
                report.plan.get_absolute_url(),
                "",
            )
            for report in reports
        ],
        maximum=100,
        label_width=260,
    )


def status_chart(commitments):
    """How many commitments stand in each status (latest status reported)."""
    counts = dict.fromkeys([*CommitmentStatus.values, ""], 0)
    for row in commitments.order_by().values("current_status").annotate(n=Count("pk")):
        counts[row["current_status"] or ""] += row["n"]
    labels = {**dict(CommitmentStatus.choices), "": _("no status reported")}
    filters = {**{s: s for s in CommitmentStatus.values}, "": NO_STATUS}
    return bar_chart(
        [
            (str(labels[s]), n, str(n), f"?status={filters[s]}", f"status-{s or 'none'}")
            for s, n in counts.items()
        ],
        label_width=200,
    )


class ActionPlanListView(ListView):
    template_name = "governance/action_plan_list.html"
    context_object_name = "plans"

    def get_queryset(self):
        return (
            ActionPlan.objects.with_counts()
            .select_related("meeting__mechanism", "meeting__country")
            .prefetch_related("fulfilment_reports")
            .order_by("meeting__date", "slug")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chart"] = fulfilment_chart()
        return context


class ActionPlanDetailView(DetailView):
    template_name = "governance/action_plan_detail.html"
    context_object_name = "plan"

    def get_queryset(self):
        return (
            ActionPlan.objects.with_counts()
            .select_related("meeting__mechanism", "meeting__country")
            .prefetch_related(
                "axes",
                "sources",
                citations_prefetch(),
                Prefetch(
                    "fulfilment_reports",
                    queryset=FulfilmentReport.objects.select_related("source", "reported_at"),
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        commitments = Commitment.objects.for_list().filter(plan=self.object)
        context["commitments"] = commitments.prefetch_related(
            Prefetch(
                "status_changes", queryset=CommitmentStatusChange.objects.select_related("source")
            )
        )
        context["status_chart"] = status_chart(commitments) if self.object.recorded_count else None
        return context


class CommitmentTrackerView(FilteredListView):
    """Every commitment of every plan, filtered by plan, axis, status, institution,
    country and territory; the same filters as /api/v1/commitments/."""

    template_name = "governance/commitment_tracker.html"
    context_object_name = "commitments"
    filterset_class = CommitmentFilter

    def base_queryset(self):
        return Commitment.objects.for_list().order_by("plan__meeting__date", "plan__slug", "number")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_chart"] = status_chart(self.object_list)
        context["plans"] = ActionPlan.objects.with_counts().order_by("meeting__date")
        api = reverse("api:commitment-list")
        query = context["query_string"]
        context["csv_url"] = f"{api}?{query + '&' if query else ''}format=csv"
        context["json_url"] = f"{api}?{query + '&' if query else ''}format=json"
        return context


class StatusChangesFeed(Feed):
    """The status changes of the commitments, newest first."""

    feed_type = Atom1Feed

    def title(self):
        return _("ZIF Portal: status of the binational commitments")

    def subtitle(self):
        return _("Each status a source reports for a commitment of an action plan.")

    def link(self):
        return reverse("governance:commitment-tracker")

    def items(self):
        return CommitmentStatusChange.objects.select_related("commitment__plan", "source").order_by(
            "-date", "-pk"
        )[:50]

    def item_title(self, item):
        return _("%(plan)s, commitment %(number)s: %(status)s") % {
            "plan": item.commitment.plan.title,
            "number": item.commitment.number or item.commitment.key,
            "status": item.get_status_display(),
        }

    def item_description(self, item):
        text = item.commitment.text
        return f"{text} — {item.evidence}" if item.evidence else text

    def item_link(self, item):
        return item.commitment.get_absolute_url()

    def item_guid(self, item):
        return f"status-change-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time(), tzinfo=datetime.UTC)

    def item_updateddate(self, item):
        return self.item_pubdate(item)
