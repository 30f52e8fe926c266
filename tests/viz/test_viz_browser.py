"""The explorer in headless Chromium: offline, error-free, complete, interactive, inert
to the markup in the hostile article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kg_fixture_store import HACKER, PUTIN, TR, TRUMP, XSS_QUOTE, XSS_SPEAKER

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                       reason=f"{CHROMIUM} not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Visit:
    """One page opened from a file, every non-file request aborted and recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.external: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector('body[data-stable="1"]', state="attached", timeout=60_000)

    def _route(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def panel_text(self) -> str:
        return self.page.inner_text("#kg-panel")

    def visible(self) -> list[str]:
        return self.page.evaluate(
            "() => window.kg.nodes.get({filter: n => !n.hidden}).map(n => n.id)")


@pytest.fixture
def visit(browser):
    opened = []

    def open_(path: Path) -> Visit:
        v = Visit(browser, path)
        opened.append(v)
        return v

    yield open_
    for v in opened:
        v.page.close()


@pytest.mark.parametrize("name", ["actor", "statement", "event", "comention"])
def test_page_loads_offline_and_draws_every_node(pages, visit, name):
    graph, path = pages[name]
    v = visit(path)
    assert v.external == []
    assert v.errors == []
    drawn = v.page.evaluate("() => window.kg.network.body.data.nodes.length")
    assert drawn == graph.number_of_nodes()
    assert v.page.evaluate("() => Object.keys(window.kg.network.body.nodes).length") == drawn
    edges = v.page.evaluate("() => window.kg.network.body.data.edges.length")
    assert edges == graph.number_of_edges()
    # the layout settled, then physics was switched off
    assert v.page.evaluate("() => window.kg.network.physics.options.enabled") is False


def test_clicking_a_speaker_shows_the_quote_in_its_sentence(pages, visit):
    v = visit(pages["actor"][1])
    box = v.page.query_selector("#kg-graph").bounding_box()
    point = v.page.evaluate(
        "id => window.kg.network.canvasToDOM(window.kg.network.getPosition(id))", TRUMP)
    v.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    v.page.wait_for_selector("#kg-panel .statement")
    text = v.panel_text()
    assert "Donald Trump" in text
    assert "“A major prisoners swap was just completed between Russia and Ukraine”" in text
    assert "via Truth Social" in text
    marks = v.page.eval_on_selector_all("#kg-panel mark", "ms => ms.map(m => m.textContent)")
    assert "A major prisoners swap was just completed between Russia and Ukraine" in marks
    assert "Russia and Ukraine carry out prisoner swap, Trump says" in text
    assert v.errors == []


def test_search_and_type_filter_change_what_is_visible(pages, visit):
    graph, path = pages["actor"]
    v = visit(path)
    assert len(v.visible()) == graph.number_of_nodes()
    v.page.fill("#kg-search", "putin")
    assert v.visible() == [PUTIN]
    assert v.page.inner_text("#kg-counts") == f"1 of {graph.number_of_nodes()} nodes shown"
    v.page.fill("#kg-search", "")
    v.page.uncheck("#kg-legend input[value=state]")
    shown = v.visible()
    assert len(shown) == graph.number_of_nodes() - 5
    assert all(graph.nodes[n]["type"] != "state" for n in shown)
    assert v.errors == []


def test_hostile_article_stays_text(pages, visit):
    v = visit(pages["actor"][1])
    page = v.page
    # hover the hostile node (tooltip), then open it and Trump in the side panel
    box = page.query_selector("#kg-graph").bounding_box()
    point = page.evaluate(
        "id => window.kg.network.canvasToDOM(window.kg.network.getPosition(id))", HACKER)
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert XSS_SPEAKER in page.inner_text("div.vis-tooltip")
    page.evaluate("id => window.kg.select(id)", HACKER)
    assert XSS_QUOTE in v.panel_text()
    page.evaluate("id => window.kg.select(id)", TRUMP)
    assert XSS_SPEAKER in v.panel_text()
    page.fill("#kg-search", "svg onload")
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll('img, svg, iframe, object').length") == 0
    assert page.evaluate("() => document.querySelectorAll('[onerror], [onload]').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3  # vis, data, explorer
    assert v.errors == []
    assert v.external == []


def test_big_graphs_start_without_unconnected_nodes(kg_store, visit, tmp_path):
    from kg.graph import actor_graph
    from kg.viz import render_html

    graph = actor_graph(kg_store)
    for i in range(140):  # more nodes than HIDE_ISOLATED_ABOVE, none connected
        graph.add_node(f"urn:x:{i}", type="person", label=f"Nobody {i}")
    v = visit(render_html(graph, tmp_path / "big.html", title="big"))
    isolated = [n for n in graph if graph.degree(n) == 0]
    assert len(isolated) == 141  # the added nodes and Turkey
    assert v.page.evaluate("() => window.kg.network.body.data.nodes.length") == len(graph)
    assert len(v.visible()) == len(graph) - len(isolated)
    v.page.fill("#kg-search", "turkey")  # a search finds unconnected nodes too
    assert v.visible() == [TR]
    v.page.fill("#kg-search", "")
    v.page.check("#kg-isolated")
    assert len(v.visible()) == len(graph)
    assert v.errors == [] and v.external == []


def _reset(v) -> None:
    v.page.click("#kg-reset")
    assert v.page.is_hidden("#kg-reset")


def test_state_cameo_and_date_filters(pages, visit):
    from kg_fixture_store import ASSAD, INTERFAX, PESKOV, RBC, RU, SARALIEV, SY, UA, US, USHAKOV

    from kg.graph import article_subgraph

    graph, path = pages["actor"]
    v = visit(path)
    assert v.page.is_hidden("#kg-reset")
    v.page.select_option("#kg-state", "RU")
    assert set(v.visible()) == {PUTIN, PESKOV, SARALIEV, USHAKOV, RU, RBC, INTERFAX}
    v.page.select_option("#kg-state", "SY")
    assert set(v.visible()) == {ASSAD, SY}
    _reset(v)
    assert len(v.visible()) == graph.number_of_nodes()
    v.page.select_option("#kg-cameo", "08")  # the prisoner exchange: Russia and Ukraine
    assert set(v.visible()) == {RU, UA}
    _reset(v)
    v.page.fill("#kg-from", "2017-01-01")
    v.page.fill("#kg-to", "2017-12-31")
    assert set(v.visible()) == set(article_subgraph(graph, "isot-0572"))
    v.page.fill("#kg-from", "2025-05-24")
    v.page.fill("#kg-to", "")
    assert set(v.visible()) == {HACKER, TRUMP, US}  # the xss-test article of 2025-05-25
    _reset(v)
    assert len(v.visible()) == graph.number_of_nodes()
    assert v.errors == [] and v.external == []


def _still_view(v) -> None:
    """Wait until the view (pan and zoom) stops moving: vis-network may still be
    animating its fit after the layout settled, and a point taken then is stale."""
    read = ("() => JSON.stringify([window.kg.network.getViewPosition(),"
            " window.kg.network.getScale()])")
    last = v.page.evaluate(read)
    for _ in range(100):
        v.page.wait_for_timeout(100)
        now = v.page.evaluate(read)
        if now == last:
            return
        last = now
    pytest.fail("the view kept moving for 10 s")


def _point(v, node_id: str) -> tuple[float, float]:
    _still_view(v)
    box = v.page.query_selector("#kg-graph").bounding_box()
    p = v.page.evaluate(
        "id => window.kg.network.canvasToDOM(window.kg.network.getPosition(id))", node_id)
    return box["x"] + p["x"], box["y"] + p["y"]


def test_focus_on_a_neighbourhood_and_back(pages, visit):
    from kg_fixture_store import UA, ZELENSKYY

    graph, path = pages["actor"]
    v = visit(path)
    v.page.mouse.dblclick(*_point(v, ZELENSKYY))
    v.page.wait_for_selector("#kg-focus:not([hidden])")
    assert set(v.visible()) == {ZELENSKYY, TRUMP, UA}
    assert v.page.inner_text("#kg-focus") == "Around Volodymyr Zelenskyy (1 hop)"
    _reset(v)
    assert len(v.visible()) == graph.number_of_nodes()
    v.page.evaluate("id => window.kg.select(id)", ZELENSKYY)
    v.page.click("#kg-panel button[data-depth='2']")
    two = set(v.visible())
    assert {ZELENSKYY, TRUMP, UA, PUTIN} <= two < set(graph)
    assert v.errors == []


def test_clicking_an_edge_shows_its_statements(pages, visit):
    from kg_fixture_store import RU

    v = visit(pages["actor"][1])
    edge = v.page.evaluate(
        "([a, b]) => window.kg.edges.get({filter: e => e.from === a && e.to === b"
        " && e.kind === 'said_about'})[0].id", [TRUMP, RU])
    (x1, y1), (x2, y2) = _point(v, TRUMP), _point(v, RU)
    box = v.page.query_selector("#kg-graph").bounding_box()
    # Edges are drawn curved, so look along the chord and a little to either side of it
    # for a point where a real click lands on this edge and on nothing else.
    length = max(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, 1.0)
    nx_, ny_ = -(y2 - y1) / length, (x2 - x1) / length
    candidates = [(t / 20, d) for t in range(4, 17) for d in (0, 4, -4, 8, -8, 14, -14, 22, -22)]
    for t, d in sorted(candidates, key=lambda c: (abs(c[0] - 0.5) + abs(c[1]) / 40)):
        x, y = x1 + t * (x2 - x1) + d * nx_, y1 + t * (y2 - y1) + d * ny_
        hit = v.page.evaluate("p => window.kg.network.getEdgeAt(p)",
                              {"x": x - box["x"], "y": y - box["y"]})
        node = v.page.evaluate("p => window.kg.network.getNodeAt(p)",
                               {"x": x - box["x"], "y": y - box["y"]})
        if hit == edge and node is None:
            break
    else:
        pytest.fail("no point of the Trump -> Russia edge is clear of other edges")
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # On a loaded machine the browser can see mouse-down and mouse-up so far apart that
    # vis-network takes the click for a press-and-hold; a user would click again.
    for _ in range(3):
        v.page.mouse.click(x, y)
        try:
            v.page.wait_for_selector("#kg-panel .statement", timeout=5_000)
            break
        except PlaywrightTimeout:
            continue
    else:
        pytest.fail("three clicks on the edge never opened its statements")
    text = v.panel_text()
    assert "Donald Trump → Russia" in text
    assert "said about" in text
    assert "A major prisoners swap was just completed between Russia and Ukraine" in text
    assert "Russia and Ukraine had carried out a large exchange of prisoners" in text
    assert v.page.eval_on_selector_all("#kg-panel .statement", "cs => cs.length") == 2
    assert v.errors == []


def test_show_renders_in_an_iframe(kg_store, visit, browser, tmp_path):
    import kg

    wrapper = tmp_path / "notebook-cell.html"
    wrapper.write_text("<!DOCTYPE html><html><body>" + kg.Graph(kg_store).show()._repr_html_()
                       + "</body></html>", encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    external: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "about:"))
               else (external.append(r.request.url), r.abort()))
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(wrapper.as_uri())
    frame = page.frame_locator("iframe")
    frame.locator('body[data-stable="1"]').wait_for(state="attached", timeout=60_000)
    inner = page.frames[1]
    from kg.graph import actor_graph

    assert inner.evaluate("() => window.kg.network.body.data.nodes.length") == (
        actor_graph(kg_store).number_of_nodes())
    assert external == [] and errors == []
    page.close()
