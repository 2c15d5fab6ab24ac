"""Extraction on a Dask cluster: the parse and the rules run on the workers, in order, streamed.

The client (the machine running ``diplograph ingest --dask ADDRESS``) reads the documents, sends
them in batches to the workers, and receives ``Extraction`` records back in input order; it keeps
at most ``max_pending`` batches in flight, so memory stays flat however large the corpus. Each
worker process loads the NLP pipeline once (``load_nlp`` is cached per process) and runs
``nlp.pipe`` over a whole batch. The workers never touch a store: writing stays with the one
client, batch by batch, which is what both stores want (one writer for the embedded store, no
MERGE races between writers on Neo4j). This module knows nothing of stores either.

Cluster set-up (each worker machine needs diplograph installed, with its model)::

    dask scheduler                                    # on one machine: tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1   # on every worker machine
    diplograph ingest corpus/ --dask tcp://HOST:8786 --neo4j-uri neo4j+s://...

``ADDRESS`` may also be ``local:N``: a throwaway cluster of N worker processes on this machine.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ontology.errors import ClusterError
from ontology.model import Extraction

from .documents import Document


def extract_guarded(
    docs: Iterable[Document], errors: list[str], nlp=None, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """``extract_many``, except that an article the extractor fails on is recorded in ``errors``
    (one line naming it) and passed over, so one bad article cannot stop a long ingest."""
    from .extract import extract_parsed
    from .extract.pipeline import load_nlp

    nlp = nlp or load_nlp()
    pairs = ((d.text, d) for d in docs)
    for parsed, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        try:
            yield extract_parsed(document, parsed)
        except Exception as exc:  # a bug in a rule stage: report the article, go on
            name = document.source or document.title or f"article {document.sha256[:12]}"
            errors.append(
                f"{name}: the extractor failed ({type(exc).__name__}: "
                f"{' '.join(str(exc).split())[:200]}); not stored"
            )


def extract_batch(docs: list[Document], batch_size: int = 32) -> tuple[list[Extraction], list[str]]:
    """Run on a worker: the extractions of one batch of documents, in order, and the errors."""
    errors: list[str] = []
    return list(extract_guarded(docs, errors, batch_size=batch_size)), errors


def warm_up() -> list[str]:
    """Run on every worker: load the pipeline before the first batch (returns its components)."""
    from .extract.pipeline import load_nlp

    return list(load_nlp().pipe_names)


def connect(address: Any):
    """A ``distributed.Client`` for ``address`` and whether this call created it (and so must
    close it): an existing Client is used as it is; ``local:N`` starts N local worker processes;
    anything else is a scheduler address (``tcp://host:8786``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ClusterError(
            "distributed extraction needs Dask: pip install 'diplograph[distributed]'"
        ) from exc
    if isinstance(address, Client):
        return address, False
    text = str(address)
    if text == "local" or text.startswith("local:"):
        count = text.partition(":")[2] or "2"
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"{text!r}: write local:N with N >= 1 worker processes")
        cluster = LocalCluster(
            n_workers=int(count), threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
        client._diplograph_cluster = cluster  # type: ignore[attr-defined]  # closed with the client, see close()
        return client, True
    try:
        return Client(text, timeout="30s"), True
    except (OSError, TimeoutError, ValueError) as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        raise ClusterError(f"cannot reach the Dask scheduler at {text}: {message}") from exc


def close(client) -> None:
    cluster = getattr(client, "_diplograph_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """``docs`` cut into lists of ``size`` (the last may be shorter), read lazily.

    >>> [len(b) for b in batches(iter([Document("a")] * 5), 2)]
    [2, 2, 1]
    """
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_on_dask(
    docs: Iterable[Document],
    address: Any,
    batch_size: int = 32,
    max_pending: int | None = None,
    errors: list[str] | None = None,
) -> Iterator[Extraction]:
    """The extraction of every document in ``docs``, computed on the Dask cluster at ``address``
    (a scheduler address, ``local:N`` or a ``distributed.Client``), yielded in input order.

    At most ``max_pending`` batches (default: two per worker thread) are in flight at a time, and
    ``docs`` is read only as fast as results come back. An article the extractor fails on is
    recorded in ``errors`` (as ``extract_guarded`` does); a batch that fails as a whole on a
    worker (lost worker, bad input) raises here.
    """
    errors = [] if errors is None else errors

    def results(future) -> list[Extraction]:
        extractions, failed = future.result()
        errors.extend(failed)
        return extractions

    client, owned = connect(address)
    try:
        try:
            client.wait_for_workers(1, timeout=120)
        except TimeoutError as exc:
            raise ClusterError(
                f"the Dask cluster at {client.scheduler.address} has no worker after 120 s"
            ) from exc
        client.run(warm_up)  # every worker loads the pipeline once, in parallel
        threads = sum(client.nthreads().values()) or 1
        limit = max_pending or 2 * threads
        pending: deque = deque()
        for batch in batches(docs, batch_size):
            pending.append(client.submit(extract_batch, batch, batch_size, pure=False))
            while len(pending) >= limit:
                yield from results(pending.popleft())
        while pending:
            yield from results(pending.popleft())
    finally:
        if owned:
            close(client)
