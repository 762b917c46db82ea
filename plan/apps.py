from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanConfig(AppConfig):
    name = "plan"
    verbose_name = _("Binational Plan")

    def ready(self):
        from django.db.models.signals import post_migrate

        from .db_triggers import after_migrate

        post_migrate.connect(after_migrate, sender=self, dispatch_uid="plan-part-cycle-trigger")
        from territories.sections import register_unit_panel
        from zif_portal.history import track

        from . import models

        track(models.Plan, m2m_fields=["sources"])
        track(models.PlanPhase)
        track(models.Programme, m2m_fields=["sources"])
        track(models.Fund, m2m_fields=["sources"])
        track(models.ValueChain, m2m_fields=["sources", "territories"])
        track(models.Project, m2m_fields=["sources", "territories", "value_chains"])
        track(models.ProjectStatusReport)
        track(models.ProjectAmount)
        track(models.PlanFigure)
        track(models.ValueChainTerritory)
        from .search_index import register as register_search

        register_search()
        from zif_portal.sections import register_about_section, register_home_section

        from .sections import coverage_context, home_context, unit_panel_context

        register_home_section(
            order=30, template_name="plan/home_section.html", get_context=home_context
        )
        register_about_section(
            order=30, template_name="plan/about_section.html", get_context=coverage_context
        )
        register_unit_panel(
            order=20, template_name="plan/unit_panel.html", get_context=unit_panel_context
        )
