import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from governance.models import CoordinationMechanism
from tests.factories import make_mechanism, make_meeting, make_person, make_unit

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _governance_rows(module_transaction, django_db_blocker):
    """Built once for the module (see `module_transaction`); returns the cabinets' pk."""
    with django_db_blocker.unblock():
        return _build_governance().pk


@pytest.fixture
def governance(db, _governance_rows):
    return CoordinationMechanism.objects.get(pk=_governance_rows)


def _build_governance():
    el_oro, tumbes = make_unit("EC-07"), make_unit("PE-24")
    make_unit("EC-0701", parent=el_oro)
    committees = make_mechanism("border-committees", level="territorial", kind="border_committees")
    make_mechanism(
        "el-oro-tumbes",
        parent=committees,
        kind="border_committee",
        level="territorial",
        ecuador_unit=el_oro,
        peru_unit=tumbes,
    )
    cabinets = make_mechanism("cabinets", level="presidential", kind="cabinet")
    vizcarra = make_person("martin-vizcarra")
    make_meeting(
        "cabinet-12",
        cabinets,
        ordinal=12,
        date=datetime.date(2018, 10, 26),
        city="Quito",
        presided_by=[vizcarra],
    )
    make_meeting("cabinet-9", cabinets, ordinal=9, city="Jaén")
    return cabinets


def slugs(response):
    return [item["slug"] for item in response.json()["results"]]


@pytest.mark.parametrize(
    ("url", "params", "expected"),
    [
        ("/api/v1/mechanisms/", {"territory": "EC-0701"}, ["el-oro-tumbes"]),
        ("/api/v1/mechanisms/", {"level": "presidential"}, ["cabinets"]),
        ("/api/v1/mechanisms/", {"parent": "border-committees"}, ["el-oro-tumbes"]),
        ("/api/v1/mechanisms/", {"kind": "border_committee", "country": "PE"}, ["el-oro-tumbes"]),
        ("/api/v1/meetings/", {"date_after": "2018-01-01"}, ["cabinet-12"]),
        ("/api/v1/meetings/", {"year": "2018"}, ["cabinet-12"]),
        ("/api/v1/meetings/", {"person": "martin-vizcarra"}, ["cabinet-12"]),
        (
            "/api/v1/meetings/",
            {"mechanism": "cabinets", "ordering": "ordinal"},
            ["cabinet-9", "cabinet-12"],
        ),
        ("/api/v1/people/", {"search": "vizcarra"}, ["martin-vizcarra"]),
    ],
)
def test_governance_api_filters(client, governance, url, params, expected):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert slugs(response) == expected


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/v1/meetings/", {"date_after": "yesterday"}),
        ("/api/v1/meetings/", {"year": "99999"}),
        ("/api/v1/meetings/", {"mechanism": "nope"}),
        ("/api/v1/mechanisms/", {"level": "galactic"}),
        ("/api/v1/mechanisms/", {"territory": "Machala"}),
        ("/api/v1/legal-instruments/", {"date_before": "2020-13-45"}),
    ],
)
def test_invalid_governance_filters_answer_400(client, governance, url, params):
    assert client.get(url, params).status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/mechanisms/nope/",
        "/api/v1/meetings/nope/",
        "/api/v1/people/nope/",
        "/api/v1/legal-instruments/nope/",
    ],
)
def test_unknown_slugs_answer_404(client, governance, url):
    assert client.get(url).status_code == 404


def test_meeting_detail_names_who_presided(client, governance):
    data = client.get("/api/v1/meetings/cabinet-12/").json()
    assert data["date"] == "2018-10-26"
    assert data["participants"] == [
        {"slug": "martin-vizcarra", "name": "Martin Vizcarra", "role": "presided"}
    ]


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("governance:mechanism-list", {}),
        ("governance:mechanism-detail", {"slug": "el-oro-tumbes"}),
        ("governance:mechanism-detail", {"slug": "cabinets"}),
        ("governance:meeting-list", {}),
        ("governance:meeting-detail", {"slug": "cabinet-12"}),
        ("governance:meeting-detail", {"slug": "cabinet-9"}),
        ("governance:instrument-list", {}),
        ("governance:timeline", {}),
        ("governance:person-list", {}),
        ("governance:person-detail", {"slug": "martin-vizcarra"}),
    ],
)
def test_governance_pages_render_in_both_languages(client, governance, language, name, kwargs):
    with translation.override(language):
        url = reverse(name, kwargs=kwargs or None)
    response = client.get(url)
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_territory_page_lists_the_committee_that_covers_it_and_the_committee_both_sides(
    client, governance
):
    assert (
        "/en/mechanisms/el-oro-tumbes/" in client.get("/en/territories/EC-0701/").content.decode()
    )
    committee = client.get("/en/mechanisms/el-oro-tumbes/").content.decode()
    assert "/en/territories/EC-07/" in committee and "/en/territories/PE-24/" in committee


def test_invalid_date_on_the_meeting_list_page_answers_400(client, governance):
    assert client.get("/en/meetings/?date_after=yesterday").status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/meetings/",
        "/api/v1/people/",
        "/api/v1/mechanisms/",
        "/en/meetings/",
        "/en/mechanisms/cabinets/",
        "/en/people/martin-vizcarra/",
        "/en/timeline/",
        "/en/people/",
    ],
)
def test_query_counts_stay_flat_as_meetings_and_people_grow(
    client, governance, count_queries, path
):
    small = count_queries(lambda: client.get(path))
    people = [make_person(f"person-{i}") for i in range(12)]
    for i in range(20, 40):
        make_meeting(
            f"m-{i}",
            governance,
            ordinal=i,
            date=datetime.date(2000 + i % 20, 1, 1),
            presided_by=people[i % 12 : i % 12 + 2],
        )
    make_meeting("extra", governance, ordinal=99, presided_by=[people[0]])
    from governance.models import Participation

    Participation.objects.create(
        meeting_id=governance.meetings.get(slug="cabinet-12").pk, person=people[3], role="attended"
    )
    assert count_queries(lambda: client.get(path)) == small
