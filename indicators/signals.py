"""What the rest of the portal must know of this app's records.

- A change to an indicator, census, observation or stated value (or to a citation
  of one) raises the portal's data version, as the core apps' changes do, so that
  cached pages are rebuilt; it also starts a new generation of this app's own
  cache (the unit pages' statistics panels).
- The knowledge-base export (zif_portal.export) includes this app's records,
  after the units and zones they refer to and before the citations.
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
    from zif_portal.cache import _on_change as bump

    new_generation()
    bump(sender, **kwargs)


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


EXPORTED = [
    "indicators.Indicator",
    "indicators.NationalSource",
    "indicators.Census",
    "indicators.Observation",
    "indicators.StatedValue",
]


def register_export():
    from zif_portal import export

    if EXPORTED[0] in export.EXPORT_MODELS:
        return
    at = export.EXPORT_MODELS.index("zif_portal.Citation")
    export.EXPORT_MODELS[at:at] = EXPORTED
