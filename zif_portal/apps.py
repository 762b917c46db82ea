from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ZifPortalConfig(AppConfig):
    name = "zif_portal"
    verbose_name = _("Portal and sources")

    def ready(self):
        from .cache import connect_signals
        from .history import track
        from .models import Citation, Source

        track(Source)
        track(Citation)
        connect_signals()
        from .search import connect_signals as connect_search
        from .search_index import register as register_search

        register_search()
        connect_search()
        from .changes import connect_signals as connect_changes

        connect_changes()
