"""The API's meeting record, read by prepared queries, is what the serializer gives
for the view's own queryset: every real meeting."""

import json

import pytest
from rest_framework.renderers import JSONRenderer
from rest_framework.test import APIRequestFactory

from governance.api.serializers import MeetingSerializer
from governance.api.views import MeetingViewSet
from governance.meeting_record import meeting_record
from governance.models import Meeting

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _data(real_data):
    pass


def through_the_orm(slug):
    request = APIRequestFactory().get(f"/api/v1/meetings/{slug}/")
    meeting = MeetingViewSet.queryset.get(slug=slug)
    data = MeetingSerializer(meeting, context={"request": request}).data
    return json.loads(JSONRenderer().render(data))


def test_every_real_meeting_reads_as_the_serializer_gives_it(client):
    slugs = list(Meeting.objects.values_list("slug", flat=True))
    assert len(slugs) >= 20
    shapes = set()
    for slug in slugs:
        answer = client.get(f"/api/v1/meetings/{slug}/")
        assert answer.status_code == 200, slug
        record = answer.json()
        assert record == through_the_orm(slug), slug
        shapes |= {key for key in ("participants", "citations", "sources") if record[key]}
    assert shapes == {"participants", "citations", "sources"}


def test_an_unknown_meeting_is_404():
    assert meeting_record("no-such-meeting") is None
