from modeltranslation.translator import TranslationOptions, register

from .models import (
    Fund,
    Plan,
    PlanFigure,
    PlanPhase,
    Programme,
    Project,
    ProjectAmount,
    ProjectStatusReport,
    ValueChain,
)


@register(Plan)
class PlanTranslationOptions(TranslationOptions):
    fields = ("name", "objective", "description")


@register(PlanPhase)
class PlanPhaseTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Fund)
class FundTranslationOptions(TranslationOptions):
    fields = ("name", "role")


@register(ValueChain)
class ValueChainTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "description", "funders")


@register(ProjectStatusReport)
class ProjectStatusReportTranslationOptions(TranslationOptions):
    fields = ("event", "note")


@register(ProjectAmount)
class ProjectAmountTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(PlanFigure)
class PlanFigureTranslationOptions(TranslationOptions):
    fields = ("label", "note")
