"""Real news in, as it comes: saved web pages, URLs, feeds, WARC files, copies of a story and
articles in other languages. Every page, feed and article here is written for these tests."""

from __future__ import annotations

import gzip
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import api
import cli
from graph.ladybug_store import LadybugStore
from loaders.documents import Document, InputError, Skipped, iter_documents
from loaders.extract import extract
from loaders.sources.fetch import Fetcher, FetchOptions
from loaders.sources.webpage import parse_html
from ontology.model import EventRecord, StatementRecord

PAGES = Path(__file__).with_name("pages")

# what each saved page says around its article: none of it may become text, actor, statement or event
BOILERPLATE = {
    "courier.html": ["Cookie Policy", "Israel-Hamas war", "Putin accuses NATO", "Kharkiv", "Facebook"],
    "wire.html": [
        "Cookie Policy",
        "Israel-Hamas war",
        "Sign up",
        "Biden warns Iran",
        "Zelenskiy",
        "Facebook",
    ],
    "gazette.html": ["Cookie Policy", "Israel-Hamas war", "Kharkiv", "Putin threatens", "Macron", "YouTube"],
}
META = {
    "courier.html": ("Ministers agree to resume talks", "2024-03-05", "Jane Roe", "The Daily Courier"),
    "wire.html": (
        "Security Council meets on Sudan ceasefire",
        "2023-11-14",
        "Omar Haddad",
        "Global Wire Service",
    ),
    "gazette.html": (
        "Scholz visits Warsaw for talks on border security",
        "2024-06-11",
        "Katarzyna Nowak",
        None,
    ),
}
# names that appear only in the pages' menus, banners, related links and footers
NOT_ACTORS = {
    "Vladimir Putin",
    "Joe Biden",
    "Volodymyr Zelenskiy",
    "Emmanuel Macron",
    "NATO",
    "Israel",
    "Hamas",
}


def page(name: str) -> Document:
    return parse_html((PAGES / name).read_text(encoding="utf-8"), name)


# --- saved web pages -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(META))
def test_a_saved_page_gives_its_article_and_metadata_without_the_boilerplate(name):
    doc = page(name)
    title, published, byline, outlet = META[name]
    assert (doc.title, doc.published, doc.byline) == (title, published, byline)
    assert outlet is None or doc.outlet == outlet
    for junk in BOILERPLATE[name]:
        assert junk not in doc.text, junk
    assert len(doc.text.split("\n\n")) == (3 if name == "courier.html" else 4)  # every paragraph kept


@pytest.mark.parametrize("name", sorted(META))
def test_no_actor_statement_or_event_comes_from_a_pages_boilerplate(name):
    doc = page(name)
    ex = extract(doc)
    names = {a.name for a in ex.actors}
    assert not names & NOT_ACTORS, names & NOT_ACTORS
    assert not any("Cookie" in n or "Facebook" in n or "YouTube" in n for n in names)
    records: list[EventRecord | StatementRecord] = [*ex.events, *ex.statements]
    for record in records:
        assert doc.text[record.start : record.end] == record.evidence  # all from the article body
    assert ex.statements, "the article's own statements are found"
    assert ex.article.title == META[name][0] and ex.article.published == META[name][1]


# --- URLs against a local server -------------------------------------------------------------------
ARTICLE_HTML = (PAGES / "courier.html").read_text(encoding="utf-8")
FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Feed</title><link>{base}/</link>
<item><title>Talks resume</title><link>{base}/news/ok</link><guid>tag:test,2024:1</guid>
<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Gone</title><link>{base}/news/missing</link><guid>tag:test,2024:2</guid></item>
</channel></rss>"""


class Site(BaseHTTPRequestHandler):
    """Routes for every case the fetcher must handle; ``hits`` counts requests per path."""

    hits: dict[str, int] = {}
    lock = threading.Lock()

    def log_message(self, *args) -> None:  # quiet
        pass

    def send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8", extra=()) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in extra:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        with self.lock:
            self.hits[self.path] = self.hits.get(self.path, 0) + 1
            count = self.hits[self.path]
        base = f"http://{self.headers['Host']}"
        if self.path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif self.path in ("/news/ok", "/news/ok2"):
            self.send(200, ARTICLE_HTML.encode("utf-8"))
        elif self.path == "/news/slow":
            time.sleep(1.0)
            self.send(200, ARTICLE_HTML.encode("utf-8"))
        elif self.path == "/news/fail":
            self.send(503, b"down")
        elif self.path == "/news/flaky":
            self.send(500, b"oops") if count == 1 else self.send(200, ARTICLE_HTML.encode("utf-8"))
        elif self.path == "/news/moved":
            self.send(301, b"", extra=[("Location", "/news/ok2")])
        elif self.path == "/news/huge":
            self.send(200, b"<p>" + b"x" * 300_000 + b"</p>")
        elif self.path == "/news/photo":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif self.path == "/feed.xml":
            self.send(200, FEED.format(base=base).encode("utf-8"), "application/rss+xml")
        else:
            self.send(404, b"not found")


@pytest.fixture
def site():
    Site.hits = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetcher(tmp_path: Path, **changes: Any) -> Fetcher:
    options: dict[str, Any] = dict(
        timeout=0.4, retries=1, backoff=0.05, delay=0.0, max_bytes=200_000, cache=tmp_path / "cache"
    )
    options.update(changes)
    return Fetcher(FetchOptions(**options))


def docs_of(items: list[Document | InputError | Skipped]) -> list[Document]:
    """The documents of ``items``, checked to be all there is."""
    assert all(isinstance(i, Document) for i in items), items
    return [i for i in items if isinstance(i, Document)]


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/news/slow", "timed out after 0.4s (after 2 tries)"),
        ("/news/fail", "HTTP 503 Service Unavailable (after 2 tries)"),
        ("/news/missing", "HTTP 404 Not Found"),
        ("/news/huge", "response of 300,007 bytes is over the limit of 200,000 (raise it with --max-bytes)"),
        ("/news/photo", "not a web page or feed (content type image/png)"),
        ("/private/page", "disallowed by the site's robots.txt"),
    ],
)
def test_each_failing_url_is_one_line_naming_it_and_the_reason(site, tmp_path, path, reason):
    [error] = list(iter_documents(site + path, fetcher=fetcher(tmp_path)))
    assert isinstance(error, InputError)
    assert str(error) == f"{site}{path}: {reason}"
    if path == "/private/page":
        assert path not in Site.hits  # robots.txt is read first and obeyed


def test_a_flaky_url_is_retried_and_a_redirect_followed(site, tmp_path):
    f = fetcher(tmp_path)
    [flaky] = docs_of(list(iter_documents(site + "/news/flaky", fetcher=f)))
    [moved] = docs_of(list(iter_documents(site + "/news/moved", fetcher=f)))
    assert Site.hits["/news/flaky"] == 2 and flaky.title == "Ministers agree to resume talks"
    assert moved.source == site + "/news/moved" and moved.crawled and Site.hits["/news/ok2"] == 1


def test_requests_to_one_host_keep_the_rate_limit_and_name_the_tool(site, tmp_path):
    f = fetcher(tmp_path, delay=0.3, cache=None)
    started = time.monotonic()
    for _ in range(3):
        f.get(site + "/news/ok")
    assert time.monotonic() - started >= 0.6  # robots.txt, then three pages, 0.3s apart
    assert "diplograph" in f.options.user_agent


def test_ingest_of_urls_reports_each_failure_and_a_rerun_fetches_nothing(site, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# today's reading\n{site}/news/ok\n{site}/news/fail\n\n{site}/news/photo\n", encoding="utf-8"
    )
    args = [
        "ingest",
        "--urls",
        str(urls),
        "--store",
        str(tmp_path / "db"),
        "--fetch-cache",
        str(tmp_path / "c"),
    ]
    args += ["--fetch-delay", "0", "--fetch-retries", "0", "--fetch-timeout", "2"]
    first = CliRunner().invoke(cli.main, args, env={"NEO4J_URI": None})
    assert first.exit_code == 1
    errors = [line for line in first.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {site}/news/fail: HTTP 503 Service Unavailable (after 1 tries)",
        f"error: {site}/news/photo: not a web page or feed (content type image/png)",
    ]
    assert "1 stored" in first.stdout
    hits = dict(Site.hits)
    again = CliRunner().invoke(cli.main, args, env={"NEO4J_URI": None})
    assert "0 stored, 1 already stored" in again.stdout
    assert Site.hits["/news/ok"] == hits["/news/ok"] == 1  # the page came from the cache


def test_a_feed_url_gives_one_article_per_item_with_the_feeds_ids_and_dates(site, tmp_path):
    [doc, error] = list(iter_documents(site + "/feed.xml", fetcher=fetcher(tmp_path)))
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.published, doc.url, doc.outlet) == (
        "tag:test,2024:1",
        "2024-03-05",
        f"{site}/news/ok",
        "The Daily Courier",
    )
    assert doc.title == "Talks resume" and "Hakan Fidan" in doc.text  # the link was fetched
    assert str(error) == f"{site}/news/missing: HTTP 404 Not Found"


# --- feeds and WARC files --------------------------------------------------------------------------
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Evening Gazette</title><id>urn:gazette</id>
<updated>2024-06-11T20:00:00Z</updated>
<entry><title>Scholz visits Warsaw</title><id>urn:gazette:story:77</id>
<link href="https://gazette.example/77"/><updated>2024-06-11T20:00:00Z</updated>
<author><name>Katarzyna Nowak</name></author>
<content type="html">{content}</content></entry></feed>"""


def gazette_body() -> str:
    return page("gazette.html").text


def test_a_feed_file_with_full_content_ingests_with_the_items_guid(tmp_path):
    from html import escape

    paragraphs = "".join(f"<p>{p}</p>" for p in gazette_body().split("\n\n"))
    feed = tmp_path / "gazette.atom"
    feed.write_text(ATOM.format(content=escape(paragraphs)), encoding="utf-8")
    with LadybugStore(tmp_path / "db") as store:
        summary = api.ingest([feed], store)
        assert summary.stored == 1
        [[source_id, url, published, byline]] = store.query(
            "MATCH (a:Article) RETURN a.source_id, a.url, a.published, a.byline"
        ).rows
        assert store.query("MATCH (s:Statement) RETURN count(s)").rows[0][0] > 0
    assert (source_id, url, published, byline) == (
        "urn:gazette:story:77",
        "https://gazette.example/77",
        "2024-06-11",
        "Katarzyna Nowak",
    )


def write_warc(path: Path, gzipped: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for url, ctype, body in (
            ("https://wire.example/sudan", "text/html; charset=utf-8", (PAGES / "wire.html").read_bytes()),
            ("https://wire.example/logo.png", "image/png", b"\x89PNG" + b"\x00" * 50),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2023-11-15T02:00:00Z"},
            )
            writer.write_record(record)
        writer.write_record(
            writer.create_warc_record("https://wire.example/sudan", "request", payload=io.BytesIO(b"GET /"))
        )


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_warc_file_streams_its_html_responses_as_articles_and_counts_the_rest(tmp_path, gzipped):
    warc = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(warc, gzipped)
    if gzipped:
        assert gzip.open(warc).read(4) == b"WARC"
    items = list(iter_documents(warc))
    docs = [i for i in items if isinstance(i, Document)]
    skipped = sorted(i.reason for i in items if isinstance(i, Skipped))
    assert skipped == ["WARC request record", "WARC response that is not HTML"]
    [doc] = docs
    assert (doc.url, doc.crawled, doc.title) == (
        "https://wire.example/sudan",
        "2023-11-15",
        "Security Council meets on Sudan ceasefire",
    )
    assert (doc.doc_id or "").startswith("<urn:uuid:") and "Most read" not in doc.text
    with LadybugStore(tmp_path / "db") as store:
        summary = api.ingest([warc], store)
        assert summary.stored == 1 and summary.passed_over == {
            "WARC request record": 1,
            "WARC response that is not HTML": 1,
        }
        assert store.query("MATCH (a:Article) RETURN a.source_id, a.crawled").rows == [
            [doc.doc_id, "2023-11-15"]
        ]


# --- copies of a story -------------------------------------------------------------------------------
STORY = [
    "Turkish Foreign Minister Hakan Fidan met his Greek counterpart Giorgos Gerapetritis in Ankara on Tuesday.",
    "Fidan said the meeting had been constructive and called on both sides to avoid steps that could raise tensions.",
    "Gerapetritis told reporters that Greece wanted a lasting settlement and warned that unilateral drilling "
    "would harm the process.",
    "Russian President Vladimir Putin accused NATO of provocations on Monday.",
    "French President Emmanuel Macron spoke with Ukrainian President Volodymyr Zelenskiy by phone on Sunday.",
    "The two leaders called for a ceasefire and a return to talks in the Normandy format.",
    "Belarus extended its military drills with Russian troops for another ten days, the defence ministry said.",
]


def feed_file(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def counts(store) -> tuple[int, int]:
    c = store.stats()
    return c["Statement"], c["Event"]


def test_a_lightly_edited_copy_adds_no_statement_or_event_and_links_to_the_first(tmp_path):
    text = " ".join(STORY)
    edited = text.replace("on Monday", "on Monday evening").replace("ten days", "ten more days")
    with LadybugStore(tmp_path / "db") as store:
        api.ingest(
            [feed_file(tmp_path / "a.jsonl", [{"id": "wire-1", "url": "https://a.example/1", "text": text}])],
            store,
        )
        before = counts(store)
        assert before[0] > 0 and before[1] > 0
        summary = api.ingest(
            [feed_file(tmp_path / "b.jsonl", [{"id": "b-9", "url": "https://b.example/9", "text": edited}])],
            store,
        )
        assert (summary.stored, summary.duplicates) == (0, 1)
        assert counts(store) == before
        [[copy, first, similarity]] = store.query(
            "MATCH (c:Article)-[d:DUPLICATE_OF]->(f:Article) RETURN c.source_id, f.source_id, d.similarity"
        ).rows
        assert (copy, first) == ("b-9", "wire-1") and 0.8 <= similarity < 1
        per_article = dict(
            store.query("MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) RETURN a.source_id, count(s)").rows
        )
        assert per_article["b-9"] == per_article["wire-1"] == before[0]  # every outlet stays a source


def test_with_threshold_one_an_edited_copy_is_a_story_of_its_own(tmp_path):
    text = " ".join(STORY)
    edited = text.replace("on Monday", "on Monday evening")
    feed = feed_file(tmp_path / "f.jsonl", [{"id": "1", "text": text}, {"id": "2", "text": edited}])
    with LadybugStore(tmp_path / "db") as store:
        summary = api.ingest([feed], store, duplicate_threshold=1.0)
        assert (summary.stored, summary.duplicates) == (2, 0)


def test_the_same_text_under_a_second_id_keeps_both_sources_and_a_rerun_adds_nothing(tmp_path):
    text = " ".join(STORY)
    feed = feed_file(
        tmp_path / "f.jsonl",
        [
            {"id": "x1", "url": "https://x.example/1", "text": text},
            {"id": "y7", "url": "https://y.example/7", "text": text},
        ],
    )
    with LadybugStore(tmp_path / "db") as store:
        first = api.ingest([feed], store)
        again = api.ingest([feed], store)
        rows = store.query(
            "MATCH (a:Article) OPTIONAL MATCH (a)-[d:DUPLICATE_OF]->(f:Article) "
            "RETURN a.source_id, a.url, f.source_id, d.similarity ORDER BY a.source_id"
        ).rows
    assert (first.stored, first.duplicates, again.skipped) == (1, 1, 2)
    assert rows == [["x1", "https://x.example/1", None, None], ["y7", "https://y.example/7", "x1", 1.0]]


def test_extract_output_carries_the_records_own_id(tmp_path):
    feed = feed_file(tmp_path / "f.jsonl", [{"id": 42, "url": "https://z.example/a", "text": STORY[3]}])
    [ex] = list(api.extract([feed]))
    assert ex.to_dict()["article"]["source_id"] == "42"


# --- languages ---------------------------------------------------------------------------------------
FRENCH = (
    "Le président français Emmanuel Macron s'est entretenu dimanche avec son homologue russe Vladimir "
    "Poutine pendant près de deux heures. Les deux dirigeants ont appelé à un cessez-le-feu dans l'est de "
    "l'Ukraine et à la reprise des négociations au sein du Groupe de contact trilatéral, a indiqué l'Élysée "
    "dans un communiqué publié en fin de soirée."
)


def test_a_french_article_is_skipped_with_one_line_and_counted(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "en.txt").write_text(" ".join(STORY[:3]), encoding="utf-8")
    result = CliRunner().invoke(
        cli.main, ["ingest", str(folder), "--store", str(tmp_path / "db")], env={"NEO4J_URI": None}
    )
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.strip()] == [
        f"skipped: {folder / 'fr.txt'}: written in 'fr', not 'en'"
    ]
    assert "1 stored" in result.stdout and "1 not in English skipped" in result.stdout
    with LadybugStore(tmp_path / "db", read_only=True) as store:
        assert store.query("MATCH (a:Actor) WHERE a.name CONTAINS 'avec' RETURN count(a)").rows == [[0]]
        assert store.stats()["Article"] == 1


def test_copies_of_one_text_give_the_same_graph_in_any_order(tmp_path):
    text = " ".join(STORY)
    records = [
        {"id": "m", "url": "https://m.example/2", "title": "M", "text": text},
        {"id": "c", "url": "https://c.example/3", "title": "C", "text": text},
        {"id": "t", "url": "https://t.example/1", "title": "T", "text": text},
    ]
    graphs = []
    for n, order in enumerate(([0, 1, 2], [2, 1, 0], [1, 2, 0])):
        with LadybugStore(tmp_path / f"db{n}") as store:
            feed = feed_file(tmp_path / f"f{n}.jsonl", [records[i] for i in order[:2]])
            api.ingest([feed], store)  # two now, the third in a later run
            api.ingest([feed_file(tmp_path / f"g{n}.jsonl", [records[order[2]]])], store)
            graph = store.to_networkx()
            graphs.append((sorted(graph.nodes(data=True)), sorted(graph.edges(keys=True, data=True))))
            rows = store.query(
                "MATCH (a:Article) OPTIONAL MATCH (a)-[:DUPLICATE_OF]->(f:Article) "
                "RETURN a.source_id, a.title, f.source_id ORDER BY a.source_id"
            ).rows
        assert rows == [["c", "C", None], ["m", "M", "c"], ["t", "T", "c"]]
    assert graphs[0] == graphs[1] == graphs[2]


def test_the_deduplicator_links_copies_to_the_first_story_and_leaves_other_stories_alone():
    from loaders.sources.dedup import Copy, Deduplicator

    dedup = Deduplicator(rows=lambda cypher, params: [])  # an empty store
    story = " ".join(STORY)
    other = " ".join(reversed(STORY[:3])) + " Canada and Mexico signed a trade agreement in Ottawa."
    update = story.replace("ten days", "ten more days")
    again = update.replace("on Monday", "on Monday night")
    first = "article:" + Document(text=story).sha256[:16]
    assert dedup.classify(Document(text=story, doc_id="1")) is None
    assert dedup.classify(Document(text=other, doc_id="2")) is None  # three sentences in common only
    copies = [dedup.classify(Document(text=t, doc_id=n)) for t, n in ((update, "3"), (again, "4"))]
    for copy in copies:
        assert isinstance(copy, Copy) and copy.original == first and 0.8 <= copy.similarity < 1
    assert dedup.classify(Document(text=story)) == "stored"  # the same text, no identity of its own
