"""The explorer page as a file: self-contained, escaped, complete (no browser)."""

from __future__ import annotations

import json
import re

import pytest
from kg_fixture_store import HACKER, TRUMP, XSS_QUOTE, XSS_SPEAKER, XSS_TITLE

from kg.graph import actor_graph
from kg.viz import html_page, render_html
from kg.viz.payload import edge_width, node_size, script_json

EXTERNAL = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:@import)|(?:url\(\s*["']?\s*(?:https?:)?//)""",
    re.IGNORECASE,
)


def _payload(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html,
                      re.DOTALL)
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.mark.parametrize("name", ["actor", "statement", "event", "comention"])
def test_page_is_self_contained(pages, name):
    graph, path = pages[name]
    html = path.read_text(encoding="utf-8")
    assert EXTERNAL.findall(html) == []
    assert "bootstrap" not in html.lower()
    assert "cdnjs" not in html and "jsdelivr" not in html
    assert re.search(r"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                     r"&#39;none&#39;; script-src &#39;unsafe-inline&#39;", html)
    assert "vis.Network" in html  # vis-network itself is inlined
    payload = _payload(html)
    assert len(payload["nodes"]) == graph.number_of_nodes()
    assert len(payload["edges"]) == graph.number_of_edges()


def test_data_block_cannot_break_out(pages):
    _, path = pages["actor"]
    html = path.read_text(encoding="utf-8")
    block = html.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in block
    assert XSS_TITLE not in html
    assert XSS_QUOTE not in html
    payload = _payload(html)
    assert payload["articles"]["xss-test"]["title"] == XSS_TITLE
    hacker = next(n for n in payload["nodes"] if n["id"] == HACKER)
    assert hacker["label"] == XSS_SPEAKER
    said = payload["statements"][payload["details"][HACKER]["said"][0]]
    assert said["quote"] == XSS_QUOTE + "\u2028"
    assert said["sentence"][said["hl"][0]:said["hl"][1]] == said["quote"]


def test_page_title_is_escaped(kg_store):
    html = html_page(actor_graph(kg_store), title=XSS_TITLE)
    assert XSS_TITLE not in html
    escaped = "&lt;script&gt;window.__xss=1&lt;/script&gt; Breaking &lt;/script&gt;&lt;!--"
    assert f"<title>{escaped}</title>" in html
    assert f'<h1 id="kg-title">{escaped}</h1>' in html


def test_script_json_escapes():
    text = script_json({"a": "</script><!-- & \u2028\u2029"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029"}


def test_side_panel_data(pages):
    payload = _payload(pages["actor"][1].read_text(encoding="utf-8"))
    said = [payload["statements"][s] for s in payload["details"][TRUMP]["said"]]
    quotes = {s["quote"] for s in said}
    assert "A major prisoners swap was just completed between Russia and Ukraine" in quotes
    swap = next(s for s in said if s["quote"].startswith("A major prisoners swap"))
    assert swap["medium"] == "Truth Social"
    assert swap["date"] == "2025-05-23"
    assert swap["sentence"][swap["hl"][0]:swap["hl"][1]] == swap["quote"]
    assert payload["articles"]["prisoner-swap"]["published"] == "2025-05-23"
    about = [payload["statements"][s]["speaker"] for s in payload["details"][TRUMP]["about"]]
    assert sorted(about) == [XSS_SPEAKER, "Yuri Ushakov"]


def test_sizes_and_widths_follow_centrality_and_weight(pages):
    _, path = pages["actor"]
    payload = _payload(path.read_text(encoding="utf-8"))
    sizes = {n["id"]: n["size"] for n in payload["nodes"]}
    assert max(sizes, key=sizes.get) == "https://w3id.org/kg-news/id/state/RU"
    assert node_size(0.0, 0.5) == 10 and node_size(0.5, 0.5) == 40
    assert edge_width(1) == 1 and edge_width(4) == 5


def test_without_store_the_panel_has_attributes_only(kg_store):
    html = html_page(actor_graph(kg_store), title="no store")
    payload = _payload(html)
    assert payload["statements"] == {} and payload["articles"] == {}
    trump = next(n for n in payload["nodes"] if n["id"] == TRUMP)
    assert trump["attrs"]["roles"] == ["president"]


def test_render_is_atomic_and_repeatable(kg_store, tmp_path):
    graph = actor_graph(kg_store)
    first = render_html(graph, tmp_path / "a.html", title="t", store=kg_store).read_bytes()
    second = render_html(graph, tmp_path / "a.html", title="t", store=kg_store).read_bytes()
    assert first == second
    assert [p.name for p in tmp_path.iterdir()] == ["a.html"]


def test_sentence_from_article_text_when_not_stored(kg_store):
    """A store without kg:sentence: the panel cuts the sentence out of kg:text."""
    import pyoxigraph as ox

    from kg.rdf.namespaces import ONTOLOGY

    bare = ox.Store()
    bare.extend(q for q in kg_store if q.predicate.value != ONTOLOGY + "sentence")
    payload = _payload(html_page(actor_graph(bare), title="t", store=bare))
    full = _payload(html_page(actor_graph(kg_store), title="t", store=kg_store))
    assert payload["statements"] == full["statements"]


def test_filter_facets_and_options(pages):
    from kg_fixture_store import PUTIN, RU

    payload = _payload(pages["actor"][1].read_text(encoding="utf-8"))
    facets = {n["id"]: n["facets"] for n in payload["nodes"]}
    assert facets[TRUMP]["states"] == ["US"]
    assert facets[PUTIN] == {"states": ["RU"], "cameo": ["04"],
                             "dates": ["2017-11-21", "2025-05-23"]}
    assert facets[RU]["cameo"] == ["04", "08"]  # peace talks and the prisoner exchange
    names = {o["iso"]: o["name"] for o in payload["stateOptions"]}
    assert names == {"RU": "Russia", "SY": "Syria", "TR": "Turkey", "UA": "Ukraine",
                     "US": "United States"}
    assert [(o["root"], o["label"]) for o in payload["cameoOptions"]] == [
        ("04", "Consult"), ("08", "Yield")]
    assert payload["dateSpan"] == ["2017-11-21", "2025-05-25"]
    events = _payload(pages["event"][1].read_text(encoding="utf-8"))
    swap = next(n for n in events["nodes"] if n["label"] == "prisoner exchange")
    assert swap["facets"] == {"states": ["RU", "UA"], "cameo": ["08"], "dates": ["2025-05-23"]}


def test_edges_carry_their_evidence(pages):
    from kg_fixture_store import RU

    payload = _payload(pages["actor"][1].read_text(encoding="utf-8"))
    edge = next(e for e in payload["edges"]
                if (e["from"], e["to"], e["kind"]) == (TRUMP, RU, "said_about"))
    quotes = sorted(payload["statements"][s]["quote"][:20] for s in edge["statements"])
    assert quotes == ["A major prisoners sw", "Russia and Ukraine h"]
    assert edge["articles"] == ["prisoner-swap"] and edge["weight"] == 2
    statements = _payload(pages["statement"][1].read_text(encoding="utf-8"))
    said = next(e for e in statements["edges"] if e["kind"] == "said")
    assert said["statements"] == [said["to"]]


def test_show_returns_an_inline_iframe(kg_store, monkeypatch):
    import html as html_lib
    import sys

    import kg

    shown = kg.Graph(kg_store).show(height=500)
    markup = shown._repr_html_()
    match = re.fullmatch(r'<div class="kg-explorer"><iframe srcdoc="([^"]*)" '
                         r'sandbox="allow-scripts [^"]*" style="[^"]*height: 500px;[^"]*"'
                         r'[^>]*></iframe></div>', markup)
    assert match, markup[:200]
    assert "<" not in match.group(1)  # the whole page is escaped into the attribute
    page = html_lib.unescape(match.group(1))
    payload = _payload(page)
    assert len(payload["nodes"]) == actor_graph(kg_store).number_of_nodes()
    assert payload["statements"]  # the side panel's evidence came along
    monkeypatch.setitem(sys.modules, "IPython.display", None)  # no IPython: own wrapper
    bare = kg.Graph(kg_store).show(around="Putin")
    assert type(bare).__name__ == "InlineExplorer"
    assert bare._repr_html_().startswith('<div class="kg-explorer"><iframe srcdoc="')
