from django.db.models import Prefetch
from django.http import Http404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.response import Response

from governance.api.filters import (
    ActionPlanFilter,
    CommitmentFilter,
    LegalInstrumentFilter,
    MechanismFilter,
    MeetingFilter,
    PersonFilter,
)
from governance.api.serializers import (
    ActionPlanSerializer,
    CommitmentSerializer,
    LegalInstrumentSerializer,
    MechanismSerializer,
    MeetingSerializer,
    PersonSerializer,
)
from governance.meeting_record import meeting_record
from governance.models import (
    ActionPlan,
    Commitment,
    CommitmentStatusChange,
    CoordinationMechanism,
    FulfilmentReport,
    LegalInstrument,
    Meeting,
    Office,
    Person,
)
from zif_portal.api.filters import names_only_the_format
from zif_portal.api.representation import representation
from zif_portal.api.schema import (
    AS_OF_PARAMETER,
    LIST_ERRORS,
    RETRIEVE_AS_OF_ERRORS,
    RETRIEVE_ERRORS,
)
from zif_portal.as_of import api_as_of
from zif_portal.citations import citations_prefetch


def documented(serializer):
    return extend_schema_view(
        list=extend_schema(responses=LIST_ERRORS(serializer(many=True))),
        retrieve=extend_schema(responses=RETRIEVE_ERRORS(serializer)),
    )


@documented(LegalInstrumentSerializer)
class LegalInstrumentViewSet(viewsets.ReadOnlyModelViewSet):
    """CAN Decision 501, the verbal notes, the Gazette, the 1998 agreement, the extensions."""

    queryset = LegalInstrument.objects.select_related(
        "published_in", "extends", "annex_of", "adopted_at"
    ).prefetch_related("parties", "sources", citations_prefetch(), "created_mechanisms", "governs")
    serializer_class = LegalInstrumentSerializer
    lookup_field = "slug"
    filterset_class = LegalInstrumentFilter
    search_fields = ["slug", "number", "title_es", "title_en"]
    ordering_fields = ["date", "slug", "kind"]
    ordering = ["date", "slug"]


@extend_schema_view(
    list=extend_schema(responses=LIST_ERRORS(MechanismSerializer(many=True))),
    retrieve=extend_schema(
        parameters=[AS_OF_PARAMETER], responses=RETRIEVE_AS_OF_ERRORS(MechanismSerializer)
    ),
)
class MechanismViewSet(viewsets.ReadOnlyModelViewSet):
    """The binational coordination mechanisms and their sub-bodies."""

    def get_queryset(self):
        mechanisms = CoordinationMechanism.objects.all()
        sub_bodies = CoordinationMechanism.objects.all()
        day = api_as_of(self.request) if self.action == "retrieve" else None
        if day is not None:
            # The mechanism as it stood that day: 404 if not yet established.
            mechanisms = mechanisms.existing_on(day)
            sub_bodies = sub_bodies.existing_on(day)
        return mechanisms.select_related(
            "parent", "ecuador_unit", "peru_unit", "created_by"
        ).prefetch_related(
            Prefetch("sub_bodies", queryset=sub_bodies), "sources", citations_prefetch()
        )

    serializer_class = MechanismSerializer
    lookup_field = "slug"
    filterset_class = MechanismFilter
    search_fields = ["slug", "name_es", "name_en", "acronym", "chair_es", "chair_en"]
    ordering_fields = ["order", "slug", "level"]
    ordering = ["order", "slug"]


@documented(MeetingSerializer)
class MeetingViewSet(viewsets.ReadOnlyModelViewSet):
    """Occurrences of the mechanisms, such as the yearly Binational Cabinets."""

    queryset = Meeting.objects.for_list().prefetch_related("sources", citations_prefetch())
    serializer_class = MeetingSerializer
    lookup_field = "slug"
    filterset_class = MeetingFilter
    search_fields = ["slug", "title_es", "title_en", "city"]
    ordering_fields = ["date", "ordinal", "slug"]
    ordering = ["date", "ordinal"]

    def retrieve(self, request, *args, **kwargs):
        if not names_only_the_format(request):
            return super().retrieve(request, *args, **kwargs)
        # Read by prepared queries, not the list's queryset: see governance.meeting_record.
        meeting = meeting_record(kwargs[self.lookup_field])
        if meeting is None:
            raise Http404
        context = self.get_serializer_context()
        return Response(representation(MeetingSerializer, meeting, context))


@documented(PersonSerializer)
class PersonViewSet(viewsets.ReadOnlyModelViewSet):
    """People the sources name, the offices they held and the meetings they took part in."""

    queryset = Person.objects.select_related("country").prefetch_related(
        Prefetch("offices", queryset=Office.objects.select_related("mechanism")),
        "sources",
        citations_prefetch(),
        Prefetch("meetings", queryset=Meeting.objects.only("pk", "slug")),
    )
    serializer_class = PersonSerializer
    lookup_field = "slug"
    filterset_class = PersonFilter
    search_fields = ["slug", "name"]
    ordering_fields = ["name", "slug"]
    ordering = ["name"]


@documented(ActionPlanSerializer)
class ActionPlanViewSet(viewsets.ReadOnlyModelViewSet):
    """Action plans adopted by the Binational Cabinets and the Neighbourhood Commission:
    the commitments the sources state beside those recorded, axes, fulfilment reported."""

    queryset = (
        ActionPlan.objects.with_counts()
        .select_related("meeting", "meeting__mechanism")
        .prefetch_related(
            "axes",
            Prefetch(
                "fulfilment_reports",
                queryset=FulfilmentReport.objects.select_related("reported_at", "source"),
            ),
            "sources",
            citations_prefetch(),
        )
    )
    serializer_class = ActionPlanSerializer
    lookup_field = "slug"
    filterset_class = ActionPlanFilter
    search_fields = ["slug", "title_es", "title_en"]
    ordering_fields = ["slug", "meeting__date"]
    ordering = ["meeting__date", "slug"]


@documented(CommitmentSerializer)
class CommitmentViewSet(viewsets.ReadOnlyModelViewSet):
    """Commitments of the action plans with their current status and status history."""

    queryset = (
        Commitment.objects.for_list()
        .select_related("plan")
        .prefetch_related(
            "units",
            Prefetch(
                "status_changes",
                queryset=CommitmentStatusChange.objects.select_related("source"),
            ),
            "sources",
            citations_prefetch(),
        )
    )
    serializer_class = CommitmentSerializer
    filterset_class = CommitmentFilter
    search_fields = ["text_es", "text_en", "responsible_ecuador", "responsible_peru"]
    ordering_fields = ["number", "plan__slug"]
    ordering = ["plan__meeting__date", "plan__slug", "order", "number", "key"]
