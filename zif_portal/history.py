"""Edit history for every record: who changed what and when, restorable in the admin.

Models are registered from each app's ready(), after django-modeltranslation has
added the `_es`/`_en` columns, so the history keeps both languages.
"""

from simple_history import register


def track(model, *, m2m_fields=()):
    register(model, m2m_fields=list(m2m_fields))
