"""Filter sets that answer 400 to what they do not understand, never silently ignore it."""

import copy

import django_filters
from django.core.exceptions import ValidationError as FormError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from zif_portal.cache import memo_per_version
from zif_portal.prepared import Prepared

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


def kept_records(model, key):
    """Every record of a small table by its `key` field's text, kept per process and
    data version (zif_portal.cache.memo_per_version)."""
    return memo_per_version(
        "kept-records",
        (model._meta.label, key),
        lambda: {str(getattr(record, key)): record for record in model._default_manager.all()},
    )


class _FoundChoiceField(ModelChoiceField):
    """A ModelChoiceField that finds the record its value names through `find`
    instead of a `get()` the ORM compiles on every request: a filtered project list
    checked its programme, value chain, mechanism and agreement that way, about
    1.5 ms each (cProfiled in process at 100,000 projects). The same errors as
    Django's: a value that names nothing is the form's invalid_choice."""

    def find(self, key, value):
        raise NotImplementedError  # each kind of field says where it looks

    def to_python(self, value):
        if self.null_label is not None and value == self.null_value:
            return value
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        key = self.to_field_name or "pk"
        if isinstance(value, self.queryset.model):
            value = getattr(value, key)
        record = self.find(key, str(value))
        if record is None:
            raise FormError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return record


class KeptModelChoiceField(_FoundChoiceField):
    """Finds the value among its table's records kept per data version."""

    def find(self, key, value):
        return kept_records(self.queryset.model, key).get(value)


class KeptChoiceFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter over every record of a small table (a few dozen: programmes,
    value chains, mechanisms, agreements, countries), looked up as
    KeptModelChoiceField does."""

    field_class = KeptModelChoiceField

    def __init__(self, *args, model, **kwargs):
        kwargs["queryset"] = model._default_manager.all()
        super().__init__(*args, **kwargs)


class PreparedModelChoiceField(_FoundChoiceField):
    """Finds the value by a prepared query (zif_portal.prepared): for a large table
    (20,000 people, 10,000 units), whose records are not kept."""

    def __init__(self, *args, prepared, **kwargs):
        self.prepared = prepared
        super().__init__(*args, **kwargs)

    def __deepcopy__(self, memo):
        memo[id(self.prepared)] = self.prepared  # one prepared query for every form
        return super().__deepcopy__(memo)

    def find(self, key, value):
        return self.prepared.first(value=value)


class PreparedChoiceFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter over a large table, by a text key (a slug or a code): its
    value looked up as PreparedModelChoiceField does."""

    field_class = PreparedModelChoiceField

    def __init__(self, *args, queryset, to_field_name, **kwargs):
        kwargs["prepared"] = Prepared(
            lambda value: queryset.filter(**{to_field_name: value}), value=str
        )
        super().__init__(*args, queryset=queryset, to_field_name=to_field_name, **kwargs)


class StrictFilterSet(django_filters.FilterSet):
    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        """django-filter's, with each filter copied with its own arguments instead of
        the whole set deep-copied, querysets and choices included: the copy and the
        form class django-filter builds again for every request cost a filtered
        project list about 1.5 ms of its time (cProfiled in process at 100,000
        projects). Our filters keep no state of their own beyond their set."""
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {}
        for name, base in self.base_filters.items():
            filter_ = copy.copy(base)
            filter_.extra = dict(base.extra)
            filter_.model, filter_.parent = queryset.model, self
            if base.method is not None:
                filter_.method = base.method  # its FilterMethod, bound to the copy
            self.filters[name] = filter_

    def get_form_class(self):
        """The form class, built once per filter set class: its fields depend on the
        filters' declarations alone (labels and choices are translated as they are
        drawn), and each form deep-copies them as Django's forms do."""
        kind = type(self)
        form_class = kind.__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            kind._form_class = form_class
        return form_class

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
