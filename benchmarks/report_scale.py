"""Size and load time of the briefing page (``diplograph report``) at several corpus sizes.

    .venv/bin/python benchmarks/report_scale.py [ARTICLES ...]     # default: 20 1000 10000

For each size, writes that many synthetic articles' facts (``benchmarks.synthetic.extraction``:
six gazetteer people, two calls and four demands per article, no NLP) into a fresh embedded
store in batches of 100, then times ``api.report`` (reading the store, dyads, centrality, charts,
the page), and opens the page in headless Chromium through Playwright with the network off:
time to the load event and to the page's ready mark, the marks drawn, console errors and
requests that tried to leave. Prints one line per size and the ratios between sizes. Not a
timed test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import api  # noqa: E402
from benchmarks.synthetic import extraction  # noqa: E402
from graph.ladybug_store import LadybugStore  # noqa: E402
from loaders.delta import to_delta  # noqa: E402
from ontology.model import GraphDelta  # noqa: E402
from viz.static import find_browser  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def fill(store: LadybugStore, articles: int, batch: int = 100) -> float:
    rng = random.Random(7)
    started = time.perf_counter()
    delta, pending = GraphDelta(), 0
    for i in range(articles):
        delta.update(to_delta(extraction(i, rng)))
        pending += 1
        if pending == batch:
            store.write(delta)
            delta, pending = GraphDelta(), 0
    if pending:
        store.write(delta)
    return time.perf_counter() - started


def open_page(browser, path: Path) -> dict:
    context = browser.new_context(offline=True, viewport={"width": 1600, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    url = path.resolve().as_uri()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if r.url != url else None)
    started = time.perf_counter()
    page.goto(url, timeout=600_000)
    loaded = time.perf_counter() - started
    page.wait_for_selector("body[data-state=ready]", state="attached", timeout=600_000)
    ready = time.perf_counter() - started
    counts = page.evaluate("diplograph.counts()")
    started = time.perf_counter()
    page.click("#matrix .cell >> nth=0") if counts["cells"] else None
    clicked = time.perf_counter() - started
    listed = page.evaluate("diplograph.counts()")["listed"]
    context.close()
    return {
        "load_s": loaded,
        "ready_s": ready,
        "click_s": clicked,
        "counts": counts,
        "listed": listed,
        "errors": errors,
        "requests": requests,
    }


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    chromium = find_browser()
    if not chromium:
        sys.exit("no Chromium: run `make browser`")
    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=FLAGS)
        for size in sizes:
            folder = Path(tmp) / str(size)
            with LadybugStore(folder / "db") as store:
                filled = fill(store, size)
                counts = store.stats()
                started = time.perf_counter()
                path = api.report(store, folder / "report.html")
                written = time.perf_counter() - started
            r = open_page(browser, path)
            r.update(articles=size, fill_s=filled, write_s=written, bytes=path.stat().st_size, stats=counts)
            results.append(r)
            c = r["counts"]
            print(
                f"{size:>6} articles ({counts['Statement']} statements, {counts['Event']} events, "
                f"{counts['Actor']} actors; stored in {filled:.1f} s) | report written in "
                f"{written:.2f} s, {r['bytes'] / 1e6:.2f} MB | load event {r['load_s']:.2f} s, ready "
                f"{r['ready_s']:.2f} s | marks: {c['bars']} bars, {c['cells']} cells, {c['segments']} "
                f"segments, {c['links']} lines, {c['actors']} actors, {c['labels']} labels, "
                f"{c['facts']} facts | a cell clicked: {r['listed']} facts listed in {r['click_s'] * 1000:.0f} ms"
                f" | console errors {len(r['errors'])}, requests out {len(r['requests'])}",
                flush=True,
            )
        browser.close()
    for small, big in zip(results, results[1:]):
        print(
            f"{big['articles']}/{small['articles']} articles: size x{big['bytes'] / small['bytes']:.1f}, "
            f"written x{big['write_s'] / small['write_s']:.1f}, ready x{big['ready_s'] / small['ready_s']:.1f}"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20, 1000, 10000])
