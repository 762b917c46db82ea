from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoriesConfig(AppConfig):
    name = "territories"
    verbose_name = _("Territories")

    def ready(self):
        from zif_portal.history import track
        from zif_portal.sections import register_home_section

        from . import models
        from .lookups import Within

        models.AdministrativeUnit._meta.get_field("code").register_lookup(Within)
        track(models.Country, m2m_fields=["sources"])
        track(models.AdministrativeUnit, m2m_fields=["sources", "created_from"])
        track(models.Zone, m2m_fields=["sources", "members"])
        track(models.StatedFigure)
        from .search_index import register as register_search

        register_search()

        from .downloads import register as register_downloads

        register_downloads()

        from .sections import home_context

        register_home_section(
            order=10, template_name="territories/home_section.html", get_context=home_context
        )

        from zif_portal.audit import register_error_rule, register_finding_rule

        from .audit import figure_findings, units_in_zif_without_their_parent

        register_error_rule(units_in_zif_without_their_parent)
        register_finding_rule(figure_findings)
