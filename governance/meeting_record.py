"""One meeting with everything its API record shows, read by prepared queries.

The API's meeting record read four queries through the ORM, most of its 8 ms spent
building their SQL (5,000 meetings, SQLite). The same queries, prepared
(zif_portal.prepared), give the same instances and the lists the serializer reads,
in the order the view's prefetches gave them.
"""

from django.contrib.contenttypes.models import ContentType

from zif_portal.models import Citation, Source
from zif_portal.prepared import Prepared

from .models import Meeting, Participation

_meeting = Prepared(
    lambda slug: Meeting.objects.select_related("mechanism", "country").filter(slug=slug),
    slug=str,
)
_participations = Prepared(
    lambda meeting: Participation.objects.select_related("person").filter(meeting_id=meeting),
    meeting=int,
)
_sources = Prepared(
    lambda meeting: Source.objects.filter(governance_meeting_cited=meeting), meeting=int
)
_citations = Prepared(
    lambda kind, meeting: Citation.objects.for_records().filter(
        content_type_id=kind, object_id=meeting
    ),
    kind=int,
    meeting=int,
)


def meeting_record(slug):
    """The meeting and its lists (as prefetch_related leaves them), or None."""
    meeting = _meeting.first(slug=slug)
    if meeting is None:
        return None
    pk = meeting.pk
    kind = ContentType.objects.get_for_model(Meeting).pk
    # Lists, not querysets: filtering one fails loudly instead of querying without
    # the relation's condition.
    meeting._prefetched_objects_cache = {
        "participations": _participations.all(meeting=pk),
        "sources": _sources.all(meeting=pk),
        "citations": _citations.all(kind=kind, meeting=pk),
    }
    return meeting
