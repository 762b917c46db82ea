"""A public record named by its model label and id (in feed and citation addresses),
and detail pages whose reading is kept per data version."""

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .audit import PORTAL_APPS
from .cache import memo_per_version


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


class KeptPerVersionMixin:
    """A detail page of a record that few pages share and many visitors read (a value
    chain, a coordination mechanism, a zone), whose reading is its time: the record
    with its prefetched lists, and the panels that `kept()` names, are read once per
    process and data version (zif_portal.cache.memo_per_version) and shared by the
    requests that follow, which must not change them. A page of a past day
    (`?as_of=`) reads afresh: its days are many and each is asked rarely."""

    def _kept_name(self, part):
        return f"page:{type(self).__module__}.{type(self).__qualname__}:{part}"

    def _kept_key(self):
        # Per language too: what a page computes on its record (its notes, the other
        # values that sources publish) is written in the language of the page.
        return (
            self.kwargs.get(self.pk_url_kwarg),
            self.kwargs.get(self.slug_url_kwarg),
            get_language(),
        )

    def _reads_afresh(self):
        return bool(getattr(self, "as_of", None))

    def get_object(self, queryset=None):
        read = super().get_object
        if queryset is not None or self._reads_afresh():
            return read(queryset)
        # A missing record raises Http404 inside, so nothing is kept for it.
        return memo_per_version(self._kept_name("record"), self._kept_key(), read)

    def kept(self, part, compute):
        """`compute()`, kept with the record for as long as its data version lasts."""
        if self._reads_afresh():
            return compute()
        return memo_per_version(self._kept_name(part), self._kept_key(), compute)
