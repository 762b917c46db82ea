"""Filter sets that answer 400 to what they do not understand, never silently ignore it."""

import django_filters
from django.core.exceptions import ValidationError as FormError
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

# Parameters handled outside the filter set: search, ordering and pagination.
GENERIC_PARAMETERS = frozenset({"search", "ordering", "page", "page_size", "format"})


def names_only_the_format(request, *also):
    """Whether the request's only parameters are `format` and `also`. A record read
    with other parameters goes through the view's filters (DRF applies them to a
    record too: an unknown one is a 400, a filter the record fails a 404); without,
    the record's prepared reading answers."""
    return set(request.query_params) <= {"format", *also}


TRUE_VALUES = {"true", "1", "yes"}
BOOLEAN_CHOICES = [("true", _("yes")), ("false", _("no"))]


class StrictBooleanFilter(django_filters.ChoiceFilter):
    """`true`/`false` (also 1/0, yes/no); anything else is an error, not “no filter”."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "choices",
            [*BOOLEAN_CHOICES, ("1", "1"), ("0", "0"), ("yes", "yes"), ("no", "no")],
        )
        kwargs.setdefault("empty_label", _("any"))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        return qs.filter(**{self.field_name: value in TRUE_VALUES})


class StrictFilterSet(django_filters.FilterSet):
    def is_valid(self):
        valid = self.form.is_valid()
        unknown = sorted(set(self.data) - set(self.filters) - GENERIC_PARAMETERS)
        if unknown:
            # The names are the visitor's: they go in params, never into the format
            # string, which django-filter formats again (a "%" in a name broke it).
            self.form.add_error(
                None,
                FormError(
                    _("Unknown parameter(s): %(names)s. Known: %(known)s."),
                    params={
                        "names": ", ".join(unknown),
                        "known": ", ".join(sorted(set(self.filters) | GENERIC_PARAMETERS)),
                    },
                ),
            )
            return False
        return valid


class StrictOrderingFilter(OrderingFilter):
    """`?ordering=` with a field that cannot be ordered on is an error, not ignored."""

    def get_ordering(self, request, queryset, view):
        params = request.query_params.get(self.ordering_param)
        if params:
            fields = [param.strip() for param in params.split(",") if param.strip()]
            valid = {
                name for name, _label in self.get_valid_fields(queryset, view, {"request": request})
            }
            unknown = [f for f in fields if f.lstrip("-") not in valid]
            if unknown:
                raise ValidationError(
                    {
                        self.ordering_param: [
                            _("Cannot order by %(fields)s. Choose from: %(valid)s.")
                            % {"fields": ", ".join(unknown), "valid": ", ".join(sorted(valid))}
                        ]
                    }
                )
        return super().get_ordering(request, queryset, view)
