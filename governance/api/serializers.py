from rest_framework import serializers

from governance.models import CoordinationMechanism, LegalInstrument, Meeting, Office, Person
from territories.api.serializers import UnitRefSerializer
from zif_portal.api.serializers import SourcedSerializerMixin

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

    class Meta:
        model = Office
        fields = ["title_es", "title_en", "country", "start", "end"]


class PersonSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    country = serializers.CharField(source="country_id", allow_null=True)
    offices = OfficeSerializer(many=True, read_only=True)
    meetings = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")

    class Meta:
        model = Person
        fields = ["slug", "name", "country", "offices", "meetings", "sources", "citations"]
