"""The documented projects, the Fund's figures and the value chains' places, as loaded
from the real fixtures; and the rules that keep parts, amounts and facets sound."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType

from plan.models import (
    PlanFigure,
    Project,
    ProjectAmount,
    ProjectStatus,
    ProjectStatusReport,
    ValueChainTerritory,
)
from zif_portal.models import Citation

pytestmark = pytest.mark.django_db

SEED = "zif-seed-document"


def citations_of(project, field):
    content_type = ContentType.objects.get_for_model(Project)
    return Citation.objects.filter(content_type=content_type, object_id=project.pk, field=field)


class TestRealProjects:
    @pytest.fixture(autouse=True)
    def _data(self, real_data):
        pass

    def test_every_real_project_cites_a_source_besides_the_seed_document(self):
        projects = Project.objects.real().prefetch_related("sources")
        assert projects.count() >= 15
        for project in projects:
            keys = {source.key for source in project.sources.all()}
            assert keys - {SEED}, project.slug

    def test_each_status_and_amount_carries_its_citation(self):
        for project in Project.objects.real():
            if project.status != ProjectStatus.NOT_REPORTED:
                assert citations_of(project, "status").exists(), project.slug
            if project.amount is not None:
                assert citations_of(project, "amount").exists(), project.slug
                assert project.currency and project.amount_as_of, project.slug
        for report in ProjectStatusReport.objects.select_related("source"):
            assert report.source_id and report.quote.strip() and report.reported_on, report.key
        for amount in ProjectAmount.objects.select_related("source"):
            assert amount.source_id and amount.quote.strip() and len(amount.currency) == 3

    def test_the_five_road_axes_list_their_sections_and_bridges(self, client):
        axes = Project.objects.filter(kind="road_axis").order_by("part_order")
        assert [axis.part_order for axis in axes] == [1, 2, 3, 4, 5]
        four = Project.objects.get(slug="eje-vial-4-loja-la-balsa")
        assert {p.slug for p in four.parts.all()} == {
            "eje-4-tramo-vilcabamba-bellavista",
            "eje-4-tramo-bellavista-zumba-la-balsa",
            "puente-binacional-la-balsa",
            "eje-4-tramo-puente-duran-saramiriza",
        }
        html = client.get("/en/projects/eje-vial-4-loja-la-balsa/").content.decode()
        assert (
            "Vilcabamba – Bellavista" in html and "La Balsa Binational Integration Bridge" in html
        )
        listed = client.get("/en/projects/?kind=road_axis").content.decode()
        for axis in axes:
            assert axis.title_en in listed

    def test_cebaf_macara_has_its_inauguration_date_cost_and_sources(self, client):
        cebaf = Project.objects.get(slug="cebaf-macara-la-tina")
        assert cebaf.end_date == datetime.date(2023, 6, 14)
        assert cebaf.amount == Decimal("16652941.43") and cebaf.currency == "USD"
        others = {c.value for c in citations_of(cebaf, "amount") if c.value}
        assert others == {"15000000", "18000000"}
        assert cebaf.parent.slug == "eje-vial-3-loja-sullana"
        html = client.get("/en/projects/cebaf-macara-la-tina/").content.decode()
        assert "June 14, 2023" in html or "14 June 2023" in html
        assert "16,652,941.43" in html or "16 652 941.43" in html or "16652941.43" in html
        assert "Radio Ciudad" in html and "Prensa Latina" in html

    def test_projects_of_loja_province_on_the_page_and_in_the_api(self, client):
        html = client.get("/en/projects/?territory=EC-11").content.decode()
        assert "Macará – La Tina Binational Border Service Centre" in html
        data = client.get("/api/v1/projects/?territory=EC-11&page_size=100").json()
        slugs = {row["slug"] for row in data["results"]}
        assert {"cebaf-macara-la-tina", "eje-vial-3-loja-sullana"} <= slugs
        assert "eje-vial-1-guayaquil-piura" not in slugs
        geo = client.get("/api/v1/projects/by-territory/?territory=EC-11")
        assert geo["Content-Type"].startswith("application/geo+json")
        codes = {f["id"] for f in geo.json()["features"]}
        assert codes and all(code.startswith("EC-11") for code in codes)

    def test_coffee_chain_page_lists_and_maps_its_places_on_both_sides(self, client):
        places = ValueChainTerritory.objects.filter(value_chain__slug="coffee")
        assert {p.unit.country_id for p in places} == {"EC", "PE"}
        assert all(p.source_id and p.quote for p in places)
        html = client.get("/en/value-chains/coffee/").content.decode()
        assert "Palanda" in html and "San Ignacio" in html
        assert 'id="chain-map-title"' in html
        api = client.get("/api/v1/value-chains/coffee/").json()
        assert {t["unit"]["code"] for t in api["territories"]} >= {"PE-0609", "EC-1908"}

    def test_the_funds_figures_are_stated_with_their_source(self, client):
        figure = PlanFigure.objects.get(key="fondo-pe-proyectos-2012")
        assert figure.value == 493 and "493 pequeños proyectos" in figure.quote
        html = client.get("/en/funds/binational-fund/").content.decode()
        assert "493" in html

    def test_coverage_panel_on_the_project_list_and_about_the_data(self, client):
        for path in ("/en/projects/", "/en/about/data/"):
            html = client.get(path).content.decode()
            assert "What we know about the projects" in html, path
        assert (
            "Programmes with no documented project yet"
            in client.get("/en/projects/").content.decode()
        )
