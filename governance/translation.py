from modeltranslation.translator import TranslationOptions, register

from .models import (
    ActionPlan,
    Commitment,
    CommitmentStatusChange,
    CoordinationMechanism,
    LegalInstrument,
    Meeting,
    Office,
    ThematicAxis,
)


@register(LegalInstrument)
class LegalInstrumentTranslationOptions(TranslationOptions):
    fields = ("title", "issuer", "summary", "validity_note")


@register(CoordinationMechanism)
class CoordinationMechanismTranslationOptions(TranslationOptions):
    fields = ("name", "chair", "functions")


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("title", "notes")


@register(Office)
class OfficeTranslationOptions(TranslationOptions):
    fields = ("title", "note")


@register(ActionPlan)
class ActionPlanTranslationOptions(TranslationOptions):
    fields = ("title", "summary")


@register(ThematicAxis)
class ThematicAxisTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Commitment)
class CommitmentTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(CommitmentStatusChange)
class CommitmentStatusChangeTranslationOptions(TranslationOptions):
    fields = ("evidence",)
