"""The store interface both backends implement, and the logic they share.

Everything here is plain Cypher on the ontology's base labels, which runs unchanged on Neo4j and on
LadybugDB; a backend only supplies how to run a query and how to commit a batch atomically.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Self

import networkx as nx

from ontology.errors import CredentialsError as CredentialsError
from ontology.errors import QueryError as QueryError
from ontology.errors import ReadOnlyError as ReadOnlyError
from ontology.errors import StoreError as StoreError
from ontology.model import GraphDelta, Node, Rel, article_id, merge_props
from ontology.schema import NODE_TYPES, REL_TYPES, STRINGS, check_label, check_rel_type

# What a parameter looks like in Cypher, and what may hide a "$" that is not one: string literals,
# quoted names and comments. Scanned left to right, so "$" inside a string is never a parameter.
_CYPHER_TOKENS = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|//[^\n]*|/\*.*?\*/"""
    r"|\$(?:(?P<name>[^\W\d]\w*)|`(?P<quoted>[^`]*)`|(?P<number>\d+))"
    r"|`[^`]*`",
    re.DOTALL,
)


def query_parameters(cypher: str) -> list[str]:
    """The names of the ``$parameters`` a Cypher query uses, in order of first use.

    >>> query_parameters("MATCH (a {name: $name}) WHERE a.note <> '$not' RETURN a, $`odd one`, $name")
    ['name', 'odd one']
    """
    names: list[str] = []
    for match in _CYPHER_TOKENS.finditer(cypher):
        name = match.group("name") or match.group("quoted") or match.group("number")
        if name is not None and name not in names:
            names.append(name)
    return names


def check_parameters(cypher: str, params: dict[str, Any] | None) -> None:
    """Refuse a query that uses ``$name`` without a value for it: the embedded store would read
    it as null and answer with an empty table, a wrong answer that looks right.

    >>> check_parameters("RETURN $who", {"who": 1})
    >>> check_parameters("RETURN $who, $when", {})
    Traceback (most recent call last):
    ...
    ontology.errors.QueryError: the query uses $who, $when but no value was given: add -p who=VALUE -p when=VALUE
    """
    missing = [name for name in query_parameters(cypher) if name not in (params or {})]
    if missing:
        uses = ", ".join(f"${name}" for name in missing)
        flags = " ".join(f"-p {name}=VALUE" for name in missing)
        raise QueryError(f"the query uses {uses} but no value was given: add {flags}")


def error_line(exc: BaseException, first_only: bool = False) -> str:
    """A driver's exception as one line for the user: its lines joined (the Neo4j driver spreads
    the reason over several), or with ``first_only`` just the first (LadybugDB puts the query and
    a caret under it).

    >>> error_line(RuntimeError("Binder exception: x\\nMATCH (x)\\n      ^"), first_only=True)
    'Binder exception: x'
    >>> error_line(OSError("Couldn't connect:\\n  Connection refused"))
    "Couldn't connect: Connection refused"
    """
    message = getattr(exc, "message", None) or str(exc)
    if first_only:
        message = (message.strip().splitlines() or [""])[0]
    return " ".join(message.split()) or type(exc).__name__


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def node_rows(nodes: Iterable[Node]) -> list[dict[str, Any]]:
    """One row per node with every property of its label (missing ones as None, lists as [])."""
    rows = []
    for node in nodes:
        props = NODE_TYPES[node.label].properties
        row = {}
        for name, kind in props.items():
            value = node.id if name == "id" else node.props.get(name)
            if kind == STRINGS:
                value = sorted(value or [])
            elif isinstance(value, dict):
                value = json.dumps(value, sort_keys=True)
            row[name] = value
        rows.append(row)
    return rows


def rel_rows(rels: Iterable[Rel]) -> list[dict[str, Any]]:
    rows = []
    for rel in rels:
        props = REL_TYPES[rel.type].properties
        row: dict[str, Any] = {"src": rel.src, "dst": rel.dst}
        row.update({name: rel.props.get(name) for name in props})
        rows.append(row)
    return rows


def group(items: Iterable[Any], key) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out


def merge_node_query(label: str, extra_label: str | None = None) -> str:
    """``UNWIND $rows ... MERGE`` for one label; labels come only from the ontology."""
    check_label(label)
    sets = ", ".join(f"n.`{p}` = row.`{p}`" for p in NODE_TYPES[label].properties if p != "id")
    extra = f" SET n:`{extra_label}`" if extra_label else ""
    return f"UNWIND $rows AS row MERGE (n:`{label}` {{id: row.id}}) SET {sets}{extra}"


def merge_rel_query(rel_type: str, src_label: str, dst_label: str) -> str:
    check_rel_type(rel_type)
    check_label(src_label)
    check_label(dst_label)
    props = REL_TYPES[rel_type].properties
    # the least value wins, as in ``merge_props``, so the graph does not depend on ingest order
    sets = (" SET " + ", ".join(_least(f"r.`{p}`", f"row.`{p}`") for p in props)) if props else ""
    return (
        f"UNWIND $rows AS row MATCH (a:`{src_label}` {{id: row.src}}) "
        f"MATCH (b:`{dst_label}` {{id: row.dst}}) MERGE (a)-[r:`{rel_type}`]->(b){sets}"
    )


def _least(stored: str, new: str) -> str:
    return f"{stored} = CASE WHEN {stored} IS NULL OR {new} < {stored} THEN coalesce({new}, {stored}) ELSE {stored} END"


class Store(ABC):
    """A graph store: write deltas idempotently, run Cypher, read back networkx."""

    name = "store"

    # -- what a backend supplies -------------------------------------------------------------
    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> QueryResult:
        """Run Cypher with parameters; refuse changes unless ``write`` is true."""

    @abstractmethod
    def _write_statements(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        """Run parameterised statements in one transaction: all commit or none."""

    def close(self) -> None:  # noqa: B027 - optional hook, not abstract
        """Release connections and locks."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- shared behaviour --------------------------------------------------------------------
    def write(self, delta: GraphDelta) -> None:
        """Merge ``delta`` into the store in one transaction; writing it again changes nothing.

        Existing property values win and lists (aliases) are unioned, so a second article adds
        to an actor instead of overwriting what the first one said about it.
        """
        nodes = self._merged_with_stored(list(delta.nodes.values()))
        statements: list[tuple[str, dict[str, Any]]] = []
        for (label, kind), items in sorted(
            group(nodes, self._node_group).items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
        ):
            statements.append((merge_node_query(label, kind), {"rows": node_rows(items)}))
        by_type = group(delta.rels.values(), lambda r: (r.type, r.src_label, r.dst_label))
        for (rel_type, src, dst), items in sorted(by_type.items()):
            statements.append((merge_rel_query(rel_type, src, dst), {"rows": rel_rows(items)}))
        if statements:
            self._write_statements(statements)

    def _node_group(self, node: Node) -> tuple[str, str | None]:
        """Neo4j adds the kind of an actor as a second label; the embedded store does not."""
        return (node.label, None)

    def _merged_with_stored(self, nodes: list[Node]) -> list[Node]:
        out = []
        for label, items in group(nodes, lambda n: n.label).items():
            props = [p for p in NODE_TYPES[label].properties if p != "id"]
            stored = self.query(
                # UNWIND + MATCH on the key uses the id index on both stores; `IN $ids` scans
                f"UNWIND $ids AS i MATCH (n:`{label}` {{id: i}}) RETURN n.id, "
                + ", ".join(f"n.`{p}`" for p in props),
                {"ids": [n.id for n in items]},
            )
            known = {row[0]: dict(zip(props, row[1:])) for row in stored.rows}
            for node in items:
                if node.id in known:
                    node = Node(label, node.id, merge_props(known[node.id], node.props))
                out.append(node)
        return out

    def has_article(self, sha256: str) -> bool:
        """Whether an article with this text hash is already stored (for resumable ingests).

        Looked up by the article's id, which is derived from the hash, so it is a key look-up.
        """
        result = self.query("MATCH (a:Article {id: $id}) RETURN a.sha256", {"id": article_id(sha256)})
        return any(row[0] == sha256 for row in result.rows)

    def stats(self) -> dict[str, int]:
        """Node counts per label and relationship counts per type."""
        counts = {}
        for label in NODE_TYPES:
            counts[label] = self.query(f"MATCH (n:`{label}`) RETURN count(n)").rows[0][0]
        for rel_type in REL_TYPES:
            counts[rel_type] = self.query(f"MATCH ()-[r:`{rel_type}`]->() RETURN count(r)").rows[0][0]
        return counts

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole stored graph: nodes keyed by id with ``label`` and their properties, edges
        keyed by relationship type.

        Statement and event views in ``viz`` filter this graph, so it is the one place where a
        store is read in bulk.
        """
        graph = nx.MultiDiGraph()
        for label, node_type in NODE_TYPES.items():
            props = list(node_type.properties)
            result = self.query(f"MATCH (n:`{label}`) RETURN " + ", ".join(f"n.`{p}`" for p in props))
            for row in result.rows:
                attrs = {p: v for p, v in zip(props, row) if v is not None}
                graph.add_node(attrs["id"], label=label, **attrs)
        for rel_type, rel in REL_TYPES.items():
            props = list(rel.properties)
            returns = ", ".join(["a.id", "b.id"] + [f"r.`{p}`" for p in props])
            result = self.query(f"MATCH (a)-[r:`{rel_type}`]->(b) RETURN {returns}")
            for row in result.rows:
                attrs = {p: v for p, v in zip(props, row[2:]) if v is not None}
                graph.add_edge(row[0], row[1], key=rel_type, type=rel_type, **attrs)
        return graph
