"""Addresses remembered per process (zif_portal.reversing) are the ones Django gives."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import NoReverseMatch
from django.urls import reverse as django_reverse
from django.utils import translation

from zif_portal import reversing
from zif_portal.reversing import reverse


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_remembered_address_follows_the_language(language):
    with translation.override(language):
        assert reverse("territories:unit-detail", kwargs={"code": "EC-07"}) == (
            django_reverse("territories:unit-detail", kwargs={"code": "EC-07"})
        )
        assert reverse("territories:unit-detail", kwargs={"code": "EC-07"}).startswith(
            f"/{language}/"
        )


def test_the_second_call_is_answered_from_memory():
    reversing._remembered.cache_clear()
    with translation.override("es"):
        reverse("zif_portal:home")
        reverse("zif_portal:home")
    info = reversing._remembered.cache_info()
    assert (info.hits, info.misses) == (1, 1)


def test_an_unknown_name_still_fails_as_in_django():
    with pytest.raises(NoReverseMatch):
        reverse("zif_portal:no-such-page")


def test_a_model_instance_as_argument_is_not_remembered(monkeypatch):
    class Record:
        def __str__(self):
            return "EC-07"

    reversing._remembered.cache_clear()
    with translation.override("en"):
        assert reverse("territories:unit-detail", args=[Record()]) == "/en/territories/EC-07/"
    assert reversing._remembered.cache_info().currsize == 0


def test_a_changed_urlconf_is_not_answered_from_an_older_one(settings):
    with translation.override("en"):
        reverse("zif_portal:home")
        settings.ROOT_URLCONF = "bench.urls"
        assert reverse("zif_portal:home") == "/en/"
        assert reversing._remembered.cache_info().currsize == 1


def test_the_url_tag_renders_as_djangos_own_from_memory():
    reversing._remembered.cache_clear()
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        html = Template(
            "{% url 'territories:unit-detail' code='EC-07' %}|"
            "{% url 'zif_portal:no-such-page' as missing %}[{{ missing }}]"
        ).render(Context({"request": request}))
    assert html == "/en/territories/EC-07/|[]"
    assert reversing._remembered.cache_info().currsize == 1


def test_true_and_one_are_not_one_address():
    reversing._remembered.cache_clear()
    with translation.override("en"):
        assert reverse("territories:unit-detail", args=[1]) == "/en/territories/1/"
        assert reverse("territories:unit-detail", args=[True]) == "/en/territories/True/"


ADDRESSES = [
    ("plan:project-detail", {"slug": "synthetic-project-12"}),
    ("territories:unit-detail", {"code": "EC-0701"}),
    ("territories:unit-detail", {"code": "a b"}),  # quoted by Django, not put in as is
    ("zif_portal:record-changes-feed", {"label": "plan.Project", "object_id": 12}),
    ("zif_portal:cite-record", {"label": "governance.Meeting", "object_id": "7", "fmt": "ris"}),
    ("api:project-detail", {"slug": "synthetic-project-12"}),
    ("api:administrativeunit-detail", {"code": "PE-200101"}),
    # Keys that read like the stand-ins the addresses are shaped with.
    ("plan:project-detail", {"slug": "zzstandin0zz"}),
    ("zif_portal:cite-record", {"label": "zzstandin2zz", "object_id": 5, "fmt": "zzstandin0zz"}),
]


@pytest.mark.parametrize("language", ["es", "en"])
def test_an_address_nobody_asked_for_is_the_one_django_gives(language):
    reversing._remembered.cache_clear()
    reversing._shape.cache_clear()
    with translation.override(language):
        for name, kwargs in ADDRESSES:
            assert reverse(name, kwargs=kwargs) == django_reverse(name, kwargs=kwargs)
        # Put in the view's address with its stand-ins replaced, not reversed anew.
        assert reversing._shape.cache_info().misses <= len(ADDRESSES)
        for n in range(3):
            kwargs = {"slug": f"another-project-{n}"}
            assert reverse("plan:project-detail", kwargs=kwargs) == django_reverse(
                "plan:project-detail", kwargs=kwargs
            )
        assert reversing._shape.cache_info().hits >= 3


def test_a_key_its_converter_refuses_fails_as_in_django():
    reversing._remembered.cache_clear()
    with translation.override("es"):
        reverse("plan:project-detail", kwargs={"slug": "a-project"})  # the shape is known
        for name, kwargs in [
            ("plan:project-detail", {"slug": "proyecto-ñandú"}),  # not a slug
            ("zif_portal:record-changes-feed", {"label": "plan.Project", "object_id": "x"}),
        ]:
            with pytest.raises(NoReverseMatch):
                reverse(name, kwargs=kwargs)
