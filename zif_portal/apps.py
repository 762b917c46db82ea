from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ZifPortalConfig(AppConfig):
    name = "zif_portal"
    verbose_name = _("Portal and sources")

    def ready(self):
        from .cache import connect_signals
        from .history import track
        from .models import Source

        track(Source)
        connect_signals()
