from django.utils.translation import gettext_lazy as _

from .models import Source
from .search import register_searchable


def register():
    register_searchable(
        Source,
        kind="source",
        label=_("Sources"),
        order=90,
        title=lambda s: s.title,
        key=lambda s: s.key,
        texts=lambda s: [s.title_es, s.title_en, s.publisher, s.key, s.note_es, s.note_en],
    )
