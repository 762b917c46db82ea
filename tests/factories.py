"""Small builders for test data; tests do not depend on the real fixtures."""

from itertools import count

from territories.models import AdministrativeUnit, Country, StatedFigure, Zone
from zif_portal.models import Source

_seq = count(1)


def make_source(**fields):
    n = next(_seq)
    defaults = {
        "key": f"source-{n}",
        "title_es": f"Fuente {n}",
        "title_en": f"Source {n}",
        "kind": "document",
        "language": "es",
    }
    return Source.objects.create(**{**defaults, **fields})


def make_country(code="EC", **fields):
    country, created = Country.objects.get_or_create(
        code=code,
        defaults={
            "name_es": {"EC": "Ecuador", "PE": "Perú"}.get(code, code),
            "name_en": {"EC": "Ecuador", "PE": "Peru"}.get(code, code),
            **fields,
        },
    )
    if created:
        country.sources.set([make_source()])
    return country


def make_unit(code, *, name=None, parent=None, level=None, sources=None, **fields):
    country = make_country(code[:2])
    if level is None:
        top, lower = ("province", "canton") if country.code == "EC" else ("department", "province")
        level = top if parent is None else lower
    unit = AdministrativeUnit.objects.create(
        code=code,
        country=country,
        level=level,
        parent=parent,
        name=name or f"Unit {code}",
        **fields,
    )
    unit.sources.set(sources or [make_source()])
    return unit


def make_zone(slug, *, members=(), country=None, **fields):
    zone = Zone.objects.create(
        slug=slug, name_es=f"Zona {slug}", name_en=f"Zone {slug}", country=country, **fields
    )
    zone.members.set(members)
    zone.sources.set([make_source()])
    return zone


def make_figure(key, *, source=None, **fields):
    return StatedFigure.objects.create(
        key=key, source=source or make_source(), quote="As stated.", **fields
    )


def make_province_with_cantons(province_code, n_cantons):
    province = make_unit(province_code, zif_membership="full")
    for i in range(1, n_cantons + 1):
        make_unit(f"{province_code}{i:02d}", parent=province, zif_membership="full")
    return province


def make_mechanism(slug, *, parent=None, level="technical", kind="commission", **fields):
    from governance.models import CoordinationMechanism

    fields = {"name_es": f"Mecanismo {slug}", "name_en": f"Mechanism {slug}", **fields}
    mechanism = CoordinationMechanism.objects.create(
        slug=slug, kind=kind, level=level, parent=parent, **fields
    )
    mechanism.sources.set([make_source()])
    return mechanism


def make_person(slug, *, country="PE"):
    from governance.models import Person

    person = Person.objects.create(
        slug=slug, name=slug.replace("-", " ").title(), country_id=country
    )
    person.sources.set([make_source()])
    return person


def make_meeting(slug, mechanism, *, date=None, presided_by=(), **fields):
    from governance.models import Meeting, Participation

    meeting = Meeting.objects.create(
        slug=slug,
        mechanism=mechanism,
        title_es=f"Reunión {slug}",
        title_en=f"Meeting {slug}",
        date=date,
        **fields,
    )
    meeting.sources.set([make_source()])
    for person in presided_by:
        Participation.objects.create(meeting=meeting, person=person, role="presided")
    return meeting
