"""The pages of meetings and people, read by prepared queries, are the pages the
views' own querysets give: every real meeting and person, in both languages."""

import pytest

from governance.models import Meeting, Person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _data(real_data):
    pass


def pages(client, prefix, slugs):
    return {
        (slug, lang): client.get(f"/{lang}/{prefix}/{slug}/").content
        for slug in slugs
        for lang in ("es", "en")
    }


def test_every_real_meeting_page_is_the_one_the_orm_reading_gives(client, monkeypatch):
    from governance import views

    slugs = list(Meeting.objects.values_list("slug", flat=True))
    assert len(slugs) >= 20
    prepared = pages(client, "meetings", slugs)

    def through_the_orm(slug):
        return views.MeetingDetailView().get_queryset().filter(slug=slug).first()

    monkeypatch.setattr(views, "meeting_page", through_the_orm)
    assert pages(client, "meetings", slugs) == prepared
    assert client.get("/es/meetings/no-such-meeting/").status_code == 404


def test_every_real_person_page_is_the_one_the_orm_reading_gives(client, monkeypatch):
    from governance import views

    slugs = list(Person.objects.values_list("slug", flat=True))
    assert len(slugs) >= 10
    prepared = pages(client, "people", slugs)

    def through_the_orm(slug):
        return views.PersonDetailView().get_queryset().filter(slug=slug).first()

    monkeypatch.setattr(views, "person_page", through_the_orm)
    assert pages(client, "people", slugs) == prepared
    assert client.get("/en/people/no-such-person/").status_code == 404


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_page_gives_the_date_of_the_latest_version(client, language):
    import datetime

    from django.utils import timezone

    from tests.factories import make_mechanism, make_meeting, make_person

    person = make_person("last-changed-person")
    meeting = make_meeting("last-changed-meeting", make_mechanism("last-changed-mechanism"))
    old = timezone.make_aware(datetime.datetime(2020, 3, 4, 12))
    for record in (person, meeting):
        record.history.update(history_date=old)
    pages = {"people": person.slug, "meetings": meeting.slug}
    for prefix, slug in pages.items():
        page = client.get(f"/{language}/{prefix}/{slug}/").content.decode()
        assert "2020" in page.split('class="last-changed"')[1][:80]
    for record in (person, meeting):
        record.save()  # a newer version, today
    for prefix, slug in pages.items():
        page = client.get(f"/{language}/{prefix}/{slug}/").content.decode()
        assert str(timezone.localdate().year) in page.split('class="last-changed"')[1][:80]
        assert "2020" not in page.split('class="last-changed"')[1][:80]
