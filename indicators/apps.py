from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = _("Statistics")

    def ready(self):
        from territories.sections import register_unit_panel
        from zif_portal.history import track

        from . import audit, models, signals
        from .sections import unit_panel_context

        track(models.Indicator)
        track(models.NationalSource)
        track(models.Census, m2m_fields=["sources"])
        track(models.Observation, m2m_fields=["sources"])
        track(models.StatedValue)
        audit.register()
        signals.connect()
        register_unit_panel(
            order=5, template_name="indicators/unit_panel.html", get_context=unit_panel_context
        )
