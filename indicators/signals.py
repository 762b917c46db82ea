"""What the rest of the portal must know of this app's records.

A change to an indicator, census, observation or stated value (or to a citation
of one) starts a new generation of this app's own cache (the unit pages'
statistics panels). The data version and the export know this app through
zif_portal.cache.PORTAL_APPS and zif_portal.export.EXPORT_MODELS.
"""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION_KEY = "indicators:generation"
MODELS = ("Indicator", "NationalSource", "Census", "Observation", "StatedValue")


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.add(GENERATION_KEY, value, timeout=None)
    return value


def new_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _on_change(sender, **kwargs):
    new_generation()


def _on_citation(sender, instance, **kwargs):
    if instance.content_type.app_label == "indicators":
        new_generation()


def connect():
    from django.apps import apps

    from zif_portal.models import Citation

    for name in MODELS:
        model = apps.get_model("indicators", name)
        uid = model._meta.label
        post_save.connect(_on_change, sender=model, dispatch_uid=f"indicators-save-{uid}")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"indicators-delete-{uid}")
        if any(f.name == "sources" for f in model._meta.many_to_many):
            m2m_changed.connect(
                _on_change, sender=model.sources.through, dispatch_uid=f"indicators-m2m-{uid}"
            )
    post_save.connect(_on_citation, sender=Citation, dispatch_uid="indicators-citation-save")
    post_delete.connect(_on_citation, sender=Citation, dispatch_uid="indicators-citation-delete")
