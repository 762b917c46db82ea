import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from django.utils import translation
from rest_framework.authtoken.models import Token

from plan.models import Project
from territories.models import AdministrativeUnit

pytestmark = pytest.mark.django_db

NEW_PROJECT = {
    "slug": "api-project",
    "programme": "binational",
    "title_es": "Proyecto API",
    "title_en": "API project",
    "executing_entity": "GAD",
    "entity_type": "public",
    "territories": ["EC-0701"],
    "value_chains": ["coffee"],
    "status": "planned",
    "start_date": "2025-01-01",
    "end_date": "2026-01-01",
    "amount": "10.00",
    "currency": "PEN",
    "funded_by_binational_fund": False,
    "sources": ["seed"],
}


def token_client(client, *, with_permission):
    user = User.objects.create_user("editor", password="x-long-password-1")
    if with_permission:
        user.user_permissions.add(
            *Permission.objects.filter(codename__in=["add_project", "change_project"])
        )
    token = Token.objects.create(user=user)
    return {"HTTP_AUTHORIZATION": f"Token {token.key}"}


def test_anonymous_clients_cannot_create_projects(client, plan_data):
    response = client.post("/api/v1/projects/", NEW_PROJECT, content_type="application/json")
    assert response.status_code == 401
    assert Project.objects.count() == 0


def test_users_without_the_permission_are_refused(client, plan_data):
    headers = token_client(client, with_permission=False)
    response = client.post(
        "/api/v1/projects/", NEW_PROJECT, content_type="application/json", **headers
    )
    assert response.status_code == 403


def test_editor_with_a_token_creates_and_reads_back_a_project(client, plan_data):
    headers = token_client(client, with_permission=True)
    response = client.post(
        "/api/v1/projects/", NEW_PROJECT, content_type="application/json", **headers
    )
    assert response.status_code == 201, response.content
    data = client.get("/api/v1/projects/api-project/").json()
    assert data["title_en"] == "API project"
    assert [t["code"] for t in data["territories"]] == ["EC-0701"]
    assert client.get("/api/v1/projects/", {"territory": "EC-07"}).json()["count"] == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"end_date": "2020-01-01"}, "end_date"),
        ({"currency": "ABC"}, "currency"),
        ({"amount": "-5"}, "amount"),
        ({"sources": []}, "sources"),
        ({"territories": ["XX-01"]}, "territories"),
    ],
)
def test_api_applies_the_model_rules(client, plan_data, change, field):
    headers = token_client(client, with_permission=True)
    response = client.post(
        "/api/v1/projects/", {**NEW_PROJECT, **change}, content_type="application/json", **headers
    )
    assert response.status_code == 400
    assert field in response.json()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"territory": "EC-07"}, ["a", "b"]),
        ({"territory": "PE-24"}, ["c"]),
        ({"country": "PE"}, ["c"]),
        ({"value_chain": "coffee"}, ["b"]),
        ({"status": "completed"}, ["c"]),
        ({"year": "2020"}, ["a", "b", "c"]),
        ({"year": "2030"}, []),
        ({"binational_fund": "true"}, ["c"]),
        ({"programme": "binational"}, ["a", "b", "c"]),
    ],
)
def test_project_filters(client, make_project, plan_data, params, expected):
    make_project("a", territories=["EC-0701"])
    make_project("b", territories=["EC-07", "EC-0702"], chains=[plan_data["coffee"]])
    make_project("c", territories=["PE-24"], status="completed", funded_by_binational_fund=True)
    response = client.get("/api/v1/projects/", {**params, "ordering": "slug"})
    assert response.status_code == 200
    assert [p["slug"] for p in response.json()["results"]] == expected


@pytest.mark.parametrize(
    "params",
    [{"territory": "Machala"}, {"year": "abc"}, {"status": "done"}, {"binational_fund": "maybe"}],
)
def test_bad_project_filters_answer_400(client, plan_data, params):
    assert client.get("/api/v1/projects/", params).status_code == 400
    assert client.get("/en/projects/", params).status_code == 400


def test_csv_export_follows_the_filters(client, make_project):
    make_project("a", territories=["EC-0701"])
    make_project("c", territories=["PE-24"])
    response = client.get("/en/projects/export.csv?territory=EC-07")
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    assert "\na," in body and "\nc," not in body


def test_empty_project_list_says_how_projects_are_added(client, plan_data):
    html = client.get("/en/projects/").content.decode()
    assert "No project has been recorded yet" in html
    assert "Import CSV" in html


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("plan:plan-detail", {"slug": "plan"}),
        ("plan:plan-index", {}),
        ("plan:programme-detail", {"slug": "binational"}),
        ("plan:valuechain-list", {}),
        ("plan:valuechain-detail", {"slug": "coffee"}),
        ("plan:project-list", {}),
        ("plan:project-detail", {"slug": "a"}),
    ],
)
def test_plan_pages_render_in_both_languages(client, make_project, language, name, kwargs):
    make_project("a")
    with translation.override(language):
        url = reverse(name, kwargs=kwargs or None)
    response = client.get(url)
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/projects/",
        "/en/projects/",
        "/en/value-chains/coffee/",
        "/api/v1/value-chains/",
        "/en/territories/EC-07/",
    ],
)
def test_query_counts_flat_at_10_and_1000_projects(
    client, make_project, plan_data, count_queries, path
):
    from itertools import count

    seq = count()

    def bulk(n):
        projects = Project.objects.bulk_create(
            [
                Project(
                    slug=f"bulk-{next(seq)}",
                    programme=plan_data["programme"],
                    title_es="t",
                    title_en="t",
                    executing_entity="e",
                    entity_type="public",
                    status="planned",
                )
                for _ in range(n)
            ]
        )
        through = Project.territories.through
        unit_id = AdministrativeUnit.objects.get(code="EC-0701").pk
        through.objects.bulk_create([through(project_id=p.pk, unit_id=unit_id) for p in projects])
        chains = Project.value_chains.through
        chains.objects.bulk_create(
            [chains(project_id=p.pk, valuechain_id=plan_data["coffee"].pk) for p in projects]
        )

    bulk(10)
    client.get(path)  # the first request of a process fills caches of its own
    small = count_queries(lambda: client.get(path))
    bulk(990)
    assert count_queries(lambda: client.get(path)) == small
