"""Batched writes vs one query per fact, on Neo4j and on the embedded store, in one run.

    python benchmarks/bench_writes.py --articles 200 [--neo4j-uri bolt://127.0.0.1:7687]

Prints facts/s of both ways for each store and their ratio (both ways are warmed up first,
untimed, so that query planning and JIT are not counted). The per-fact baseline is what a
naive loader does: one auto-committed ``MERGE`` per node and per relationship.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_scale import clear_neo4j  # noqa: E402
from benchmarks.synthetic import extraction  # noqa: E402
from graph.store import merge_node_query, merge_rel_query, node_rows, rel_rows  # noqa: E402
from loaders.delta import to_delta  # noqa: E402
from ontology.model import GraphDelta  # noqa: E402


def deltas(n: int) -> list[GraphDelta]:
    rng = random.Random(11)
    return [to_delta(extraction(i, rng)) for i in range(n)]


def facts(items: list[GraphDelta]) -> int:
    return sum(len(d.nodes) + len(d.rels) for d in items)


def batched(store, items: list[GraphDelta], batch: int = 50) -> float:
    started = time.perf_counter()
    for i in range(0, len(items), batch):
        merged = GraphDelta()
        for d in items[i : i + batch]:
            merged.update(d)
        store.write(merged)
    return time.perf_counter() - started


def per_fact(store, items: list[GraphDelta]) -> float:
    """One query, one transaction per node and per relationship."""
    started = time.perf_counter()
    for d in items:
        for node in d.nodes.values():
            store.query(merge_node_query(node.label), {"rows": node_rows([node])}, write=True)
        for rel in d.rels.values():
            store.query(
                merge_rel_query(rel.type, rel.src_label, rel.dst_label), {"rows": rel_rows([rel])}, write=True
            )
    return time.perf_counter() - started


def run(name: str, open_empty, items: list[GraphDelta]) -> None:
    n = facts(items)
    with open_empty() as store:  # warm-up, untimed: query plans, JIT, connections, both ways
        warm = items[:20]
        batched(store, warm)
        per_fact(store, warm)
    with open_empty() as store:
        t_batch = batched(store, items)
    with open_empty() as store:
        t_single = per_fact(store, items)
    print(
        f"{name:9s} batched {n / t_batch:9.0f} facts/s | one query per fact "
        f"{n / t_single:7.0f} facts/s | ratio {t_single / t_batch:6.1f}x  ({n} facts)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI"))
    args = parser.parse_args()
    items = deltas(args.articles)

    from graph.ladybug_store import LadybugStore

    run("embedded", lambda: LadybugStore(Path(tempfile.mkdtemp()) / "db"), items)
    if args.neo4j_uri:
        from graph.neo4j_store import Neo4jStore

        def neo():
            store = Neo4jStore(args.neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
            clear_neo4j(store)
            return store

        run("neo4j", neo, items)
    else:
        print("neo4j     skipped: no --neo4j-uri / NEO4J_URI")


if __name__ == "__main__":
    main()
