"""The production store: Neo4j over Bolt with the official driver.

Writes are parameterised ``UNWIND $rows ... MERGE`` statements run in one managed transaction
(the driver retries transient errors), so one batch of articles commits together or not at all.
"""

from __future__ import annotations

from typing import Any

import neo4j
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable

from ontology.model import Node
from ontology.schema import NODE_TYPES, check_kind

from .store import QueryResult, ReadOnlyError, Store, StoreError
from .values import plain


def constraint_statements() -> list[str]:
    """A uniqueness constraint on ``id`` for every label of the ontology (the MERGE key)."""
    return [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
            f"FOR (n:`{label}`) REQUIRE n.id IS UNIQUE" for label in NODE_TYPES]


def index_statements() -> list[str]:
    """Indexes on the keys users filter on in the README's queries."""
    return [
        "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
        "CREATE INDEX article_sha IF NOT EXISTS FOR (n:Article) ON (n.sha256)",
        "CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind)",
        "CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind)",
    ]


class Neo4jStore(Store):
    """A Neo4j database reached over Bolt; the password is never part of a message."""

    name = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> None:
        self.uri = uri
        self.database = database or None
        auth = (user or "neo4j", password) if password else None
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth,
                                                        notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except AuthError:
            raise StoreError(f"Neo4j at {uri} refused the credentials of user "
                             f"{user or 'neo4j'!r}") from None
        except (ServiceUnavailable, OSError, ValueError, Neo4jError) as exc:
            raise StoreError(f"cannot reach Neo4j at {uri}: {_first_line(exc)}") from None
        for statement in constraint_statements() + index_statements():
            self._run_write(lambda tx, s=statement: tx.run(s).consume())

    def _session(self):
        return self._driver.session(database=self.database)

    def _run_write(self, work):
        try:
            with self._session() as session:
                return session.execute_write(work)
        except ServiceUnavailable as exc:
            raise StoreError(f"lost Neo4j at {self.uri}: {_first_line(exc)}") from None

    def query(self, cypher: str, params: dict[str, Any] | None = None,
              write: bool = False) -> QueryResult:
        def work(tx):
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            return QueryResult(keys, [[plain(v) for v in record.values()] for record in result])

        try:
            with self._session() as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except ClientError as exc:
            if "read access mode" in str(exc.message or "") or exc.code.endswith("ForbiddenDueToTransactionType"):
                raise ReadOnlyError("the query changes the graph; add --write to allow it") from None
            raise StoreError(f"query failed: {_first_line(exc)}") from None
        except ServiceUnavailable as exc:
            raise StoreError(f"lost Neo4j at {self.uri}: {_first_line(exc)}") from None

    def _node_group(self, node: Node) -> tuple[str, str | None]:
        kind = node.props.get("kind")
        if node.label == "Actor" and kind:
            return (node.label, check_kind(node.label, kind))
        return (node.label, None)

    def _write_statements(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        def work(tx):
            for cypher, params in statements:
                tx.run(cypher, params).consume()

        try:
            self._run_write(work)
        except Neo4jError as exc:
            raise StoreError(f"write failed, nothing of this batch was stored: "
                             f"{_first_line(exc)}") from None

    def clear(self) -> None:
        """Delete every node and relationship (used by tests on a throwaway database)."""
        self._run_write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())

    def close(self) -> None:
        self._driver.close()


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return message.strip().splitlines()[0]
