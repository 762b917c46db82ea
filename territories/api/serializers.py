from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from territories.models import AdministrativeUnit, Country, Zone
from zif_portal.api.serializers import CitationSerializer, SourcedSerializerMixin


class UnitRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = AdministrativeUnit
        fields = ["code", "name", "level"]


class CountrySerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["code", "name_es", "name_en", "area_km2", "sources", "citations"]


class AdministrativeUnitSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    country = serializers.CharField(source="country_id", read_only=True)
    parent = serializers.CharField(source="parent_id", read_only=True, allow_null=True)
    in_zif = serializers.BooleanField(read_only=True)
    established = serializers.CharField(
        source="established_iso",
        read_only=True,
        allow_null=True,
        help_text="Creation date at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD).",
    )
    url = serializers.HyperlinkedIdentityField(
        view_name="api:administrativeunit-detail", lookup_field="code"
    )

    class Meta:
        model = AdministrativeUnit
        fields = [
            "code",
            "url",
            "name",
            "level",
            "country",
            "parent",
            "iso_code",
            "seat",
            "area_km2",
            "seat_latitude",
            "seat_longitude",
            "natural_region",
            "in_zif",
            "zif_membership",
            "established",
            "sources",
            "citations",
        ]


class FigureCheckSerializer(serializers.Serializer):
    key = serializers.CharField(source="figure.key")
    kind = serializers.CharField(source="figure.kind")
    counted_level = serializers.CharField(source="figure.counted_level")
    stated = serializers.DecimalField(max_digits=12, decimal_places=2)
    approximate = serializers.BooleanField(source="figure.approximate")
    as_of = serializers.DateField(source="figure.as_of", allow_null=True)
    listed = serializers.DecimalField(
        max_digits=12,
        decimal_places=2,
        allow_null=True,
        help_text="The figure computed from the units the portal lists (null: not computable).",
    )
    listed_at_date = serializers.DecimalField(
        max_digits=12,
        decimal_places=2,
        allow_null=True,
        help_text="For counts: the listed units that existed on `as_of`.",
    )
    difference = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    matches = serializers.BooleanField(allow_null=True)
    created_after = serializers.ListField(
        child=serializers.CharField(), help_text="Counted units created after `as_of`."
    )
    units_missing_value = serializers.IntegerField(
        help_text="Listed units without the value (e.g. no official area), which prevent a sum."
    )
    members_incomplete = serializers.BooleanField()
    quote = serializers.CharField(source="figure.quote")
    note_es = serializers.CharField(source="figure.note_es", allow_null=True)
    note_en = serializers.CharField(source="figure.note_en", allow_null=True)
    source = serializers.CharField(source="figure.source.key")
    citations = CitationSerializer(
        source="figure.citations",
        many=True,
        read_only=True,
        help_text="Which source gives which value.",
    )


class AdministrativeUnitDetailSerializer(AdministrativeUnitSerializer):
    parent = UnitRefSerializer(read_only=True, allow_null=True)
    children = UnitRefSerializer(many=True, read_only=True)
    created_from = UnitRefSerializer(many=True, read_only=True)
    split_into = UnitRefSerializer(many=True, read_only=True)
    zones = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    figures = serializers.SerializerMethodField()

    class Meta(AdministrativeUnitSerializer.Meta):
        fields = [
            *AdministrativeUnitSerializer.Meta.fields,
            "zif_basis_es",
            "zif_basis_en",
            "establishment_basis_es",
            "establishment_basis_en",
            "description_es",
            "description_en",
            "children",
            "created_from",
            "split_into",
            "zones",
            "figures",
        ]

    @extend_schema_field(FigureCheckSerializer(many=True))
    def get_figures(self, obj):
        return FigureCheckSerializer(self.context.get("figure_checks", []), many=True).data


class ZoneSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    country = serializers.CharField(source="country_id", read_only=True, allow_null=True)
    members = serializers.SerializerMethodField(
        help_text="Codes of the members: today's, or those of the day `as_of` names."
    )

    class Meta:
        model = Zone
        fields = [
            "slug",
            "name_es",
            "name_en",
            "country",
            "members",
            "members_complete",
            "sources",
            "citations",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_members(self, obj):
        return [unit.code for unit in obj.listed_members]


class ZoneDetailSerializer(ZoneSerializer):
    figures = serializers.SerializerMethodField()

    class Meta(ZoneSerializer.Meta):
        fields = [
            *ZoneSerializer.Meta.fields,
            "description_es",
            "description_en",
            "basis_es",
            "basis_en",
            "figures",
        ]

    @extend_schema_field(FigureCheckSerializer(many=True))
    def get_figures(self, obj):
        return FigureCheckSerializer(self.context.get("figure_checks", []), many=True).data
