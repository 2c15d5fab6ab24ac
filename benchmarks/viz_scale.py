"""Page size and load time of the network page at 200 and 2,000 nodes (not a timed test).

    .venv/bin/python benchmarks/viz_scale.py [SIZE ...]

Builds a made-up graph shaped like a stored one (viz.synthetic), writes the page, opens it in
headless Chromium (Debian's /usr/bin/chromium through Playwright, network off) and prints: the
time to write the page, its size, the time to the page's load event, the time until the layout
has settled and physics stopped, the page's own timings (JSON parse, data sets, vis.Network
built, ready), and the ratios between the sizes.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import networkx as nx  # noqa: E402

from viz.network import render_html, write_html  # noqa: E402
from viz.static import find_browser  # noqa: E402
from viz.synthetic import synthetic_graph  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def measure(browser, size: int, folder: Path) -> dict:
    graph = synthetic_graph(size)
    started = time.perf_counter()
    path = write_html(graph, folder / f"n{size}.html")
    written = time.perf_counter() - started
    context = browser.new_context(offline=True, viewport={"width": 1600, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    started = time.perf_counter()
    page.goto(path.resolve().as_uri())
    loaded = time.perf_counter() - started
    page.wait_for_selector("body[data-state=ready]", state="attached", timeout=600_000)
    ready = time.perf_counter() - started
    result = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "write_s": written,
        "bytes": path.stat().st_size,
        "load_s": loaded,
        "ready_s": ready,
        "page_ms": page.evaluate("diplograph.timings"),
        "drawn": page.evaluate("diplograph.counts()"),
        "errors": errors,
    }
    context.close()
    return result


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    chromium = find_browser()
    if not chromium:
        sys.exit("no Chromium: run `make browser`")
    fixed = len(render_html(nx.MultiDiGraph()).encode())  # scripts, styles, template
    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=FLAGS)
        for size in sizes:
            r = measure(browser, size, Path(tmp))
            results.append(r)
            t = r["page_ms"]
            print(
                f"{r['nodes']:>5} nodes {r['edges']:>5} edges | page {r['bytes'] / 1e6:.2f} MB "
                f"(data {(r['bytes'] - fixed) / 1e6:.2f} MB) written in {r['write_s']:.2f} s | "
                f"load event {r['load_s']:.2f} s, settled {r['ready_s']:.2f} s | in page: parse "
                f"{t['parse']:.0f} ms, data {t['data']:.0f} ms, network {t['network']:.0f} ms, "
                f"ready {t['ready']:.0f} ms | drawn {r['drawn']} | console errors "
                f"{len(r['errors'])}"
            )
        browser.close()
    for small, big in zip(results, results[1:]):
        print(
            f"{big['nodes']}/{small['nodes']} nodes: page size x{big['bytes'] / small['bytes']:.1f}, "
            f"write x{big['write_s'] / small['write_s']:.1f}, "
            f"settled x{big['ready_s'] / small['ready_s']:.1f}"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [200, 2000])
