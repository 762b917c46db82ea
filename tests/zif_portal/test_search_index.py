"""The mechanisms that keep a search bounded at any size of the index: the full-text
index (FTS5 on SQLite, the tsvector on PostgreSQL) stays in step with the entries,
at most RANKED matches are ranked, an exact name ranks first even when many more
records hold the same words, and long searches answer like short ones."""

import pytest
from django.db import connection

from tests.factories import make_source, make_unit
from zif_portal import search as search_module
from zif_portal.models import SearchEntry
from zif_portal.search import search

pytestmark = pytest.mark.django_db


def keys(results):
    return [entry.key for entry in results.entries(0, results.count)]


def test_the_full_text_index_follows_inserts_updates_and_deletes():
    unit = make_unit("EC-07", name="El Oro")
    assert keys(search("oro")) == ["EC-07"]
    unit.name = "Loja"
    unit.save()
    assert keys(search("oro")) == []
    assert keys(search("loja")) == ["EC-07"]
    SearchEntry.objects.filter(key="EC-07").delete()
    assert keys(search("loja")) == []


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 table is SQLite's")
def test_sqlite_keeps_an_fts5_table_in_step_with_the_entries():
    make_unit("EC-07", name="El Oro")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*) FROM zif_portal_searchentry_fts "
            "WHERE zif_portal_searchentry_fts MATCH '\"oro\"*'"
        )
        assert cursor.fetchone()[0] == 1


def test_at_most_ranked_results_and_more_is_said(monkeypatch):
    monkeypatch.setattr(search_module, "RANKED", 3)
    for n in range(6):
        make_source(key=f"informe-{n}", title_es=f"Informe de frontera {n}", title_en=f"Report {n}")
    results = search("frontera")
    assert results.count == 3 and results.more
    few = search("informe frontera 4")
    assert not few.more and keys(few) == ["informe-4"]


def test_an_exact_name_ranks_first_beyond_the_ranked_window(monkeypatch):
    """Many records hold the word; the one named by it is found by its name, not by
    luck of the full-text window."""
    monkeypatch.setattr(search_module, "RANKED", 2)
    for n in range(5):
        make_source(key=f"nota-{n}", title_es=f"Nota sobre Piura {n}", title_en=f"Note {n}")
    make_unit("PE-20", name="Piura")
    results = search("piura")
    assert results.more
    assert keys(results)[0] == "PE-20"
    assert results.ranked[0][3] == 0  # rank 0: the exact name


def test_kinds_count_the_ranked_results():
    make_unit("EC-19", name="Zamora Chinchipe")
    make_source(key="zamora-note", title_es="Zamora hoy", title_en="Zamora today")
    assert search("zamora").kinds() == {"territory": 1, "source": 1}


@pytest.mark.parametrize(
    "query",
    [
        "zamora " + "x" * 193,  # 200 characters
        " ".join(["zamora", *["ab"] * 49])[:200],  # 50 words
    ],
)
def test_long_searches_answer(client, query):
    make_unit("EC-19", name="Zamora Chinchipe")
    assert len(query) <= 200
    for url in ("/api/v1/search/", "/es/search/"):
        response = client.get(url, {"q": query})
        assert response.status_code == 200


def test_the_api_says_when_more_match(client, monkeypatch):
    monkeypatch.setattr(search_module, "RANKED", 2)
    for n in range(4):
        make_source(key=f"acta-{n}", title_es=f"Acta {n}", title_en=f"Minutes {n}")
    body = client.get("/api/v1/search/", {"q": "acta"}).json()
    assert body["more"] is True and body["count"] == 2 and body["pages"] == 1
    assert client.get("/api/v1/search/", {"q": "acta", "page": 2}).status_code == 400
    page = client.get("/en/search/", {"q": "acta"}).content.decode()
    assert "More than 2 results for “acta”" in page
    spanish = client.get("/es/search/", {"q": "acta"}).content.decode()
    assert "Más de 2 resultados para “acta”" in spanish
