"""One meeting with everything its API record shows, read by prepared queries.

The API's meeting record read four queries through the ORM, most of its 8 ms spent
building their SQL (5,000 meetings, SQLite). The same queries, prepared
(zif_portal.prepared), give the same instances and the lists the serializer reads,
in the order the view's prefetches gave them.
"""

from django.db.models import prefetch_related_objects

from zif_portal.citations import citations_of, prepared_sources
from zif_portal.history import with_last_changed
from zif_portal.prepared import Prepared, prefetched

from .models import ActionPlan, LegalInstrument, Meeting, Participation


def _meeting_by_slug(slug):
    return Meeting.objects.select_related("mechanism", "country").filter(slug=slug)


_meeting = Prepared(_meeting_by_slug, slug=str)
# The page's also reads the date of the latest version, for "cite this record".
_page_meeting = Prepared(lambda slug: with_last_changed(_meeting_by_slug(slug)), slug=str)
_participations = Prepared(
    lambda meeting: Participation.objects.select_related("person").filter(meeting_id=meeting),
    meeting=int,
)
_sources = prepared_sources(Meeting)


def meeting_record(slug, meeting_query=_meeting):
    """The meeting and its lists (as prefetch_related leaves them), or None."""
    meeting = meeting_query.first(slug=slug)
    if meeting is None:
        return None
    pk = meeting.pk
    return prefetched(
        meeting,
        participations=_participations.all(meeting=pk),
        sources=_sources.all(record=pk),
        citations=citations_of(meeting),
    )


# The meeting's page: the record's lists and those the page adds, as its template
# reads them (`meeting.outputs.all`…).
_page_action_plans = Prepared(
    lambda meeting: ActionPlan.objects.filter(meeting_id=meeting), meeting=int
)
_page_outputs = Prepared(
    lambda meeting: LegalInstrument.objects.filter(adopted_at_id=meeting), meeting=int
)


def meeting_page(slug):
    """The meeting with the lists its page shows (each participant's offices too), or
    None."""
    meeting = meeting_record(slug, _page_meeting)
    if meeting is None:
        return None
    pk = meeting.pk
    prefetched(
        meeting,
        action_plans=_page_action_plans.all(meeting=pk),
        outputs=_page_outputs.all(meeting=pk),
    )
    people = [participation.person for participation in meeting.participations.all()]
    # A list of people of any length: one ORM query, as the view's prefetch did.
    prefetch_related_objects(people, "offices")
    return meeting
