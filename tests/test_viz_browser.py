"""Every view opened in headless Chromium (Debian's, which `make test` installs) with the network
off: no console error, no request leaves the page, as many nodes and edges drawn as the graph
has, a legend, a screenshot that is not blank, filters and search that work, and article text
that cannot run.

Playwright drives the system Chromium (``executable_path``); it never downloads a browser.
Set DIPLOGRAPH_SCREENSHOTS=folder to keep the screenshots.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import api
from tests.test_viz import ANA, EVIL_EVIDENCE, EVIL_QUOTE, EVIL_URL, PATHS_QUERY, fill, page_json
from viz import views
from viz.static import CHROMIUM_FLAGS, find_browser

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")
CHROMIUM = find_browser()
pytestmark = pytest.mark.skipif(
    not CHROMIUM or not Path(CHROMIUM).exists(),
    reason="no Chromium: `make browser` (apt-get install chromium) installs it",
)
SHOTS = os.environ.get("DIPLOGRAPH_SCREENSHOTS")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
assert set(FLAGS) <= set(CHROMIUM_FLAGS)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        launched.close()


class Opened:
    """A page loaded from a file with the network off, and everything it tried to do."""

    def __init__(self, browser, path: Path, timeout_ms: int = 120_000):
        self.context = browser.new_context(
            offline=True, viewport={"width": 1400, "height": 900}, java_script_enabled=True
        )
        self.page = self.context.new_page()
        self.url = path.resolve().as_uri()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-state=ready]", state="attached", timeout=timeout_ms)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def outgoing(self) -> list[str]:
        return [u for u in self.requests if u != self.url and not u.startswith("data:")]

    def counts(self) -> dict:
        return self.page.evaluate("diplograph.counts()")

    def close(self):
        self.context.close()


@pytest.fixture
def opened(browser):
    pages = []

    def open_(path, **kw):
        pages.append(Opened(browser, path, **kw))
        return pages[-1]

    yield open_
    for p in pages:
        p.close()


def png_stats(data: bytes) -> tuple[int, float]:
    """(distinct colours, share of non-white pixels) of an 8-bit RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    header: tuple[Any, ...] | None = None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert header is not None, "no IHDR chunk"
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and colour_type in (2, 6) and interlace == 0
    bpp = 3 if colour_type == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    colours, coloured, sampled = set(), 0, 0
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        prev = line
        if y % 3:
            continue
        for x in range(0, width, 3):
            r, g, b = line[x * bpp : x * bpp + 3]
            sampled += 1
            colours.add((r >> 4, g >> 4, b >> 4))
            coloured += r < 235 or g < 235 or b < 235
    return len(colours), coloured / max(sampled, 1)


def check_page(page: Opened, graph, name: str) -> None:
    assert page.errors == []
    assert page.outgoing() == []
    assert page.dialogs == []
    assert page.counts() == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    legend = page.page.locator("#legend li")
    groups = page.page.evaluate("diplograph.data.groups.length + diplograph.data.skinds.length")
    assert legend.count() == groups > 0 and page.page.locator("#legend").is_visible()
    shot = page.page.locator("#network").screenshot()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))
    colours, coloured = png_stats(shot)
    assert colours >= 5 and coloured > 0.003, (colours, coloured)


VIEWS: dict[str, tuple[dict[str, Any], Callable[[nx.MultiDiGraph], nx.MultiDiGraph]]] = {
    "whole": ({}, lambda g: g),
    "actor": ({"actor": "Ana Example", "depth": 1}, lambda g: views.neighbourhood(g, "Ana Example", 1)),
    "interactions": ({"interactions": True}, views.interactions),
    "dates": (
        {"since": "2024-03", "until": "2024-03-31"},
        lambda g: views.between(g, "2024-03", "2024-03-31"),
    ),
}


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_each_view_draws_its_whole_graph_offline(store, opened, tmp_path, view):
    fill(store)
    kwargs, expected = VIEWS[view]
    graph = expected(store.to_networkx())
    path = api.viz(store, tmp_path / f"{view}.html", title=view, **kwargs)
    check_page(opened(path), graph, f"{view}-{store.name}")


def test_cypher_view_draws_the_query_result(store, opened, tmp_path):
    fill(store)
    path = api.viz(store, tmp_path / "cypher.html", cypher=PATHS_QUERY)
    data = page_json(path)
    graph = views.from_results(store.query(PATHS_QUERY).rows)
    assert len(data["nodes"]) == graph.number_of_nodes() == 5
    check_page(opened(path), graph, f"cypher-{store.name}")


def test_hostile_article_text_stays_text(store, opened, tmp_path):
    fill(store)
    page = opened(api.viz(store, tmp_path / "g.html"))
    p = page.page
    # hover every node: vis shows the tooltip element built from the data
    for node_id in p.evaluate("diplograph.nodes.getIds()"):
        box = p.evaluate(
            """(id) => { var n = diplograph.network, c = n.getPositions([id])[id];
                                       var d = n.canvasToDOM(c), r = document.getElementById('network').getBoundingClientRect();
                                       return [d.x + r.left, d.y + r.top]; }""",
            node_id,
        )
        p.mouse.move(box[0], box[1])
        p.wait_for_timeout(40)
        p.mouse.click(box[0], box[1])
    evil = p.evaluate("""() => { var n = diplograph.nodes.get('statement:evil');
                                  document.getElementById('details-body').replaceChildren(n.title.cloneNode(true));
                                  return document.getElementById('details-body').textContent; }""")
    assert EVIL_QUOTE in evil and EVIL_EVIDENCE in evil
    assert p.evaluate("typeof window.__pwned") == "undefined"
    assert p.locator(".tip img, .tip script, .tip iframe, .tip b, .vis-tooltip img").count() == 0
    links = p.evaluate("""() => Array.from(document.querySelectorAll('.tip a')).map(a => a.href)""")
    assert EVIL_URL not in links
    p.evaluate("diplograph.find('Ana Example')")
    assert p.evaluate("Array.from(document.querySelectorAll('#details a')).map(a => a.href)") == [
        "https://example.org/a"
    ]
    assert page.errors == [] and page.dialogs == [] and page.outgoing() == []


def test_filters_and_search(store, opened, tmp_path):
    fill(store)
    page = opened(api.viz(store, tmp_path / "g.html"))
    p = page.page
    total = page.counts()
    p.locator("input.f-group[value=Statement]").uncheck()
    without = page.counts()
    assert without["nodes"] == total["nodes"] - 2 and without["edges"] < total["edges"]
    p.locator("input.f-group[value=Statement]").check()
    assert page.counts() == total
    p.locator("input.f-skind[value=Appeal]").uncheck()
    assert p.evaluate("diplograph.nodes.get('statement:test-1').hidden") is True
    assert p.evaluate("diplograph.nodes.get('statement:evil').hidden") is False
    p.locator("input.f-skind[value=Appeal]").check()
    p.fill("#date-from", "2024-03-01")
    p.dispatch_event("#date-from", "change")
    assert p.evaluate("diplograph.nodes.get('statement:test-1').hidden") is True
    assert p.evaluate("diplograph.nodes.get('statement:evil').hidden") is False
    assert "showing" in p.locator("#status").inner_text()
    p.fill("#date-from", "")
    p.dispatch_event("#date-from", "change")
    assert page.counts() == total
    p.fill("#search", "ana exa")
    p.press("#search", "Enter")
    assert p.evaluate("diplograph.network.getSelectedNodes()") == [ANA]
    assert p.locator("#details").is_visible() and "Foreign Minister" in p.locator("#details").inner_text()
    assert p.evaluate("diplograph.network.physics.physicsEnabled") is False  # settled and stopped
    assert page.errors == []


def test_png_is_a_screenshot_of_the_page(tmp_path):
    from graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "db") as store:
        fill(store)
        api.viz(store, tmp_path / "g.html", interactions=True, png=tmp_path / "g.png")
    colours, coloured = png_stats((tmp_path / "g.png").read_bytes())
    assert colours >= 10 and coloured > 0.01


@pytest.mark.parametrize("size", [200, 2000])
def test_big_graphs_load_and_settle(opened, tmp_path, size):
    from viz.network import write_html
    from viz.synthetic import synthetic_graph

    graph = synthetic_graph(size)
    page = opened(write_html(graph, tmp_path / f"n{size}.html"), timeout_ms=240_000)
    check_page(page, graph, f"synthetic-{size}")
    assert page.page.evaluate("diplograph.network.physics.physicsEnabled") is False
