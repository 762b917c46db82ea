"""One meeting with everything its API record shows, read by prepared queries.

The API's meeting record read four queries through the ORM, most of its 8 ms spent
building their SQL (5,000 meetings, SQLite). The same queries, prepared
(zif_portal.prepared), give the same instances and the lists the serializer reads,
in the order the view's prefetches gave them.
"""

from zif_portal.citations import citations_of, prepared_sources
from zif_portal.history import with_last_changed
from zif_portal.prepared import Prepared, prefetched

from .models import ActionPlan, LegalInstrument, Meeting, Office, Participation


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

# A participant takes part in a meeting once (participation_unique): no office twice.
_page_offices = Prepared(
    lambda meeting: Office.objects.filter(person__participations__meeting_id=meeting),
    meeting=int,
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
    # The participants' offices by one prepared query of fixed text (the offices of
    # the people who took part in the meeting), in the order of the offices' own
    # ordering as prefetch_related gives them; prefetch_related_objects over the people
    # built an IN list of each length afresh, a fifth of the page's reading.
    offices = {}
    for office in _page_offices.all(meeting=pk):
        offices.setdefault(office.person_id, []).append(office)
    for participation in meeting.participations.all():
        person = participation.person
        prefetched(person, offices=offices.get(person.pk, []))
    return meeting
