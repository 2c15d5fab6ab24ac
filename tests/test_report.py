"""The briefing page: what it draws for a known store, that it holds no request and no markup
from articles, the CLI, and (in headless Chromium with the network off) that it works."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import api
from cli import main
from graph.dyads import dyads
from graph.ladybug_store import LadybugStore
from loaders.delta import to_delta
from tests.helpers import make_extraction
from viz.report import build_briefing, render_report

EVIL_QUOTE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
EVIL_SPEAKER = "<b onmouseover=alert(3)>Mallory</b>"
EVIL_URL = "javascript:alert(4)"


def hostile_extraction():
    extraction = make_extraction(quote=EVIL_QUOTE, speaker=EVIL_SPEAKER)
    extraction.article.url = EVIL_URL
    extraction.article.title = "<i>title</i>"
    return extraction


@pytest.fixture
def known_store(tmp_path) -> Iterator[LadybugStore]:
    """Mallory (a Landian minister) appeals to Otherland, and both take part in one call."""
    store = LadybugStore(tmp_path / "db")
    store.write(to_delta(hostile_extraction()))
    yield store
    store.close()


def briefing_of(store, level="state"):
    rows = [r.to_dict() for r in dyads(store, by="auto", level=level)]
    return build_briefing(store.to_networkx(), rows, "test")


def marks(svg: str, cls: str) -> int:
    return len(re.findall(rf'class="{cls}"', svg))


def test_known_store_draws_the_expected_marks(known_store):
    b = briefing_of(known_store)
    # state level: Landia -> Otherland (the appeal: verbal conflict; the call: verbal cooperation)
    # and Otherland -> Landia (the call): two matrix cells, three network lines, two actors;
    # one day, two quad classes: two timeline segments; two actors interact: two bars
    assert marks(b.charts["matrix"], "cell") == 2
    assert marks(b.charts["network"], "link") == 3
    assert marks(b.charts["network"], "actor") == 2
    assert marks(b.charts["timeline"], "seg") == 2
    assert marks(b.charts["central"], "bar") == 2
    # every mark leads to facts the page holds
    ids = {i for svg in b.charts.values() for m in re.findall(r'data-ids="([^"]*)"', svg) for i in m.split()}
    assert ids == {"statement:test-1", "event:test-call"} and ids <= set(b.facts)
    fact = b.facts["statement:test-1"]
    assert fact["quad"] == "verbal conflict" and fact["who"] == EVIL_SPEAKER and fact["whom"] == "Otherland"


def test_article_text_never_reaches_the_page_as_markup(known_store):
    page = render_report(briefing_of(known_store, level="actor"))
    for raw in (EVIL_QUOTE, EVIL_SPEAKER, "<i>title</i>", "<img src=x"):
        assert raw not in page
    assert "&lt;b onmouseover=alert(3)&gt;Mallory&lt;/b&gt;" in page  # names escaped in the SVG
    assert page.count("<script") == 2  # the facts' JSON and the page's own script, nothing else
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r'\s(src|href)="(?!#)', page)


def test_cli_writes_one_file_and_the_charts(known_store, tmp_path):
    path = known_store.path
    known_store.close()
    out, svgs = tmp_path / "r.html", tmp_path / "svg"
    result = CliRunner().invoke(main, ["report", "--store", str(path), "-o", str(out), "--svg", str(svgs)])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in svgs.iterdir()) == [
        "central.svg",
        "matrix.svg",
        "network.svg",
        "timeline.svg",
    ]
    import xml.dom.minidom

    for picture in svgs.iterdir():  # well-formed XML: escaped text cannot break them
        xml.dom.minidom.parse(str(picture))
    missing = CliRunner().invoke(main, ["report", "--store", str(path), "-o", str(out), "--actor", "Nobody"])
    assert missing.exit_code == 1 and "no actor named 'Nobody'" in missing.output


def test_actor_and_dates_narrow_the_briefing(known_store, tmp_path):
    page = api.report(known_store, tmp_path / "a.html", actor="Otherland", since="2024-01").read_text()
    assert "statement:test-1" in page
    empty = api.report(known_store, tmp_path / "b.html", since="2025").read_text()
    assert "statement:test-1" not in empty and 'class="cell"' not in empty


# -- in headless Chromium, the network off ------------------------------------------------------
browser_tests = pytest.importorskip("tests.test_viz_browser", reason="needs playwright and Chromium")
browser = browser_tests.browser
Opened = browser_tests.Opened


def open_page(browser, path: Path):
    if not browser_tests.CHROMIUM or not Path(browser_tests.CHROMIUM).exists():
        pytest.skip("no Chromium: `make browser` installs it")
    return Opened(browser, path)


@pytest.mark.skipif(not browser_tests.CHROMIUM, reason="no Chromium: `make browser` installs it")
def test_page_in_chromium_draws_everything_and_shows_facts_as_text(browser, known_store, tmp_path):
    path = api.report(known_store, tmp_path / "r.html", level="state")
    page = open_page(browser, path)
    try:
        counts = page.counts()
        assert (counts["cells"], counts["links"], counts["segments"], counts["bars"]) == (2, 3, 2, 2)
        assert counts["labels"] == 2 and counts["facts"] == 2
        labels = page.page.eval_on_selector_all("#network .label", "els => els.map(e => e.textContent)")
        assert sorted(labels) == ["Landia", "Otherland"]
        # the Landia -> Otherland cell: the appeal and the call, evidence shown as text
        page.page.click("#matrix .cell >> nth=0")
        listed = page.page.inner_text("#panel-list")
        assert page.counts()["listed"] == 2
        assert EVIL_QUOTE in listed and EVIL_SPEAKER in listed
        assert (
            page.page.eval_on_selector_all(
                "#panel-list script, #panel-list img, #panel-list [onmouseover]", "e => e.length"
            )
            == 0
        )
        assert page.page.eval_on_selector_all("#panel-list a", "e => e.length") == 0  # javascript: is no link
        page.page.click("#matrix details summary")
        page.page.click("#matrix tr.trow >> nth=0")
        assert page.counts()["listed"] >= 1
        assert page.errors == [] and page.outgoing() == [] and page.dialogs == []
    finally:
        page.close()


@pytest.mark.skipif(not browser_tests.CHROMIUM, reason="no Chromium: `make browser` installs it")
def test_top_labels_are_drawn_on_a_larger_synthetic_corpus(browser, tmp_path):
    import random

    from benchmarks.synthetic import extraction

    store = LadybugStore(tmp_path / "db")
    rng = random.Random(7)
    try:
        for i in range(40):
            store.write(to_delta(extraction(i, rng)))
        path = api.report(store, tmp_path / "r.html", level="actor")
        b = briefing_of(store, level="actor")
    finally:
        store.close()
    page = open_page(browser, path)
    try:
        counts = page.counts()
        assert counts["links"] == marks(b.charts["network"], "link") > 10
        assert counts["labels"] == min(15, counts["actors"])
        labels = set(page.page.eval_on_selector_all("#network .label", "els => els.map(e => e.textContent)"))
        central = page.page.eval_on_selector_all("#central text", "els => els.map(e => e.textContent)")
        assert any(name in labels for name in central[1:4])
        assert page.errors == [] and page.outgoing() == []
    finally:
        page.close()


def test_marks_list_the_most_recent_facts_and_count_them_all(tmp_path, monkeypatch):
    import viz.report

    with LadybugStore(tmp_path / "db") as store:
        for month in range(1, 4):  # Ana appeals to Otherland in January, February and March
            ex = make_extraction(text_hash=f"{month:02d}" * 32)
            ex.article.published = f"2024-{month:02d}-02"
            ex.statements[0].id, ex.events[0].id = f"statement:m{month}", f"event:m{month}"
            ex.statements[0].event, ex.events[0].date = ex.events[0].id, ex.article.published
            store.write(to_delta(ex))
        monkeypatch.setattr(viz.report, "IDS_PER_MARK", 1)
        b = briefing_of(store, level="actor")
    cell = re.search(r'<g class="cell" data-ids="([^"]*)" data-n="(\d+)"', b.charts["matrix"])
    assert cell and cell.group(1) in ("statement:m3", "event:m3") and int(cell.group(2)) >= 3
    listed = {
        i
        for svg in list(b.charts.values()) + list(b.tables.values())
        for m in re.findall(r'data-ids="([^"]*)"', svg)
        for i in m.split()
    }
    assert set(b.facts) == listed  # the page holds what its marks list, no more
    # the timeline has a bar per day: each month's statement is listed there


@pytest.mark.skipif(not browser_tests.CHROMIUM, reason="no Chromium: `make browser` installs it")
def test_png_folder_gets_a_picture_of_each_chart(known_store, tmp_path):
    api.report(known_store, tmp_path / "r.html", png=tmp_path / "png")
    pictures = sorted((tmp_path / "png").iterdir())
    assert [p.name for p in pictures] == ["central.png", "matrix.png", "network.png", "timeline.png"]
    for picture in pictures:
        colours, coloured = browser_tests.png_stats(picture.read_bytes())
        assert colours >= 3 and coloured > 0.001, picture.name  # something was drawn


@pytest.mark.skipif(not browser_tests.CHROMIUM, reason="no Chromium: `make browser` installs it")
def test_report_of_the_seed_article_opens_offline_with_every_chart_drawn(browser, tmp_path):
    from tests.helpers import SEED

    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    with LadybugStore(tmp_path / "db") as store:
        api.ingest([SEED], store)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--store", str(tmp_path / "db"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = open_page(browser, out)
    try:
        counts = page.counts()
        assert min(counts["bars"], counts["cells"], counts["segments"], counts["links"], counts["actors"]) > 0
        assert counts["labels"] == min(15, counts["actors"])
        labels = page.page.eval_on_selector_all("#network .label", "els => els.map(e => e.textContent)")
        assert {"Russia", "Ukraine"} <= set(labels)
        page.page.click("#timeline .seg >> nth=0")
        assert page.counts()["listed"] > 0
        assert page.errors == [] and page.outgoing() == []
    finally:
        page.close()
