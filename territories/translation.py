"""Descriptive fields stored in Spanish and English. Place names stay as officially written."""

from modeltranslation.translator import TranslationOptions, register

from .models import AdministrativeUnit, Country, StatedFigure, Zone


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(AdministrativeUnit)
class AdministrativeUnitTranslationOptions(TranslationOptions):
    fields = ("zif_basis", "establishment_basis", "description")


@register(Zone)
class ZoneTranslationOptions(TranslationOptions):
    fields = ("name", "description", "basis")


@register(StatedFigure)
class StatedFigureTranslationOptions(TranslationOptions):
    fields = ("note",)
