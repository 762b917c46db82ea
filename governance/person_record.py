"""A person with everything the person's page shows, read by prepared queries.

A person's page read five queries through the ORM, most of its 7 ms spent building
their SQL (20,000 people, SQLite). The same queries, prepared (zif_portal.prepared),
give the same instances, with the lists where prefetch_related leaves them
(`person.offices.all()` answers from the list: zif_portal.prepared.prefetched).
"""

from zif_portal.citations import citations_of, prepared_sources
from zif_portal.history import with_last_changed
from zif_portal.prepared import Prepared, prefetched

from .models import Office, Participation, Person

# With the date of its latest version, which the page's "cite this record" gives.
_person = Prepared(
    lambda slug: with_last_changed(Person.objects.select_related("country").filter(slug=slug)),
    slug=str,
)
_offices = Prepared(
    lambda person: Office.objects.select_related("mechanism").filter(person_id=person),
    person=int,
)
_sources = prepared_sources(Person)
_participations = Prepared(
    lambda person: (
        Participation.objects.select_related("meeting__country")
        .filter(person_id=person)
        .order_by("meeting__date")
    ),
    person=int,
)


def person_page(slug):
    """The person and the lists of the page, or None."""
    person = _person.first(slug=slug)
    if person is None:
        return None
    pk = person.pk
    return prefetched(
        person,
        offices=_offices.all(person=pk),
        sources=_sources.all(record=pk),
        citations=citations_of(person),
        participations=_participations.all(person=pk),
    )
