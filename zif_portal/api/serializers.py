from rest_framework import serializers

from zif_portal.models import Citation, Source


class SourceSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["key", "title_es", "title_en", "url"]


class SourceSerializer(serializers.ModelSerializer):
    published = serializers.CharField(
        source="published_iso",
        allow_null=True,
        read_only=True,
        help_text="Publication date at the precision of the source (YYYY, YYYY-MM, YYYY-MM-DD).",
    )
    web_url = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = [
            "key",
            "title_es",
            "title_en",
            "kind",
            "publisher",
            "published",
            "url",
            "language",
            "is_official",
            "note_es",
            "note_en",
            "web_url",
        ]

    def get_web_url(self, obj) -> str:
        return obj.get_absolute_url()


class CitationSerializer(serializers.ModelSerializer):
    """One value of the record and the source that gives it."""

    source = serializers.SlugRelatedField(slug_field="key", read_only=True)
    value = serializers.SerializerMethodField(
        help_text=(
            "Null when the source gives the value the record holds; otherwise the other "
            "value it publishes (an “other published value”)."
        )
    )

    class Meta:
        model = Citation
        fields = [
            "field",
            "source",
            "locator",
            "quote",
            "value",
            "preferred",
            "reason_es",
            "reason_en",
        ]
        extra_kwargs = {
            "field": {"help_text": "The record's field the source gives (`seat`, `area_km2`…)."},
            "preferred": {
                "help_text": "Where sources disagree: the source of the value the record holds, "
                "preferred for `reason_es`/`reason_en`."
            },
        }

    def get_value(self, obj) -> str | None:
        return obj.value or None


class SourcedSerializerMixin(serializers.Serializer):
    """Every API item shows the sources its record cites as a whole (`sources`) and the
    source of each value (`citations`), both prefetched by the view."""

    sources = SourceSummarySerializer(many=True, read_only=True)
    citations = CitationSerializer(
        many=True,
        read_only=True,
        help_text="Which source gives which value: one entry per field and source.",
    )
