"""Extraction on a Dask cluster (loaders.distributed): a local cluster of several worker
processes stands in for several machines; the results must be those of a local extraction, in
input order, and an ingest through the cluster must store the same graph."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import api
from benchmarks.synthetic import corpus as synthetic_corpus
from loaders.documents import Document

distributed = pytest.importorskip("distributed", reason="needs the 'distributed' extra (Dask)")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, as `dask worker --nworkers 2 --nthreads 1` runs."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster):
    from distributed import Client

    with Client(cluster) as c:
        yield c


def documents(n: int) -> list[Document]:
    return [
        Document(text=r["text"], title=r["title"], published=r["published"], doc_id=r["id"])
        for r in synthetic_corpus(n, seed=5)
    ]


def test_cluster_extractions_equal_local_ones_in_input_order(client):
    from loaders.distributed import extract_on_dask
    from loaders.extract import extract_many

    docs = documents(9)
    remote = [e.to_dict() for e in extract_on_dask(iter(docs), client, batch_size=2, max_pending=2)]
    local = [e.to_dict() for e in extract_many(docs)]
    assert remote == local
    assert [e["article"]["title"] for e in remote] == [d.title for d in docs]
    # the batches really ran in the worker processes, which loaded the pipeline there
    loaded = client.run(
        lambda: __import__("loaders.extract.pipeline").extract.pipeline.load_nlp.cache_info().currsize
    )
    assert len(loaded) == 2 and all(n >= 1 for n in loaded.values())


def test_ingest_through_the_cluster_stores_the_same_graph(client, tmp_path):
    from graph.ladybug_store import LadybugStore

    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in synthetic_corpus(8, seed=9)))
    with LadybugStore(tmp_path / "local") as store:
        api.ingest([feed], store, batch_size=3)
        expected = store.stats()
    with LadybugStore(tmp_path / "dask") as store:
        summary = api.ingest([feed], store, batch_size=3, dask=client)
        assert (summary.stored, summary.failed) == (8, 0)
        assert store.stats() == expected
        again = api.ingest([feed], store, batch_size=3, dask=client)  # resumable there too
        assert (again.stored, again.skipped) == (0, 8)


def test_cli_ingest_with_a_scheduler_address(cluster, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in synthetic_corpus(4, seed=2)))
    result = CliRunner().invoke(
        __import__("cli").main,
        [
            "ingest",
            str(feed),
            "--store",
            str(tmp_path / "db"),
            "--dask",
            cluster.scheduler_address,
            "--batch-size",
            "2",
        ],
        env={"NEO4J_URI": None, "DIPLOGRAPH_STORE": None},
    )
    assert result.exit_code == 0, result.output
    assert "4 articles: 4 stored, 0 already stored, 0 failed" in result.stdout


def test_a_failing_batch_raises_on_the_client(client):
    from loaders.distributed import extract_on_dask

    with pytest.raises(Exception):  # noqa: B017 - whatever the worker raised, re-raised here
        list(extract_on_dask(iter([Document(text=None)]), client))  # type: ignore[arg-type]
