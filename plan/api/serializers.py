from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from governance.api.serializers import InstrumentRefSerializer
from plan.models import Fund, Plan, PlanPhase, Programme, Project, ValueChain
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


class FundSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    plan = serializers.SlugRelatedField(read_only=True, slug_field="slug")
    established_by = InstrumentRefSerializer(read_only=True, allow_null=True)

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
            "sources",
            "citations",
        ]


class ValueChainSerializer(SourcedSerializerMixin, serializers.ModelSerializer):
    territories = UnitRefSerializer(many=True, read_only=True)

    class Meta:
        model = ValueChain
        fields = [
            "slug",
            "name_es",
            "name_en",
            "description_es",
            "description_en",
            "territories",
            "sources",
            "citations",
        ]


class ProjectSerializer(serializers.ModelSerializer):
    """Read and write: related records are given by their public keys."""

    programme = serializers.SlugRelatedField(slug_field="slug", queryset=Programme.objects.all())
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
            "description_es",
            "description_en",
            "executing_entity",
            "entity_type",
            "territories",
            "value_chains",
            "status",
            "start_date",
            "end_date",
            "amount",
            "currency",
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

    def validate_territories(self, value):
        if not value:
            raise serializers.ValidationError(_("Give at least one territory."))
        return value

    def validate_sources(self, value):
        if not value:
            raise serializers.ValidationError(_("Every record cites at least one source."))
        return value

    def validate(self, attrs):
        # The model's own rules (dates in order, currency, amount) apply to the API too.
        instance = Project(
            **{
                k: v
                for k, v in attrs.items()
                if k not in ("territories", "value_chains", "sources")
            }
        )
        if self.instance is not None:
            for field in Project._meta.concrete_fields:
                if field.attname not in attrs and field.name not in attrs:
                    setattr(instance, field.attname, getattr(self.instance, field.attname))
        try:
            instance.full_clean(exclude=["slug"], validate_unique=False)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from exc
        return attrs


class ProjectReadSerializer(ProjectSerializer):
    programme = ProgrammeRefSerializer(read_only=True)
    territories = UnitRefSerializer(many=True, read_only=True)
    value_chains = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    sources = SourceSummarySerializer(many=True, read_only=True)
    citations = CitationSerializer(
        many=True, read_only=True, help_text="Which source gives which value."
    )

    class Meta(ProjectSerializer.Meta):
        fields = [*ProjectSerializer.Meta.fields, "citations"]
