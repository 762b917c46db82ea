"""A public record named by its model label and id (in feed and citation addresses)."""

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404

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
