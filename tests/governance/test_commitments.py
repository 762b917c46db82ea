"""Action plans, their commitments, status changes and fulfilment reports."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from governance.models import (
    ActionPlan,
    Commitment,
    CommitmentStatusChange,
    FulfilmentReport,
    ThematicAxis,
)
from tests.factories import make_mechanism, make_meeting, make_source

pytestmark = pytest.mark.django_db

DAY = datetime.date(2024, 6, 21)


def make_plan(slug="plan-lima-2024", *, stated=49, kind="commission", date=DAY, n=0):
    mechanism = make_mechanism(f"mech-{slug}", kind=kind, level="ministerial")
    meeting = make_meeting(f"meeting-{slug}", mechanism, date=date)
    plan = ActionPlan.objects.create(
        slug=slug,
        meeting=meeting,
        title_es=f"Plan {slug}",
        title_en=f"Plan {slug}",
        stated_commitments=stated,
        valid_from_year=2024,
        valid_to_year=2025,
    )
    plan.sources.set([make_source()])
    for number in range(1, n + 1):
        Commitment.objects.create(
            plan=plan, key=f"c{number}", number=number, text_es=f"Compromiso {number}"
        )
    return plan


def change(commitment, status, day, source=None):
    record = CommitmentStatusChange(
        commitment=commitment, status=status, date=day, source=source or make_source()
    )
    record.full_clean()
    record.save()
    return record


def test_stated_and_recorded_counts_are_kept_apart(client):
    make_plan(n=0)
    make_plan("plan-loja-2022", stated=51, n=3)
    body = client.get("/api/v1/action-plans/", {"format": "json"}).json()
    counts = {
        p["slug"]: (p["commitments_stated"], p["commitments_recorded"]) for p in body["results"]
    }
    assert counts == {"plan-lima-2024": (49, 0), "plan-loja-2022": (51, 3)}


def test_plan_page_shows_stated_beside_recorded(client):
    make_plan(n=2)
    page = client.get("/en/action-plans/plan-lima-2024/").content.decode()
    assert "49" in page and "2 recorded" in page


def test_status_history_is_kept_and_the_latest_is_current(client):
    plan = make_plan(n=1)
    commitment = plan.commitments.get()
    change(commitment, "pending", DAY)
    change(commitment, "in_progress", datetime.date(2025, 10, 9))
    change(commitment, "fulfilled", datetime.date(2025, 12, 12))
    assert CommitmentStatusChange.objects.filter(commitment=commitment).count() == 3
    current = Commitment.objects.with_status().get()
    assert current.current_status == "fulfilled"
    body = client.get("/api/v1/commitments/", {"format": "json"}).json()["results"][0]
    assert body["status"] == "fulfilled"
    assert [s["status"] for s in body["status_history"]] == ["pending", "in_progress", "fulfilled"]
    # An editor's correction is a new version in the record's history, not a loss.
    record = CommitmentStatusChange.objects.get(status="in_progress")
    record.locator = "p. 2"
    record.save()
    assert record.history.count() == 2


def test_a_status_dated_before_the_plans_meeting_is_refused():
    commitment = make_plan(n=1).commitments.get()
    early = CommitmentStatusChange(
        commitment=commitment,
        status="pending",
        date=datetime.date(2024, 1, 1),
        source=make_source(),
    )
    with pytest.raises(ValidationError) as error:
        early.full_clean()
    assert "2024-06-21" in str(error.value.message_dict["date"])
    with pytest.raises(IntegrityError), transaction.atomic():
        early.save()
    assert not CommitmentStatusChange.objects.exists()


def test_a_status_change_without_a_source_is_refused():
    commitment = make_plan(n=1).commitments.get()
    unsourced = CommitmentStatusChange(commitment=commitment, status="pending", date=DAY)
    with pytest.raises(ValidationError) as error:
        unsourced.full_clean()
    assert "source" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        unsourced.save()


def test_a_fulfilment_above_100_percent_is_refused():
    plan = make_plan()
    report = FulfilmentReport(
        plan=plan, date=datetime.date(2025, 1, 1), percentage=Decimal("101"), source=make_source()
    )
    with pytest.raises(ValidationError) as error:
        report.full_clean()
    assert "percentage" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        report.save()
    report.percentage = Decimal("81")
    report.full_clean()
    report.save()


def test_a_fulfilment_report_before_the_meeting_is_refused():
    plan = make_plan()
    with pytest.raises(IntegrityError), transaction.atomic():
        FulfilmentReport.objects.create(
            plan=plan, date=datetime.date(2020, 1, 1), percentage=10, source=make_source()
        )


def test_an_action_plan_on_a_meeting_of_a_kind_that_adopts_none_is_refused():
    committee = make_mechanism("ctb", kind="technical_committees")
    meeting = make_meeting("ctb-1", committee, date=DAY)
    plan = ActionPlan(slug="x", meeting=meeting, title_es="x", title_en="x")
    with pytest.raises(ValidationError) as error:
        plan.full_clean()
    assert "meeting" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        plan.save()
    assert not ActionPlan.objects.exists()


def test_an_axis_of_another_plan_is_refused():
    lima, loja = make_plan(n=1), make_plan("plan-loja-2022")
    axis = ThematicAxis.objects.create(plan=loja, code="social", name_es="Social")
    commitment = lima.commitments.get()
    commitment.axis = axis
    with pytest.raises(ValidationError):
        commitment.full_clean()


def tracker_data():
    from tests.factories import make_country, make_unit

    make_country("EC")
    plan = make_plan(n=0)
    social = ThematicAxis.objects.create(
        plan=plan, code="social", name_es="Social", name_en="Social"
    )
    security = ThematicAxis.objects.create(
        plan=plan, code="security", name_es="Seguridad", name_en="Security"
    )
    tumbes = make_unit("PE-24")
    one = Commitment.objects.create(
        plan=plan,
        key="border-committees",
        number=1,
        text_es="Fortalecer los Comités de Frontera",
        text_en="Strengthen the Border Committees",
        axis=security,
        responsible_ecuador="Cancillería del Ecuador",
        responsible_peru="Cancillería del Perú",
    )
    one.units.set([tumbes])
    Commitment.objects.create(
        plan=plan,
        key="telehealth",
        number=2,
        text_es="Telesalud binacional",
        text_en="Binational telehealth",
        axis=social,
        responsible_peru="MINSA",
    )
    change(one, "in_progress", datetime.date(2025, 12, 12))
    return plan


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ({}, [1, 2]),
        ({"axis": "social"}, [2]),
        ({"status": "in_progress"}, [1]),
        ({"status": "none"}, [2]),
        ({"institution": "minsa"}, [2]),
        ({"country": "EC"}, [1]),
        ({"territory": "PE-24"}, [1]),
        ({"q": "telesalud"}, [2]),
    ],
)
def test_tracker_filters(client, query, numbers):
    tracker_data()
    body = client.get("/api/v1/commitments/", {**query, "format": "json"}).json()
    assert [c["number"] for c in body["results"]] == numbers
    page = client.get("/en/commitments/", query)
    assert page.status_code == 200
    html = page.content.decode()
    assert ("Binational telehealth" in html) == (2 in numbers)


def test_tracker_refuses_unknown_filters_and_values(client):
    tracker_data()
    assert client.get("/api/v1/commitments/", {"status": "done"}).status_code == 400
    assert client.get("/api/v1/commitments/", {"colour": "red"}).status_code == 400
    assert client.get("/es/commitments/", {"status": "done"}).status_code == 400


def test_tracker_csv(client):
    tracker_data()
    response = client.get("/api/v1/commitments/", {"format": "csv", "axis": "security"})
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().strip().splitlines()
    assert "number" in lines[0] and "status" in lines[0]
    assert len(lines) == 2 and "Strengthen the Border Committees" in lines[1]


def test_status_feed_is_valid_atom(client):
    from xml.etree import ElementTree

    tracker_data()
    response = client.get("/en/commitments/feed.atom")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == 1
    assert "in progress" in entries[0].find("a:title", ns).text


def test_pages_in_both_languages(client):
    tracker_data()
    es = client.get("/es/action-plans/plan-lima-2024/").content.decode()
    en = client.get("/en/action-plans/plan-lima-2024/").content.decode()
    assert "Fortalecer los Comités de Frontera" in es and "49 declarados, 2 registrados" in es
    assert "Strengthen the Border Committees" in en and "49 stated, 2 recorded" in en
    assert "Seguimiento de compromisos" in client.get("/es/commitments/").content.decode()


def test_tracker_queries_stay_flat(client, django_assert_max_num_queries):
    plan = tracker_data()
    client.get("/es/commitments/")
    for number in range(3, 60):
        c = Commitment.objects.create(plan=plan, key=f"c{number}", number=number, text_es="C")
        change(c, "pending", DAY)
    for url in ("/es/commitments/", "/es/action-plans/plan-lima-2024/", "/es/action-plans/"):
        with django_assert_max_num_queries(10):
            assert client.get(url).status_code == 200
    with django_assert_max_num_queries(10):
        client.get("/api/v1/commitments/", {"format": "json"})
