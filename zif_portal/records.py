"""A public record named by its model label and id (in feed and citation addresses)."""

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.utils.translation import gettext as _

from .audit import PORTAL_APPS


def public_record(label, object_id):
    """The record, or Http404: only the portal's records with a page, never accounts
    or other internals."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as exc:
        raise Http404 from exc
    if model._meta.app_label not in PORTAL_APPS or not hasattr(model, "get_absolute_url"):
        raise Http404
    try:
        return model._default_manager.get(pk=object_id)
    except ObjectDoesNotExist as exc:
        raise Http404 from exc


def found(record, model):
    """The record a detail view read by other means than its queryset (prepared
    queries), or the Http404 DetailView.get_object raises."""
    if record is None:
        raise Http404(
            _("No %(verbose_name)s found matching the query")
            % {"verbose_name": model._meta.verbose_name}
        )
    return record
