"""The knowledge base as of a past day: `?as_of=YYYY-MM-DD` on lists and record pages.

Each app says what existed on a day through its querysets' `existing_on(day)`;
this module only reads and checks the date, for the API and the pages alike.
"""

from datetime import date

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

# Ecuador and Peru as republics: nothing the portal records is older.
EARLIEST = date(1830, 1, 1)
PARAMETER = "as_of"


def parse_as_of(text):
    """The date of `?as_of=`, None when absent; ValidationError with a message a
    visitor can act on when it is not a day between 1830 and today."""
    if text is None or text == "":
        return None
    try:
        day = date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise ValidationError(
            _("“%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2003-01-21."),
            params={"value": text[:40]},
            code="invalid",
        )
    today = timezone.localdate()
    if day < EARLIEST or day > today:
        raise ValidationError(
            _("The date must be between %(first)s and today (%(today)s)."),
            params={"first": EARLIEST.isoformat(), "today": today.isoformat()},
            code="out_of_range",
        )
    return day


class AsOfField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        return parse_as_of(value)


@extend_schema_field(OpenApiTypes.DATE)
class AsOfFilter(django_filters.Filter):
    """Keeps the rows that existed on the day, through the queryset's `existing_on`."""

    field_class = AsOfField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("As of (YYYY-MM-DD)"))
        kwargs.setdefault(
            "widget", forms.DateInput(attrs={"type": "date", "min": EARLIEST.isoformat()})
        )
        kwargs.setdefault("help_text", _("Show what existed on that day; empty for today."))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value is None:
            return qs
        return qs.existing_on(value)


class AsOfDetailMixin:
    """A record page that can show the record as of a past day (`self.as_of`), and
    answers 400 with the reason to a date it cannot read."""

    def get(self, request, *args, **kwargs):
        try:
            self.as_of = parse_as_of(request.GET.get(PARAMETER))
        except ValidationError as exc:
            return render(request, "400.html", {"message": " ".join(exc.messages)}, status=400)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["as_of"] = self.as_of
        return context


def api_as_of(request):
    """The day of `?as_of=` for an API view; a DRF ValidationError (400) when it is wrong."""
    from rest_framework.exceptions import ValidationError as ApiValidationError

    try:
        return parse_as_of(request.query_params.get(PARAMETER))
    except ValidationError as exc:
        raise ApiValidationError({PARAMETER: exc.messages}) from exc
