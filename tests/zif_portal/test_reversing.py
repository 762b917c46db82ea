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
