from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from governance.api.serializers import InstrumentRefSerializer
from governance.models import CoordinationMechanism, LegalInstrument, Meeting
from plan.models import (
    Fund,
    Plan,
    PlanFigure,
    PlanPhase,
    Programme,
    Project,
    ProjectAmount,
    ProjectStatusReport,
    ValueChain,
    ValueChainTerritory,
)
from territories.api.serializers import UnitRefSerializer
from territories.models import AdministrativeUnit
from zif_portal.api.serializers import (
    CitationSerializer,
    SourcedSerializerMixin,
    SourceSummarySerializer,
)
from zif_portal.models import Source


class PlanPhaseSerializer(serializers.ModelSerializer):
    established_by = InstrumentRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = PlanPhase
        fields = ["name_es", "name_en", "start_year", "end_year", "established_by"]


class ProgrammeRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Programme
        fields = ["slug", "letter", "name_es", "name_en"]


class PlanSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    basis = InstrumentRefSerializer(read_only=True)
    phases = PlanPhaseSerializer(many=True, read_only=True)
    programmes = ProgrammeRefSerializer(many=True, read_only=True)

    class Meta:
        model = Plan
        fields = [
            "slug",
            "name_es",
            "name_en",
            "objective_es",
            "objective_en",
            "description_es",
            "description_en",
            "basis",
            "phases",
            "programmes",
            "sources",
            "citations",
        ]


class ProgrammeSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    plan = serializers.SlugRelatedField(read_only=True, slug_field="slug")

    class Meta:
        model = Programme
        fields = [
            "slug",
            "plan",
            "letter",
            "name_es",
            "name_en",
            "scope",
            "subject",
            "description_es",
            "description_en",
            "sources",
            "citations",
        ]


class PlanFigureSerializer(serializers.ModelSerializer):
    source = serializers.SlugRelatedField(read_only=True, slug_field="key")
    unit = serializers.SlugRelatedField(read_only=True, slug_field="code", allow_null=True)

    class Meta:
        model = PlanFigure
        fields = [
            "key",
            "kind",
            "label_es",
            "label_en",
            "value",
            "currency",
            "approximate",
            "period_start",
            "period_end",
            "as_of",
            "unit",
            "source",
            "locator",
            "quote",
            "note_es",
            "note_en",
        ]


class FundSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    plan = serializers.SlugRelatedField(read_only=True, slug_field="slug")
    established_by = InstrumentRefSerializer(read_only=True, allow_null=True)
    figures = PlanFigureSerializer(many=True, read_only=True)

    class Meta:
        model = Fund
        fields = [
            "slug",
            "plan",
            "name_es",
            "name_en",
            "role_es",
            "role_en",
            "established_by",
            "figures",
            "sources",
            "citations",
        ]


class ChainPlaceSerializer(serializers.ModelSerializer):
    unit = UnitRefSerializer(read_only=True)
    source = serializers.SlugRelatedField(read_only=True, slug_field="key")

    class Meta:
        model = ValueChainTerritory
        fields = ["unit", "role", "source", "locator", "quote"]


class ValueChainSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    territories = ChainPlaceSerializer(
        source="territory_links",
        many=True,
        read_only=True,
        help_text="Where the sources place the chain, each with its source and sentence.",
    )
    figures = PlanFigureSerializer(many=True, read_only=True)

    class Meta:
        model = ValueChain
        fields = [
            "slug",
            "name_es",
            "name_en",
            "description_es",
            "description_en",
            "territories",
            "figures",
            "sources",
            "citations",
        ]


class ProjectSerializer(serializers.ModelSerializer):
    """Read and write: related records are given by their public keys."""

    programme = serializers.SlugRelatedField(
        slug_field="slug", queryset=Programme.objects.all(), allow_null=True, required=False
    )
    parent = serializers.SlugRelatedField(
        slug_field="slug", queryset=Project.objects.all(), allow_null=True, required=False
    )
    agreement = serializers.SlugRelatedField(
        slug_field="slug", queryset=LegalInstrument.objects.all(), allow_null=True, required=False
    )
    mechanism = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=CoordinationMechanism.objects.all(),
        allow_null=True,
        required=False,
    )
    decided_at = serializers.SlugRelatedField(
        slug_field="slug", queryset=Meeting.objects.all(), allow_null=True, required=False
    )
    territories = serializers.SlugRelatedField(
        slug_field="code",
        many=True,
        queryset=AdministrativeUnit.objects.all(),
        help_text='Unit codes, e.g. ["EC-0701"].',
    )
    value_chains = serializers.SlugRelatedField(
        slug_field="slug", many=True, queryset=ValueChain.objects.all(), required=False
    )
    sources = serializers.SlugRelatedField(
        slug_field="key",
        many=True,
        queryset=Source.objects.all(),
        help_text="Keys of the sources the record cites (at least one).",
    )

    class Meta:
        model = Project
        fields = [
            "slug",
            "programme",
            "title_es",
            "title_en",
            "title_language",
            "description_es",
            "description_en",
            "kind",
            "sector",
            "parent",
            "part_order",
            "executing_entity",
            "entity_type",
            "funders_es",
            "funders_en",
            "agreement",
            "mechanism",
            "decided_at",
            "territories",
            "value_chains",
            "status",
            "status_reported_on",
            "status_reported_precision",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "amount",
            "currency",
            "amount_as_of",
            "amount_as_of_precision",
            "funded_by_binational_fund",
            "sources",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {
            "title_es": {"required": True, "allow_blank": False},
            "title_en": {"required": True, "allow_blank": False},
        }

    def update(self, instance, validated_data):
        instance.touch()
        return super().update(instance, validated_data)

    def validate_territories(self, value):
        if not value:
            raise serializers.ValidationError(_("Give at least one territory."))
        return value

    def validate_sources(self, value):
        if not value:
            raise serializers.ValidationError(_("Every record cites at least one source."))
        return value

    def validate(self, attrs):
        # The model's own rules (dates in order, currency, amount, parts) apply to the API too.
        instance = Project(
            **{
                k: v
                for k, v in attrs.items()
                if k not in ("territories", "value_chains", "sources")
            }
        )
        if self.instance is not None:
            instance.pk = self.instance.pk
            for field in Project._meta.concrete_fields:
                if field.attname not in attrs and field.name not in attrs:
                    setattr(instance, field.attname, getattr(self.instance, field.attname))
        try:
            instance.full_clean(exclude=["slug"], validate_unique=False)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from exc
        return attrs


class StatusReportSerializer(serializers.ModelSerializer):
    source = serializers.SlugRelatedField(read_only=True, slug_field="key")

    class Meta:
        model = ProjectStatusReport
        fields = [
            "key",
            "status",
            "reported_on",
            "reported_precision",
            "event_es",
            "event_en",
            "source",
            "locator",
            "quote",
        ]


class AmountSerializer(serializers.ModelSerializer):
    source = serializers.SlugRelatedField(read_only=True, slug_field="key")

    class Meta:
        model = ProjectAmount
        fields = [
            "key",
            "kind",
            "amount",
            "currency",
            "approximate",
            "as_of",
            "as_of_precision",
            "party",
            "source",
            "locator",
            "quote",
            "note_es",
            "note_en",
        ]


@extend_schema_field(OpenApiTypes.STR)
class ListedSlugField(serializers.SlugRelatedField):
    """The slug of each row of a list the view prefetched (Project.part_list): the
    schema generator follows a relation, not a list."""


class ProjectReadSerializer(ProjectSerializer):
    programme = ProgrammeRefSerializer(read_only=True, allow_null=True)
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    parts = ListedSlugField(
        slug_field="slug",
        many=True,
        read_only=True,
        source="part_list",
        help_text="Slugs of the project's parts.",
    )
    agreement = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    mechanism = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    decided_at = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    status_reports = StatusReportSerializer(
        many=True,
        read_only=True,
        source="status_report_list",
        help_text="The status history, each report cited.",
    )
    amounts = AmountSerializer(
        many=True,
        read_only=True,
        source="amount_list",
        help_text="Every amount a source gives, cited.",
    )
    # The lists `for_list()` prefetched (see Project.territory_list).
    territories = UnitRefSerializer(many=True, read_only=True, source="territory_list")
    value_chains = ListedSlugField(
        slug_field="slug", many=True, read_only=True, source="value_chain_list"
    )
    sources = SourceSummarySerializer(many=True, read_only=True, source="source_list")
    citations = CitationSerializer(
        many=True,
        read_only=True,
        source="citation_list",
        help_text="Which source gives which value.",
    )

    class Meta(ProjectSerializer.Meta):
        fields = [*ProjectSerializer.Meta.fields, "parts", "status_reports", "amounts", "citations"]
