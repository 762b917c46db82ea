from modeltranslation.translator import TranslationOptions, register

from .models import CoordinationMechanism, LegalInstrument, Meeting, Office


@register(LegalInstrument)
class LegalInstrumentTranslationOptions(TranslationOptions):
    fields = ("title", "issuer", "summary")


@register(CoordinationMechanism)
class CoordinationMechanismTranslationOptions(TranslationOptions):
    fields = ("name", "chair", "functions")


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("title", "notes")


@register(Office)
class OfficeTranslationOptions(TranslationOptions):
    fields = ("title",)
