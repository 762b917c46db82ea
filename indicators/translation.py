from modeltranslation.translator import TranslationOptions, register

from .models import Census, Indicator, NationalSource, Observation, StatedValue


@register(Indicator)
class IndicatorTranslationOptions(TranslationOptions):
    fields = ("name", "unit_of_measure", "definition")


@register(NationalSource)
class NationalSourceTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(Census)
class CensusTranslationOptions(TranslationOptions):
    fields = ("name", "note")


@register(Observation)
class ObservationTranslationOptions(TranslationOptions):
    fields = ("method_note", "comparability_note")


@register(StatedValue)
class StatedValueTranslationOptions(TranslationOptions):
    fields = ("note",)
