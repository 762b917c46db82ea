from modeltranslation.translator import TranslationOptions, register

from .models import ChangeEntry, Citation, Source


@register(Source)
class SourceTranslationOptions(TranslationOptions):
    fields = ("title", "note")


@register(ChangeEntry)
class ChangeEntryTranslationOptions(TranslationOptions):
    fields = ("label", "url")


@register(Citation)
class CitationTranslationOptions(TranslationOptions):
    fields = ("reason",)
