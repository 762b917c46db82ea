"""The portal as a citizen of the open-data web: CORS for reads, discovery links,
CSV from every list, the DCAT-AP catalogue, sitemap and robots.txt, JSON-LD, the
statements a public site owes, citation downloads and quiet commands."""

import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command

from tests.e2e.pages import LANGUAGES, PAGE_KINDS

pytestmark = pytest.mark.django_db

ORIGIN = "https://reader.example.org"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(autouse=True)
def _data(real_data):
    return None


# CORS -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/api/v1/territories/", "/api/v1/territories/EC-07/", "/data/manifest.json"]
)
def test_reads_from_another_origin_are_allowed_without_credentials(client, url):
    response = client.get(url, HTTP_ORIGIN=ORIGIN)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    head = client.head(url, HTTP_ORIGIN=ORIGIN)
    assert head["Access-Control-Allow-Origin"] == "*"


def test_a_preflight_offers_reads_only(client):
    response = client.options(
        "/api/v1/projects/",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    assert response.status_code == 200
    methods = {m.strip() for m in response["Access-Control-Allow-Methods"].split(",")}
    assert methods == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_from_another_origin_get_no_cors_header(client, method):
    response = getattr(client, method)(
        "/api/v1/projects/", data="{}", content_type="application/json", HTTP_ORIGIN=ORIGIN
    )
    assert "Access-Control-Allow-Origin" not in response


def test_pages_are_not_opened_to_other_origins(client):
    assert "Access-Control-Allow-Origin" not in client.get("/es/", HTTP_ORIGIN=ORIGIN)


# Discovery and formats -------------------------------------------------------------


def test_lists_send_link_headers_to_the_next_and_previous_pages(client):
    first = client.get("/api/v1/territories/?page_size=10")
    assert re.search(r'<[^>]*page=2[^>]*>; rel="next"', first["Link"])
    second = client.get("/api/v1/territories/?page_size=10&page=2")
    assert 'rel="next"' in second["Link"] and 'rel="prev"' in second["Link"]
    assert "Link" not in client.get("/api/v1/countries/")  # one page: nothing to link


def test_every_list_answers_csv_with_the_same_filters(client):
    data = client.get("/api/v1/territories/?parent=EC-07").json()
    response = client.get("/api/v1/territories/?parent=EC-07&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().strip().splitlines()
    assert lines[0].startswith("code,url,name,level")
    assert len(lines) - 1 == data["count"] == 14
    for resource in ("zones", "sources", "mechanisms", "meetings", "people", "projects"):
        assert client.get(f"/api/v1/{resource}/?format=csv").status_code == 200, resource


def test_csv_honours_the_page_size_cap(client):
    body = client.get("/api/v1/sources/?format=csv&page_size=5000").content.decode()
    rows = len(body.strip().splitlines()) - 1
    assert 0 < rows <= 200


def test_an_unknown_format_answers_404(client):
    assert client.get("/api/v1/territories/?format=xlsx").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("kind", "path"), [k for k in PAGE_KINDS if k[0] not in ("not-found", "admin-login")]
)
def test_every_kind_of_page_advertises_the_changes_feed(client, language, kind, path):
    html = client.get(path.format(lang=language)).content.decode()
    feed = rf'[^>]*href="/{language}/changes/feed\.atom"'
    assert re.search(r'<link rel="alternate" type="application/atom\+xml" ' + feed, html), kind


@pytest.mark.parametrize(
    "path",
    [
        "/es/territories/EC-07/",
        "/en/zones/zif/",
        "/es/mechanisms/border-committee-loja-piura/",
        "/en/meetings/binational-cabinet-12/",
        "/es/legal-instruments/gaceta-oficial-888/",
        "/en/sources/zif-seed-document/",
    ],
)
def test_record_pages_link_their_api_twin_and_their_own_feed(client, path):
    html = client.get(path).content.decode()
    twin = re.search(r'<link rel="alternate" type="application/json" [^>]*href="([^"]+)"', html)
    assert twin and client.get(twin.group(1)).status_code == 200
    own_feed = r'title="[^"]*" href="([^"]+/changes/[^"]+/feed\.atom)"'
    feed = re.search(r'<link rel="alternate" type="application/atom\+xml" ' + own_feed, html)
    assert feed, "the record's own feed"
    atom = client.get(feed.group(1))
    assert atom.status_code == 200
    ET.fromstring(atom.content)  # a well-formed feed
    assert re.search(r'<link rel="canonical" href="http://testserver' + re.escape(path), html)


def test_the_feed_of_a_record_outside_the_portal_is_not_found(client):
    assert client.get("/en/changes/auth.User/1/feed.atom").status_code == 404


# JSON-LD ---------------------------------------------------------------------------


def json_ld(client, path):
    html = client.get(path).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, path
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("path", "schema_type"),
    [
        ("/es/territories/EC-0701/", "AdministrativeArea"),
        ("/en/mechanisms/neighbourhood-commission/", "GovernmentOrganization"),
        ("/en/meetings/binational-cabinet-12/", "Event"),
        ("/es/legal-instruments/decision-501/", "Legislation"),
        ("/en/people/martin-vizcarra/", "Person"),
        ("/es/data/", "Dataset"),
    ],
)
def test_record_pages_describe_themselves_in_schema_org(client, path, schema_type):
    data = json_ld(client, path)
    assert data["@context"] == "https://schema.org" and data["@type"] == schema_type
    assert "admin" not in json.dumps(data)


def test_a_units_description_names_the_unit_it_lies_in(client):
    data = json_ld(client, "/es/territories/EC-0701/")
    assert data["name"] == "Machala" and data["identifier"] == "EC-0701"
    assert data["containedInPlace"]["url"].endswith("/es/territories/EC-07/")


def test_a_meetings_description_has_its_date_and_place(client):
    data = json_ld(client, "/en/meetings/binational-cabinet-12/")
    assert data["startDate"] == "2018-10-26" and data["location"]["name"] == "Quito"


# Sitemap and robots.txt ------------------------------------------------------------


def test_the_sitemap_lists_every_unit_in_both_languages_with_alternates(client):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    units = next(s for s in sections if s.endswith("sitemap-administrativeunit.xml"))
    tree = ET.fromstring(client.get(units.removeprefix("http://testserver")).content)
    urls = {u.find(f"{SITEMAP}loc").text: u for u in tree.iter(f"{SITEMAP}url")}
    for language in LANGUAGES:
        entry = urls[f"http://testserver/{language}/territories/EC-07/"]
        alternates = {a.get("hreflang"): a.get("href") for a in entry.iter(f"{XHTML}link")}
        assert alternates["es"].endswith("/es/territories/EC-07/")
        assert alternates["en"].endswith("/en/territories/EC-07/")
        assert entry.find(f"{SITEMAP}lastmod") is not None
    assert not any("/admin/" in url for url in urls)
    pages = next(s for s in sections if s.endswith("sitemap-pages.xml"))
    pages_xml = client.get(pages.removeprefix("http://testserver")).content.decode()
    assert "/en/accessibility/" in pages_xml and "/admin/" not in pages_xml


def test_robots_txt_excludes_the_admin_and_names_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /es/admin/" in body and "Disallow: /en/admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


# The DCAT-AP catalogue ----------------------------------------------------------------


def test_the_catalogue_lists_every_download_with_its_checksum_and_licence(client):
    from rdflib import Graph, Namespace, URIRef
    from rdflib.namespace import DCAT, DCTERMS, RDF

    spdx = Namespace("http://spdx.org/rdf/terms#")
    manifest = client.get("/data/manifest.json").json()
    response = client.get("/data/catalog.jsonld", HTTP_ORIGIN=ORIGIN)
    assert response["Access-Control-Allow-Origin"] == "*"
    graph = Graph().parse(data=response.content.decode(), format="json-ld")
    (dataset,) = graph.subjects(RDF.type, DCAT.Dataset)
    assert (dataset, DCTERMS.license, URIRef(manifest["licence_url"])) in graph
    distributions = set(graph.objects(dataset, DCAT.distribution))
    assert len(distributions) == len(manifest["files"])
    for name, meta in manifest["files"].items():
        url = URIRef(f"http://testserver/data/{name}")
        assert url in distributions, name
        assert (url, DCTERMS.license, URIRef(manifest["licence_url"])) in graph
        checksum = graph.value(url, spdx.checksum)
        assert str(graph.value(checksum, spdx.checksumValue)) == meta["sha256"], name
        assert graph.value(url, DCAT.mediaType) is not None
    assert graph.value(dataset, DCTERMS.temporal) is not None
    assert len(set(graph.objects(dataset, DCTERMS.spatial))) == 2
    turtle = Graph().parse(data=client.get("/data/catalog.ttl").content.decode(), format="turtle")
    assert len(turtle) == len(graph)


# Statements a public site owes ----------------------------------------------------------


def test_security_txt_is_where_the_convention_puts_it(client):
    import datetime

    response = client.get("/.well-known/security.txt")
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines() if line)
    assert fields["Contact"]
    expires = datetime.datetime.fromisoformat(fields["Expires"].replace("Z", "+00:00"))
    assert expires > datetime.datetime.now(datetime.UTC)
    assert expires < datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=366)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/es/accessibility/", "WCAG 2.1"),
        ("/en/accessibility/", "Report a barrier"),
        ("/es/privacy/", "cookie de sesión"),
        ("/en/privacy/", "CSRF cookie"),
        ("/es/reuse/", "urllib.request"),
        ("/en/reuse/", "library(jsonlite)"),
    ],
)
def test_the_statements_are_published_in_both_languages(client, path, text):
    response = client.get(path)
    assert response.status_code == 200 and text in response.content.decode()


def test_every_page_links_the_statements_in_its_footer(client):
    html = client.get("/es/").content.decode()
    for name in ("accessibility", "privacy", "reuse"):
        assert f'href="/es/{name}/"' in html


# Cite this record -----------------------------------------------------------------------


def test_a_record_can_be_cited_as_bibtex_and_ris(client):
    html = client.get("/en/territories/EC-07/").content.decode()
    bib_url = re.search(r'href="([^"]+\.bib)"', html).group(1)
    ris_url = re.search(r'href="([^"]+\.ris)"', html).group(1)
    bib = client.get(bib_url)
    assert bib["Content-Type"] == "application/x-bibtex"
    body = bib.content.decode()
    assert body.startswith("@misc{zif-EC-07,") and "El Oro (EC-07)" in body
    assert "\\url{http://testserver/en/territories/EC-07/}" in body
    ris = client.get(ris_url).content.decode()
    assert ris.startswith("TY  - WEB") and "UR  - http://testserver/en/territories/EC-07/" in ris
    assert ris.rstrip().endswith("ER  -")
    assert client.get(bib_url.replace(".bib", ".pdf")).status_code == 404


# Long commands --------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_long_commands_show_progress_on_a_terminal_only(tmp_path):
    quiet = io.StringIO()
    call_command("export_zif", str(tmp_path / "a"), stdout=quiet)
    assert "\r" not in quiet.getvalue()
    terminal = _Terminal()
    call_command("export_zif", str(tmp_path / "b"), stdout=terminal)
    assert "\r" in terminal.getvalue() and "zif.json" in terminal.getvalue()
    quiet = io.StringIO()
    call_command("load_zif", "--dry-run", stdout=quiet)
    assert "\r" not in quiet.getvalue()
    terminal = _Terminal()
    call_command("load_zif", "--dry-run", stdout=terminal)
    assert "00_sources.json (1/" in terminal.getvalue()


def test_an_empty_list_as_csv_is_its_header_line(client):
    response = client.get("/api/v1/meetings/?date_before=1900-01-01&format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.decode().strip().startswith("slug,mechanism,ordinal")


# The head's links and meta as their template drew them before string formatting.
TEMPLATE_HEAD = """{% load i18n %}<link rel="canonical" href="{{ canonical }}">
<link rel="alternate" type="application/atom+xml" title="{% translate 'ZIF Portal: latest changes' %}" href="{% url 'zif_portal:changes-feed' %}">
{% if record_feed %}<link rel="alternate" type="application/atom+xml" title="{% blocktranslate trimmed with record=record %}ZIF Portal: changes to {{ record }}{% endblocktranslate %}" href="{{ record_feed }}">
{% endif %}{% if api_twin %}<link rel="alternate" type="application/json" title="{% translate 'This record in the API' %}" href="{{ api_twin }}">
{% endif %}<meta property="og:site_name" content="{% translate 'ZIF Portal' %}">
<meta property="og:type" content="website">
<meta property="og:url" content="{{ canonical }}">
<meta property="og:title" content="{{ og_title }}">
{% if og_description %}<meta property="og:description" content="{{ og_description }}">
{% endif %}<meta property="og:locale" content="{% if LANGUAGE_CODE == 'en' %}en_GB{% else %}es_EC{% endif %}">
{{ json_ld }}
"""  # noqa: E501 - the template as it was


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_head_is_the_markup_its_template_drew(rf, language):
    from django.template import Context, Template
    from django.test.html import parse_html
    from django.utils import translation

    from governance.models import Meeting
    from territories.models import AdministrativeUnit, Zone
    from zif_portal.api.urls import api_twin_url
    from zif_portal.feeds import record_feed_url
    from zif_portal.structured_data import describe, script

    records = [
        AdministrativeUnit.objects.get(code="EC-07"),
        Zone.objects.get(slug="zif"),
        Meeting.objects.order_by("slug").first(),
        None,  # a page of no record
    ]
    with translation.override(language):
        for record in records:
            request = rf.get(f"/{language}/somewhere/")
            drawn = Template("{% load zif_discovery %}{% head_links %}").render(
                Context({"request": request, "object": record, "LANGUAGE_CODE": language})
            )
            description = str(getattr(record, "description", "") or "")[:300]
            as_it_was = Template(TEMPLATE_HEAD).render(
                Context(
                    {
                        "record": record,
                        "record_feed": record_feed_url(record),
                        "api_twin": api_twin_url(record) if record else "",
                        "canonical": request.build_absolute_uri(request.path),
                        "og_title": str(record)
                        if record
                        else "Portal ZIF"
                        if language == "es"
                        else "ZIF Portal",
                        "og_description": description,
                        "json_ld": script(describe(record, request)) if record else "",
                        "LANGUAGE_CODE": language,
                    }
                )
            )
            assert parse_html(drawn) == parse_html(as_it_was), record
