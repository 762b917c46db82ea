"""Pages stay short when a mechanism has many meetings or there are many people."""

import datetime
import re

import pytest

from tests.factories import make_country, make_mechanism, make_meeting, make_person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_mechanism_with_many_meetings_shows_the_latest_and_links_to_all(client, language):
    make_country("EC")
    mechanism = make_mechanism("cabinet", kind="cabinet", level="presidential")
    for n in range(1, 31):
        make_meeting(f"m-{n:02d}", mechanism, date=datetime.date(2000 + n, 1, 1), ordinal=n)
    make_meeting("m-undated", mechanism, date=None, ordinal=31)
    html = client.get(f"/{language}/mechanisms/cabinet/").content.decode()
    shown = re.findall(rf'href="/{language}/meetings/(m-[^/]+)/"', html)
    # The 25 latest, oldest first; an undated meeting goes last, as in the lists.
    assert shown == [f"m-{n:02d}" for n in range(7, 31)] + ["m-undated"]
    assert f'href="/{language}/meetings/?mechanism=cabinet"' in html
    assert ("all 31 meetings" if language == "en" else "las 31 reuniones") in html


def test_the_meeting_filter_asks_for_a_persons_key_instead_of_listing_everyone(client):
    make_country("PE")
    mechanism = make_mechanism("cabinet")
    person = make_person("ana-perez")
    make_meeting("m-1", mechanism, presided_by=[person])
    make_meeting("m-2", mechanism)
    html = client.get("/en/meetings/").content.decode()
    assert '<input type="text" name="person"' in html
    assert '<option value="ana-perez"' not in html
    filtered = client.get("/en/meetings/?person=ana-perez").content.decode()
    assert "/en/meetings/m-1/" in filtered and "/en/meetings/m-2/" not in filtered
    unknown = client.get("/es/meetings/?person=nadie")
    assert unknown.status_code == 400
