"""The Python API of diplograph; the ``diplograph`` command is a thin click layer over it.

>>> import tempfile, os
>>> from graph.open import open_store
>>> store = open_store(os.path.join(tempfile.mkdtemp(), "db"), env={})
>>> summary = ingest([sample_paths()[0]], store)
>>> summary.stored, summary.failed
(1, 0)
>>> store.query("MATCH (a:Actor) RETURN count(a) > 0").rows
[[True]]
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

import networkx as nx

from graph.store import QueryResult, Store, StoreError, check_parameters
from loaders.delta import to_delta
from loaders.documents import DEFAULT_MAX_BYTES, Document, InputError, Skipped, iter_documents
from loaders.sources.dedup import DEFAULT_THRESHOLD, Deduplicator
from loaders.sources.fetch import Fetcher, FetchOptions, is_url
from ontology.model import Extraction, GraphDelta

SAMPLES = Path(__file__).with_name("loaders") / "samples"


def sample_paths() -> list[Path]:
    """The sample articles diplograph ships for ``diplograph demo`` (written by the project)."""
    return sorted(SAMPLES.glob("*.md"))


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store (same text)
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    duplicates: int = 0  # copies of a stored story: linked with DUPLICATE_OF, not extracted again
    other_language: int = 0  # not English: skipped
    passed_over: dict[str, int] = field(default_factory=dict)  # records that are no article, by reason
    notices: list[str] = field(default_factory=list)  # one line per article skipped on purpose
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


class IngestInterrupted(StoreError):
    """The store failed in the middle of an ingest; ``summary`` says what was stored before."""

    def __init__(self, message: str, summary: IngestSummary) -> None:
        super().__init__(message)
        self.summary = summary


def documents(
    paths: Iterable[str | Path],
    errors: list[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetcher: Fetcher | None = None,
    passed_over: dict[str, int] | None = None,
) -> Iterator[Document]:
    """Every readable article under ``paths`` (files, folders, URLs); a bad input is recorded in
    ``errors``, a record that is no article (a WARC request) counted in ``passed_over``."""
    fetcher = fetcher or Fetcher(FetchOptions(max_bytes=max_bytes))
    for path in paths:
        for item in iter_documents(path, max_bytes=max_bytes, fetcher=fetcher):
            if isinstance(item, InputError):
                errors.append(str(item))
            elif isinstance(item, Skipped):
                if passed_over is not None:
                    passed_over[item.reason] = passed_over.get(item.reason, 0) + 1
            else:
                yield item


def read_url_list(path: str | Path) -> list[str]:
    """The URLs of a ``--urls`` file: one a line, blank lines and ``#`` comments passed over."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the URL list ({type(exc).__name__})") from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def language_notice(doc: Document, language: str | None) -> str | None:
    """One line for an article not in ``language`` (None: every language is taken)."""
    if language is None:
        return None
    from loaders.sources.language import foreign_language

    found = foreign_language(doc.text, language)
    if found is None:
        return None
    return f"{doc.source or doc.url or doc.title}: written in '{found}', not '{language}'"


def count_articles(paths: Iterable[str | Path]) -> int:
    """About how many articles ``paths`` hold, without parsing them (for a progress bar's ETA):
    a JSON Lines file counts its non-blank lines, any other readable article file counts one."""
    from loaders.documents import JSONL_SUFFIXES, article_files

    def files(path: Path) -> Iterator[Path]:
        if path.is_dir():
            yield from article_files(path)
        elif path.is_file():
            yield path

    total = 0
    for path in paths:
        if isinstance(path, str) and is_url(path):
            total += 1
            continue
        for f in files(Path(path)):
            if f.suffix.lower() not in JSONL_SUFFIXES:
                total += 1
                continue
            try:
                with open(f, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                continue
    return total


def extract(
    paths: Iterable[str | Path],
    errors: list[str] | None = None,
    batch_size: int = 32,
    workers: int = 1,
    notices: list[str] | None = None,
    language: str | None = "en",
) -> Iterator[Extraction]:
    """Extractions of every article under ``paths``, in input order, the pipeline loaded once;
    articles not in ``language`` are skipped with a line in ``notices``."""
    errs = [] if errors is None else errors
    skipped = [] if notices is None else notices
    docs = in_language(documents(paths, errs), language, skipped)
    yield from extract_documents(docs, batch_size=batch_size, workers=workers)


def in_language(docs: Iterable[Document], language: str | None, notices: list[str]) -> Iterator[Document]:
    """The documents in ``language``; each other one is skipped with a line in ``notices``."""
    for doc in docs:
        notice = language_notice(doc, language)
        if notice:
            notices.append(notice)
        else:
            yield doc


def extract_documents(
    docs: Iterable[Document], batch_size: int = 32, workers: int = 1
) -> Iterator[Extraction]:
    """Extractions of ``docs`` (already read, e.g. by ``documents``), in input order."""
    from loaders.extract import extract_many

    yield from extract_many(docs, batch_size=batch_size, n_process=workers)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    batch_size: int = 32,
    workers: int = 1,
    on_article: Callable[[Document], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    dask: object | None = None,
    on_progress: Callable[[int], None] | None = None,
    duplicate_threshold: float = DEFAULT_THRESHOLD,
    language: str | None = "en",
    fetch: FetchOptions | None = None,
) -> IngestSummary:
    """Extract every new article under ``paths`` and write it to ``store`` batch by batch.

    Articles already stored (same text hash) are skipped, so an interrupted ingest can simply be
    run again; each batch commits in one transaction. If the store fails midway,
    ``IngestInterrupted`` carries the summary of what was stored before.
    Files over ``max_bytes`` are refused (recorded as failed inputs). RDF exports (.ttl, .nt, .jsonld) are read
    back as they are (``ingest_rdf``), not extracted.
    ``workers`` > 1 parses in that many local processes (``nlp.pipe(n_process=...)``); ``dask``
    (a scheduler address such as ``tcp://host:8786``, ``local:N`` or a ``distributed.Client``)
    extracts on a Dask cluster instead (``loaders.distributed``), this process still writing.
    ``on_progress(1)`` is called for each article done (stored or skipped), for progress bars.
    Paths may be URLs of pages or feeds (fetched with ``fetch``'s options: cache, rate limit...).
    A copy of a stored story (the same text under another id or URL, or a near-duplicate whose
    MinHash similarity reaches ``duplicate_threshold``; 1 turns near-duplicates off) is stored as
    an Article linked ``DUPLICATE_OF`` the first, not extracted again. Articles not in
    ``language`` are skipped with a line in ``notices`` (None: every language is extracted).
    """
    paths = list(paths)
    rdf_files = [p for p in paths if is_rdf_input(p)]
    if rdf_files:
        paths = [p for p in paths if not is_rdf_input(p)]
        if not paths:
            return ingest_rdf(rdf_files, store)
    summary = IngestSummary()
    started = time.perf_counter()

    from loaders.sources.dedup import Copy

    fetcher = Fetcher(fetch or FetchOptions(max_bytes=max_bytes))
    dedup = Deduplicator(lambda cypher, params: store.query(cypher, params).rows, duplicate_threshold)
    copies: list[Copy] = []

    def new_documents() -> Iterator[Document]:
        for doc in documents(paths, summary.errors, max_bytes, fetcher, summary.passed_over):
            summary.read += 1
            if on_article:
                on_article(doc)
            notice = language_notice(doc, language)
            verdict = None if notice else dedup.classify(doc)
            if notice:
                summary.notices.append(notice)
                summary.other_language += 1
            elif verdict == "stored":
                summary.skipped += 1
            elif isinstance(verdict, Copy):
                doc.text = ""  # only its metadata is stored: keep memory flat
                copies.append(verdict)
            else:
                yield doc
                continue
            if on_progress:
                on_progress(1)

    extractions = _extractions(new_documents(), summary, batch_size, workers, dask)
    try:
        _write_batches(extractions, store, summary, dedup, batch_size, on_progress)
        store_copies(copies, store, summary, batch_size)
    except StoreError as exc:
        summary.failed = len(summary.errors)
        summary.seconds = time.perf_counter() - started
        raise IngestInterrupted(
            f"{exc}; {summary.stored} new article(s) were stored before that and stay stored; "
            f"run the same command again to store the rest",
            summary,
        ) from exc
    if rdf_files:
        ingest_rdf(rdf_files, store, summary)
    summary.failed = len(summary.errors)
    summary.seconds = time.perf_counter() - started
    summary.counts = store.stats()
    return summary


def _extractions(
    docs: Iterator[Document], summary: IngestSummary, batch_size: int, workers: int, dask: object | None
) -> Iterator[Extraction]:
    """The documents' extractions, locally or on Dask; an article the extractor fails on is recorded
    as failed in ``summary.errors`` (not stored, retried next run)."""
    if dask is not None:
        from loaders.distributed import extract_on_dask

        return extract_on_dask(docs, dask, batch_size=batch_size, errors=summary.errors)
    from loaders.distributed import extract_guarded

    return extract_guarded(docs, summary.errors, batch_size=batch_size, n_process=workers)


def _write_batches(
    extractions: Iterable[Extraction],
    store: Store,
    summary: IngestSummary,
    dedup: Deduplicator,
    batch_size: int,
    on_progress: Callable[[int], None] | None,
) -> None:
    """Write the extractions ``batch_size`` articles per transaction, each with its MinHash signature."""

    def deltas() -> Iterator[GraphDelta]:
        for extraction in extractions:
            delta = to_delta(extraction)
            signature = dedup.signature_of(extraction.article.id)
            if signature:
                delta.add_node("Article", extraction.article.id, minhash=signature)
            yield delta
            if on_progress:
                on_progress(1)

    def stored(n: int) -> None:
        summary.stored += n

    _write_in_batches(deltas(), store, batch_size, stored)


def _write_in_batches(
    deltas: Iterable[GraphDelta], store: Store, batch_size: int, written: Callable[[int], None]
) -> None:
    """One transaction per ``batch_size`` deltas; ``written(n)`` after each, so that a store failing
    midway leaves the count of what is already stored right."""
    batch, pending = GraphDelta(), 0
    for delta in deltas:
        batch.update(delta)
        pending += 1
        if pending >= batch_size:
            store.write(batch)
            written(pending)
            batch, pending = GraphDelta(), 0
    if pending:
        store.write(batch)
        written(pending)


def store_copies(copies: list, store: Store, summary: IngestSummary, batch_size: int = 32) -> None:
    """Write each copy's Article with DUPLICATE_OF and REPORTED_IN to the first copy's facts."""
    from loaders.sources.dedup import copy_delta, take_over

    def rows(cypher: str, params: dict) -> list:
        return store.query(cypher, params).rows

    def deltas() -> Iterator[GraphDelta]:
        for copy in copies:
            delta = copy_delta(copy, rows)
            update = take_over(copy) if delta is not None else None
            if update is not None:
                store.query(*update, write=True)
            if delta is None:
                summary.errors.append(
                    f"{copy.doc.source or copy.article}: not stored: a copy of {copy.original}, which "
                    f"was not stored either"
                )
                continue
            yield delta

    def stored(n: int) -> None:
        summary.duplicates += n

    _write_in_batches(deltas(), store, batch_size, stored)


def query(store: Store, cypher: str, params: dict | None = None, write: bool = False) -> QueryResult:
    """Run Cypher on ``store``; read-only unless ``write``.

    Raises ``QueryError`` for a ``$name`` without a value in ``params`` (the embedded store would
    answer with an empty table), for a query that changes the graph without ``write``
    (``ReadOnlyError``) and for one the store rejects."""
    check_parameters(cypher, params)
    return store.query(cypher, params or {}, write=write)


def neighbourhood(graph: nx.MultiDiGraph, actor: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` hops of the actor whose name or alias is ``actor``
    (articles are not walked through); ``InputError`` with a message when there is none."""
    from viz.views import neighbourhood as around

    return around(graph, actor, depth)


def viz(
    store: Store,
    output: str | Path,
    title: str = "diplograph",
    actor: str | None = None,
    depth: int = 1,
    interactions: bool = False,
    cypher: str | None = None,
    params: dict | None = None,
    since: str | None = None,
    until: str | None = None,
    png: str | Path | None = None,
    svg: str | Path | None = None,
    by_quad: bool = False,
    communities: bool = False,
) -> Path:
    """Draw a view of the stored graph as a self-contained HTML page that works offline.

    ``by_quad`` (implies ``interactions``): one edge per dyad and PLOVER quad class, coloured by
    the class, its width the number of facts; ``communities``: actors coloured and listed in the
    legend by networkx Louvain community. Actors of the interactions view open a panel on click.

    Views: the whole graph (default); ``cypher``: the nodes and relationships a query returns
    (nodes, relationships, paths, lists of them); ``interactions``: actors only, an edge A -> B
    weighted by the statements by A that target B and one for the events both took part in;
    ``actor`` (with ``depth``): one actor's neighbourhood, in whichever view was chosen.
    ``since``/``until`` (ISO dates or prefixes) apply to every view. ``png`` (a screenshot of the
    page in headless Chromium) and ``svg`` (drawn from networkx) write static pictures too.
    Raises ``InputError`` for an unknown actor, ``QueryError`` for a refused ``cypher`` and
    ``OutputError`` when no picture can be taken.
    """
    from viz import views
    from viz.network import write_html

    if cypher:
        result = query(store, cypher, params)
        graph = views.from_results(result.rows)
        if views.bare_nodes(graph):  # relationships returned without their end nodes
            views.fill_from(graph, store.to_networkx())
    else:
        graph = store.to_networkx()
    if since or until:
        graph = views.between(graph, since, until)
    if interactions or by_quad:
        graph = views.interactions(graph, by_quad=by_quad)
    if actor:
        graph = views.neighbourhood(graph, actor, depth)
    if communities:
        graph = views.communities(graph)
    path = write_html(graph, output, title)
    if png:
        from viz.static import write_png

        write_png(path, png)
    if svg:
        from viz.static import write_svg

        write_svg(graph, svg, title)
    return path


def demo(store: Store, output: str | Path = "out/demo.html") -> tuple[IngestSummary, Path]:
    """Ingest the shipped samples and draw them: the whole path, no server needed."""
    summary = ingest(sample_paths(), store)
    return summary, viz(store, output, title="diplograph demo")


# -- interoperability: RDF, graph-tool and event-data exports, SPARQL, ingest of RDF ------------
def export_graph(store: Store, cypher: str | None = None, params: dict | None = None) -> nx.MultiDiGraph:
    """The whole stored graph, or the subgraph a read-only Cypher query returns."""
    from graph.export import subgraph

    if cypher:
        check_parameters(cypher, params)
    return subgraph(store, cypher, params) if cypher else store.to_networkx()


@overload
def export(
    store: Store, fmt: str, output: None = None, cypher: str | None = None, params: dict | None = None
) -> str: ...


@overload
def export(
    store: Store, fmt: str, output: str | Path, cypher: str | None = None, params: dict | None = None
) -> Path: ...


def export(
    store: Store,
    fmt: str,
    output: str | Path | None = None,
    cypher: str | None = None,
    params: dict | None = None,
) -> str | Path:
    """Export the graph (or a Cypher query's subgraph) as ttl, jsonld, nt, graphml, gexf, csv or
    events-csv: the text, or the path it was written to when ``output`` is given."""
    from graph.export import export_text

    text = export_text(export_graph(store, cypher, params), fmt)
    if output is None:
        return text
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rdf_graph(store: Store, cypher: str | None = None, with_ontology: bool = False):
    """The stored graph as an rdflib Graph (with the ontology's triples if asked)."""
    from graph.rdf import to_rdf
    from ontology.owl import load_ontology

    g = to_rdf(export_graph(store, cypher))
    if with_ontology:
        g += load_ontology()
    return g


def sparql(store: Store, text: str, with_ontology: bool = False) -> QueryResult:
    """Run a SPARQL SELECT or ASK over the exported RDF of the store (read-only).

    Values come back as plain strings and numbers (IRIs as their text)."""
    from graph.rdf import sparql_select

    return sparql_select(rdf_graph(store, with_ontology=with_ontology), text)


def is_rdf_input(path: str | Path) -> bool:
    """Whether ``ingest`` reads ``path`` as an RDF export (.ttl, .nt, .jsonld ...)."""
    from graph.rdf import is_rdf_path

    return is_rdf_path(path)


def ingest_rdf(
    paths: Iterable[str | Path], store: Store, summary: IngestSummary | None = None
) -> IngestSummary:
    """Write RDF exports (``diplograph export --format ttl|nt|jsonld``) back into ``store``.

    Each file is read into one GraphDelta and written in one transaction, so the facts go through
    ``Store.write`` like everything else (merged with what is stored, never duplicated). ``read``
    counts the articles the files describe, ``skipped`` those whose text hash was already stored,
    ``stored`` the others; a file that cannot be read is one error."""
    from graph.rdf import RDFError, read_rdf

    summary = summary or IngestSummary()
    started = time.perf_counter()
    for path in paths:
        try:
            delta = read_rdf(path)
        except RDFError as exc:
            summary.errors.append(str(exc))
            continue
        articles = [n for n in delta.nodes.values() if n.label == "Article"]
        known = sum(1 for a in articles if a.props.get("sha256") and store.has_article(a.props["sha256"]))
        store.write(delta)
        summary.read += len(articles)
        summary.skipped += known
        summary.stored += len(articles) - known
    summary.failed = len(summary.errors)
    summary.seconds += time.perf_counter() - started
    summary.counts = store.stats()
    return summary


# -- what analysts look at: dyads over time, the briefing page ---------------------------------
def dyads(
    store: Store,
    by: str = "month",
    level: str = "actor",
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
) -> list:
    """One ``graph.dyads.DyadRow`` per (source, target, period): counts of statements and events
    per PLOVER quad class, net cooperation and the ids behind them (``graph/dyads.py`` says what
    counts). ``by``: day, week, month or year; ``level="state"`` rolls people and bodies up to
    their country; ``since``/``until``: ISO dates or prefixes; ``actor``: only its rows.
    ``ValueError`` for an unknown ``by`` or ``level``."""
    from graph.dyads import dyads as read

    return read(store, by=by, level=level, since=since, until=until, actor=actor)


def report(
    store: Store,
    output: str | Path = "report.html",
    title: str = "diplograph briefing",
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    level: str = "state",
    by: str = "auto",
    png: str | Path | None = None,
    svg: str | Path | None = None,
) -> Path:
    """Write the one-page briefing (``viz/report.py``): corpus summary, central actors, dyad
    matrix, timeline per quad class and interactions network, each with a table view; a click on
    a mark lists the statements and events behind it. One offline HTML file.

    ``level``/``by`` as for ``dyads`` (the matrix, timeline and network use them; ``by="auto"``
    picks days, months or years from the dates); ``actor``: only the facts with that actor;
    ``svg``/``png``: a folder to write each chart into as a picture, for slides.
    ``InputError`` for an unknown actor, ``OutputError`` when no PNG can be made."""
    from graph.dyads import dyads as read
    from viz import views
    from viz.report import build_briefing, write_charts, write_report

    graph = store.to_networkx()
    if since or until:
        graph = views.between(graph, since, until)
    if actor:
        # InputError with a message when there is none
        actor = graph.nodes[views.find_actor(graph, actor)].get("name") or actor
        title = f"{title}: {actor}"
    rows = [r.to_dict() for r in read(store, by=by, level=level, since=since, until=until, actor=actor)]
    briefing = build_briefing(graph, rows, title)
    path = write_report(briefing, output)
    if svg:
        write_charts(briefing, svg)
    if png:
        import tempfile

        from viz.report import chart_size
        from viz.static import write_png

        with tempfile.TemporaryDirectory(prefix="diplograph-charts-") as tmp:
            for picture in write_charts(briefing, tmp):
                width, height = chart_size(briefing.charts[picture.stem])
                # headless Chromium draws nothing in very small windows: at least 400 x 300
                size = (max(width, 400), max(height, 300))
                write_png(picture, Path(png) / f"{picture.stem}.png", *size, settle_ms=500)
    return path
