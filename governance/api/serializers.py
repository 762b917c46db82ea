from rest_framework import serializers

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
    ThematicAxis,
)
from territories.api.serializers import UnitRefSerializer
from zif_portal.api.serializers import SourcedSerializerMixin
from zif_portal.dates import iso_partial_date

PARTIAL_DATE_HELP = "Date at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD)."


class MechanismRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = CoordinationMechanism
        fields = ["slug", "name_es", "name_en"]


class InstrumentRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = LegalInstrument
        fields = ["slug", "title_es", "title_en"]


class PersonRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Person
        fields = ["slug", "name"]


class LegalInstrumentSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    date = serializers.CharField(source="date_iso", allow_null=True, help_text=PARTIAL_DATE_HELP)
    parties = serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")
    published_in = InstrumentRefSerializer(read_only=True, allow_null=True)
    extends = InstrumentRefSerializer(read_only=True, allow_null=True)
    created_mechanisms = MechanismRefSerializer(many=True, read_only=True)
    adopted_at = serializers.SlugRelatedField(read_only=True, slug_field="slug", allow_null=True)
    annex_of = InstrumentRefSerializer(read_only=True, allow_null=True)
    governs = MechanismRefSerializer(many=True, read_only=True)

    class Meta:
        model = LegalInstrument
        fields = [
            "slug",
            "kind",
            "number",
            "title_es",
            "title_en",
            "date",
            "place",
            "issuer_es",
            "issuer_en",
            "parties",
            "summary_es",
            "summary_en",
            "published_in",
            "extends",
            "valid_from_year",
            "valid_to_year",
            "validity_note_es",
            "validity_note_en",
            "adopted_at",
            "annex_of",
            "governs",
            "created_mechanisms",
            "sources",
            "citations",
        ]


class MechanismSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    parent = MechanismRefSerializer(read_only=True, allow_null=True)
    sub_bodies = MechanismRefSerializer(many=True, read_only=True)
    ecuador_unit = UnitRefSerializer(read_only=True, allow_null=True)
    peru_unit = UnitRefSerializer(read_only=True, allow_null=True)
    created_by = InstrumentRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = CoordinationMechanism
        fields = [
            "slug",
            "name_es",
            "name_en",
            "acronym",
            "kind",
            "level",
            "parent",
            "sub_bodies",
            "chair_es",
            "chair_en",
            "functions_es",
            "functions_en",
            "ecuador_unit",
            "peru_unit",
            "created_by",
            "sources",
            "citations",
        ]


class ParticipantSerializer(serializers.Serializer):
    slug = serializers.CharField(source="person.slug")
    name = serializers.CharField(source="person.name")
    role = serializers.CharField()


class MeetingSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    mechanism = MechanismRefSerializer(read_only=True)
    date = serializers.CharField(source="date_iso", allow_null=True, help_text=PARTIAL_DATE_HELP)
    country = serializers.CharField(source="country_id", allow_null=True)
    participants = ParticipantSerializer(source="participations", many=True, read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "slug",
            "mechanism",
            "ordinal",
            "title_es",
            "title_en",
            "date",
            "city",
            "country",
            "notes_es",
            "notes_en",
            "participants",
            "sources",
            "citations",
        ]


class OfficeSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country_id", allow_null=True)
    mechanism = serializers.SlugRelatedField(read_only=True, slug_field="slug", allow_null=True)
    start = serializers.SerializerMethodField(help_text=PARTIAL_DATE_HELP)
    end = serializers.SerializerMethodField(help_text=PARTIAL_DATE_HELP)

    class Meta:
        model = Office
        fields = [
            "title_es",
            "title_en",
            "country",
            "mechanism",
            "start",
            "end",
            "attested_on",
            "note_es",
            "note_en",
        ]

    def get_start(self, obj) -> str | None:
        return iso_partial_date(obj.start, obj.start_precision)

    def get_end(self, obj) -> str | None:
        return iso_partial_date(obj.end, obj.end_precision)


class PersonSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    country = serializers.CharField(source="country_id", allow_null=True)
    offices = OfficeSerializer(many=True, read_only=True)
    meetings = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")

    class Meta:
        model = Person
        fields = ["slug", "name", "country", "offices", "meetings", "sources", "citations"]


class ActionPlanRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = ActionPlan
        fields = ["slug", "title_es", "title_en"]


class AxisSerializer(serializers.ModelSerializer):
    class Meta:
        model = ThematicAxis
        fields = ["code", "name_es", "name_en", "order"]


class FulfilmentReportSerializer(serializers.ModelSerializer):
    date = serializers.SerializerMethodField(help_text=PARTIAL_DATE_HELP)
    percentage = serializers.FloatField()
    reported_at = serializers.SlugRelatedField(read_only=True, slug_field="slug", allow_null=True)
    source = serializers.SlugRelatedField(read_only=True, slug_field="key")

    class Meta:
        model = FulfilmentReport
        fields = ["date", "percentage", "reported_at", "reported_by", "source", "locator", "quote"]

    def get_date(self, obj) -> str | None:
        return iso_partial_date(obj.date, obj.date_precision)


class ActionPlanSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    meeting = serializers.SlugRelatedField(read_only=True, slug_field="slug")
    meeting_date = serializers.CharField(
        source="meeting.date_iso", allow_null=True, help_text=PARTIAL_DATE_HELP
    )
    mechanism = serializers.CharField(source="meeting.mechanism.slug")
    commitments_stated = serializers.IntegerField(
        source="stated_commitments",
        allow_null=True,
        help_text="The number of commitments the sources state for the plan.",
    )
    commitments_recorded = serializers.IntegerField(
        source="recorded_count", help_text="The commitments recorded in the portal."
    )
    axes = AxisSerializer(many=True, read_only=True)
    fulfilment_reports = FulfilmentReportSerializer(many=True, read_only=True)

    class Meta:
        model = ActionPlan
        fields = [
            "slug",
            "title_es",
            "title_en",
            "meeting",
            "meeting_date",
            "mechanism",
            "valid_from_year",
            "valid_to_year",
            "commitments_stated",
            "commitments_recorded",
            "text_published",
            "summary_es",
            "summary_en",
            "axes",
            "fulfilment_reports",
            "sources",
            "citations",
        ]


STATUS_HELP = "pending, in_progress, fulfilled or not_fulfilled."


class StatusChangeSerializer(serializers.ModelSerializer):
    status = serializers.CharField(help_text=STATUS_HELP)
    date = serializers.SerializerMethodField(help_text=PARTIAL_DATE_HELP)
    source = serializers.SlugRelatedField(read_only=True, slug_field="key")

    class Meta:
        model = CommitmentStatusChange
        fields = ["status", "date", "source", "locator", "evidence_es", "evidence_en"]

    def get_date(self, obj) -> str | None:
        return iso_partial_date(obj.date, obj.date_precision)


class CommitmentSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    plan = ActionPlanRefSerializer(read_only=True)
    axis = serializers.SlugRelatedField(read_only=True, slug_field="code", allow_null=True)
    status = serializers.CharField(
        source="current_status",
        allow_null=True,
        help_text="The latest status reported; null while no source reports one.",
    )
    status_date = serializers.DateField(source="current_status_date", allow_null=True)
    deadline = serializers.SerializerMethodField(help_text=PARTIAL_DATE_HELP)
    territories = serializers.SlugRelatedField(
        source="units", many=True, read_only=True, slug_field="code"
    )
    status_history = StatusChangeSerializer(source="status_changes", many=True, read_only=True)

    class Meta:
        model = Commitment
        fields = [
            "plan",
            "key",
            "number",
            "text_es",
            "text_en",
            "axis",
            "responsible_ecuador",
            "responsible_peru",
            "deadline",
            "territories",
            "status",
            "status_date",
            "status_history",
            "sources",
            "citations",
        ]

    def get_deadline(self, obj) -> str | None:
        return iso_partial_date(obj.deadline, obj.deadline_precision)
