from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Governance")

    def ready(self):
        from territories.sections import register_unit_panel
        from zif_portal.history import track

        from . import models

        track(models.LegalInstrument, m2m_fields=["sources", "parties", "governs"])
        track(models.CoordinationMechanism, m2m_fields=["sources"])
        track(models.Meeting, m2m_fields=["sources"])
        track(models.Participation)
        track(models.Person, m2m_fields=["sources"])
        track(models.Office)
        track(models.ActionPlan, m2m_fields=["sources"])
        track(models.ThematicAxis)
        track(models.Commitment, m2m_fields=["sources", "units"])
        track(models.CommitmentStatusChange)
        track(models.FulfilmentReport)
        from .search_index import register as register_search

        register_search()
        from zif_portal.sections import register_home_section

        from .sections import home_context, unit_panel_context

        register_home_section(
            order=20, template_name="governance/home_section.html", get_context=home_context
        )
        register_unit_panel(
            order=10,
            template_name="governance/unit_panel.html",
            get_context=unit_panel_context,
        )
