"""The Python API of diplograph; the ``diplograph`` command is a thin click layer over it.

>>> import tempfile, os
>>> from graph.open import open_store
>>> store = open_store(os.path.join(tempfile.mkdtemp(), "db"))
>>> summary = ingest([sample_paths()[0]], store)
>>> summary.stored, summary.failed
(1, 0)
>>> store.query("MATCH (a:Actor) RETURN count(a) > 0").rows
[[True]]
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import networkx as nx

from graph.store import QueryResult, Store
from loaders.delta import to_delta
from loaders.documents import Document, InputError, iter_documents
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
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def documents(paths: Iterable[str | Path], errors: list[str]) -> Iterator[Document]:
    """Every readable article under ``paths``; a bad input is recorded in ``errors`` and skipped."""
    for path in paths:
        for item in iter_documents(path):
            if isinstance(item, InputError):
                errors.append(str(item))
            else:
                yield item


def extract(paths: Iterable[str | Path], errors: list[str] | None = None,
            batch_size: int = 32, workers: int = 1) -> Iterator[Extraction]:
    """Extractions of every article under ``paths``, in input order, the pipeline loaded once."""
    from loaders.extract import extract_many

    errs = [] if errors is None else errors
    yield from extract_many(documents(paths, errs), batch_size=batch_size, n_process=workers)


def ingest(paths: Iterable[str | Path], store: Store, batch_size: int = 32, workers: int = 1,
           on_article: Callable[[Document], None] | None = None) -> IngestSummary:
    """Extract every new article under ``paths`` and write it to ``store`` batch by batch.

    Articles already stored (same text hash) are skipped, so an interrupted ingest can simply be
    run again; each batch commits in one transaction.
    """
    from loaders.extract import extract_many

    summary = IngestSummary()
    started = time.perf_counter()

    def new_documents() -> Iterator[Document]:
        seen: set[str] = set()
        for doc in documents(paths, summary.errors):
            summary.read += 1
            if on_article:
                on_article(doc)
            if doc.sha256 in seen or store.has_article(doc.sha256):
                summary.skipped += 1
                continue
            seen.add(doc.sha256)
            yield doc

    batch = GraphDelta()
    pending = 0
    for extraction in extract_many(new_documents(), batch_size=batch_size, n_process=workers):
        batch.update(to_delta(extraction))
        pending += 1
        if pending >= batch_size:
            store.write(batch)
            summary.stored += pending
            batch, pending = GraphDelta(), 0
    if pending:
        store.write(batch)
        summary.stored += pending
    summary.failed = len(summary.errors)
    summary.seconds = time.perf_counter() - started
    summary.counts = store.stats()
    return summary


def query(store: Store, cypher: str, params: dict | None = None, write: bool = False) -> QueryResult:
    """Run Cypher on ``store``; read-only unless ``write``."""
    return store.query(cypher, params or {}, write=write)


def neighbourhood(graph: nx.MultiDiGraph, actor: str, depth: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` hops of the actor whose name or alias is ``actor``."""
    wanted = actor.casefold()
    for node, attrs in graph.nodes(data=True):
        names = [attrs.get("name", "")] + list(attrs.get("aliases", []))
        if attrs.get("label") == "Actor" and wanted in (n.casefold() for n in names):
            keep = nx.ego_graph(graph.to_undirected(as_view=True), node, radius=depth)
            return graph.subgraph(keep.nodes).copy()
    raise KeyError(f"no actor named {actor!r} in the store")


def viz(store: Store, output: str | Path, title: str = "diplograph", actor: str | None = None,
        depth: int = 1) -> Path:
    """Draw the stored graph (or one actor's neighbourhood) as a self-contained HTML page."""
    from viz.network import write_html

    graph = store.to_networkx()
    if actor:
        graph = neighbourhood(graph, actor, depth)
    return write_html(graph, output, title)


def demo(store: Store, output: str | Path = "out/demo.html") -> tuple[IngestSummary, Path]:
    """Ingest the shipped samples and draw them: the whole path, no server needed."""
    summary = ingest(sample_paths(), store)
    return summary, viz(store, output, title="diplograph demo")
