"""The embedded store vs Neo4j on the same corpus: batched write throughput, then the latency of
the README's five queries (p50, p95) and of the ingest's look-ups on the graph built.

    python benchmarks/bench_stores.py --articles 10000 [--batch 100] [--runs 20]
        [--neo4j-uri bolt://127.0.0.1:7697]

The corpus is ``benchmarks.synthetic.extraction``: articles' facts built directly (6 actors of
the gazetteer, 2 calls, 4 demands each), so this measures the stores and not the NLP; the same
GraphDeltas are written to both stores in batches of ``--batch`` articles, one transaction each.
Neo4j is cleared first: point ``--neo4j-uri`` only at a throwaway database.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_scale import README_QUERIES, clear_neo4j, percentile  # noqa: E402
from benchmarks.synthetic import extraction  # noqa: E402
from loaders.delta import to_delta  # noqa: E402
from ontology.model import GraphDelta, article_id, digest  # noqa: E402

LOOKUPS = {  # what ingest and users look up by key, with parameters
    "article by sha256": (
        "MATCH (a:Article) WHERE a.sha256 = $sha RETURN count(a)",
        lambda n: {"sha": digest("synthetic", n // 2, size=64)},
    ),
    "article by id": (
        "MATCH (a:Article {id: $id}) RETURN a.title",
        lambda n: {"id": article_id(digest("synthetic", n // 2, size=64))},
    ),
    "actor by name": ("MATCH (a:Actor {name: $name}) RETURN a.id", lambda n: {"name": "Vladimir Putin"}),
    "statements of kind": (
        "MATCH (s:Statement) WHERE s.kind = $kind RETURN count(s)",
        lambda n: {"kind": "Demand"},
    ),
}


def batches(n: int, size: int):
    rng = random.Random(11)
    for start in range(0, n, size):
        merged = GraphDelta()
        for i in range(start, min(n, start + size)):
            merged.update(to_delta(extraction(i, rng)))
        yield merged


def fill(store, n: int, size: int) -> tuple[float, int]:
    """Write ``n`` articles in batches; (seconds spent in store.write, facts written)."""
    spent, facts = 0.0, 0
    for delta in batches(n, size):
        facts += len(delta.nodes) + len(delta.rels)
        started = time.perf_counter()
        store.write(delta)
        spent += time.perf_counter() - started
    return spent, facts


def timings(store, cypher: str, params: dict, runs: int) -> tuple[float, float, int]:
    rows = len(store.query(cypher, params).rows)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        store.query(cypher, params)
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 0.5), percentile(times, 0.95), rows


def measure(name: str, store, args) -> dict:
    seconds, facts = fill(store, args.articles, args.batch)
    c = store.stats()
    print(
        f"{name:8s} wrote {args.articles} articles ({facts} facts before merging) in "
        f"{seconds:7.1f}s: {args.articles / seconds:6.0f} articles/s, {facts / seconds:7.0f} "
        f"facts/s | graph {c['Article']} articles {c['Actor']} actors {c['Event']} events "
        f"{c['Statement']} statements",
        flush=True,
    )
    for label, cypher in README_QUERIES.items():
        p50, p95, rows = timings(store, cypher, {}, args.runs)
        print(f"  {name:8s} {label:22s} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms  ({rows} rows)", flush=True)
    for label, (cypher, params) in LOOKUPS.items():
        p50, p95, rows = timings(store, cypher, params(args.articles), args.runs)
        print(f"  {name:8s} {label:22s} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms  ({rows} rows)", flush=True)
    return {"seconds": seconds, "facts": facts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI"))
    args = parser.parse_args()

    from graph.ladybug_store import LadybugStore

    results = {}
    folder = Path(tempfile.mkdtemp(prefix="dg-stores-"))
    try:
        with LadybugStore(folder / "db") as store:
            results["embedded"] = measure("embedded", store, args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.neo4j_uri:
        from graph.neo4j_store import Neo4jStore

        with Neo4jStore(
            args.neo4j_uri,
            os.environ.get("NEO4J_USER"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE"),
        ) as store:
            clear_neo4j(store)
            results["neo4j"] = measure("neo4j", store, args)
        emb, neo = results["embedded"]["seconds"], results["neo4j"]["seconds"]
        print(
            f"writes, same deltas: neo4j takes {neo / emb:.2f}x the embedded store's time "
            f"(embedded {results['embedded']['facts'] / emb:.0f} facts/s, neo4j "
            f"{results['neo4j']['facts'] / neo:.0f} facts/s)"
        )
    else:
        print("neo4j    skipped: no --neo4j-uri / NEO4J_URI")


if __name__ == "__main__":
    main()
