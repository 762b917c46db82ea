"""The API's project record, read by prepared queries, is what the read serializer
gives for the view's own queryset: every real project, field by field."""

import json

import pytest
from rest_framework.renderers import JSONRenderer

from plan.api.serializers import ProjectReadSerializer
from plan.api.views import ProjectViewSet
from plan.models import Project
from plan.project_record import project_record

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _data(real_data):
    pass


def through_the_orm(slug):
    project = ProjectViewSet().get_queryset().get(slug=slug)
    return json.loads(JSONRenderer().render(ProjectReadSerializer(project).data))


def test_every_real_project_reads_as_the_serializer_gives_it(client):
    projects = list(Project.objects.real().values_list("slug", flat=True))
    assert len(projects) >= 15
    shapes = set()
    for slug in projects:
        answer = client.get(f"/api/v1/projects/{slug}/")
        assert answer.status_code == 200, slug
        record = answer.json()
        assert record == through_the_orm(slug), slug
        shapes |= {
            key for key in ("parts", "status_reports", "amounts", "citations") if record[key]
        }
        shapes |= {"parent"} if record["parent"] else set()
    # The comparison covered every list the record holds, not only empty ones.
    assert shapes == {"parts", "status_reports", "amounts", "citations", "parent"}


def test_a_changed_project_reads_changed(client):
    slug = Project.objects.real().values_list("slug", flat=True).first()
    client.get(f"/api/v1/projects/{slug}/")  # compiled once for this thread
    Project.objects.filter(slug=slug).update(title_en="Renamed for the test")
    assert client.get(f"/api/v1/projects/{slug}/").json()["title_en"] == "Renamed for the test"


def test_an_unknown_project_is_404_in_the_visitors_language(client):
    answer = client.get("/api/v1/projects/no-such-project/", HTTP_ACCEPT_LANGUAGE="es")
    assert answer.status_code == 404
    assert project_record("no-such-project") is None
    assert answer.json()["detail"] != "Not found."


def test_every_real_project_page_is_the_one_the_orm_reading_gives(client, monkeypatch):
    from plan import views

    slugs = list(Project.objects.real().values_list("slug", flat=True))
    prepared = {
        (slug, lang): client.get(f"/{lang}/projects/{slug}/").content
        for slug in slugs
        for lang in ("es", "en")
    }

    def through_the_orm(slug):
        return views.ProjectDetailView().get_queryset().filter(slug=slug).first()

    monkeypatch.setattr(views, "project_page", through_the_orm)
    for (slug, lang), content in prepared.items():
        assert client.get(f"/{lang}/projects/{slug}/").content == content, (slug, lang)
    assert client.get("/es/projects/no-such-project/").status_code == 404


def test_a_record_read_with_parameters_goes_through_the_filters(client):
    project = Project.objects.real().exclude(status="cancelled").first()
    url = f"/api/v1/projects/{project.slug}/"
    unknown = client.get(url + "?bogus=1", HTTP_ACCEPT_LANGUAGE="en")
    assert unknown.status_code == 400 and "bogus" in str(unknown.json())
    # A filter the record fails: not this list's record, as before the prepared reading.
    assert client.get(url + "?status=cancelled").status_code == 404
    assert client.get(url + "?format=json").json()["slug"] == project.slug
    assert client.get("/api/v1/territories/EC-07/?bogus=1").status_code == 400
    meeting = client.get("/api/v1/meetings/?page_size=1").json()["results"][0]["slug"]
    assert client.get(f"/api/v1/meetings/{meeting}/?bogus=1").status_code == 400
