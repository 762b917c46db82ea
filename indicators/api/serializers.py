from rest_framework import serializers

from indicators.models import Census, Indicator, NationalSource, Observation
from zif_portal.api.serializers import SourcedSerializerMixin


class NationalSourceSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country_id", read_only=True)
    source = serializers.SlugRelatedField(slug_field="key", read_only=True)

    class Meta:
        model = NationalSource
        fields = ["country", "source", "note_es", "note_en"]


class IndicatorSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:indicator-detail", lookup_field="slug"
    )
    derived = serializers.BooleanField(source="is_derived", read_only=True)
    national_sources = NationalSourceSerializer(many=True, read_only=True)

    class Meta:
        model = Indicator
        fields = [
            "slug",
            "url",
            "name_es",
            "name_en",
            "unit_of_measure_es",
            "unit_of_measure_en",
            "definition_es",
            "definition_en",
            "formula",
            "derived",
            "national_sources",
        ]


class CensusSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country_id", read_only=True)
    reference_date = serializers.CharField(source="reference_iso", read_only=True)

    class Meta:
        model = Census
        fields = ["slug", "country", "name_es", "name_en", "agency", "reference_date", "year"]


class ObservationSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:observation-detail", lookup_field="key"
    )
    indicator = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    country = serializers.CharField(source="country_id", read_only=True)
    unit = serializers.CharField(
        source="unit_id",
        read_only=True,
        allow_null=True,
        help_text="The unit's code; null for the whole country.",
    )
    unit_name = serializers.CharField(
        source="unit.name", read_only=True, default=None, allow_null=True
    )
    level = serializers.CharField(
        source="unit.level", read_only=True, default=None, allow_null=True
    )
    census = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    reference_date = serializers.CharField(
        source="reference_iso",
        read_only=True,
        help_text="At the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD).",
    )
    year = serializers.IntegerField(source="reference_date.year", read_only=True)
    value = serializers.SerializerMethodField(
        help_text="The value as the source gives it, as a decimal string without trailing zeros."
    )

    class Meta:
        model = Observation
        fields = [
            "key",
            "url",
            "indicator",
            "country",
            "unit",
            "unit_name",
            "level",
            "census",
            "reference_date",
            "year",
            "value",
            "method_note_es",
            "method_note_en",
            "comparability_note_es",
            "comparability_note_en",
            "sources",
            "citations",
        ]

    def get_value(self, obj) -> str:
        return f"{obj.value.normalize():f}"
