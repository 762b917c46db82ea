from rest_framework import serializers

from zif_portal.models import Source


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


class SourcedSerializerMixin(serializers.Serializer):
    """Every API item shows the sources its record cites (prefetched by the view)."""

    sources = SourceSummarySerializer(many=True, read_only=True)
