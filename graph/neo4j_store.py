"""The production store: Neo4j over Bolt with the official driver.

Writes are parameterised ``UNWIND $rows ... MERGE`` statements run in one managed transaction
(the driver retries transient errors), so one batch of articles commits together or not at all.
Every session of a store shares one bookmark manager, so each read follows the store's own earlier
writes even on a cluster, where a read may be served by a member that has not applied them yet (a
single server needs no bookmarks; they cost nothing there).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable, SessionExpired

from ontology.model import Node
from ontology.schema import NODE_TYPES, check_kind

from .store import CredentialsError, QueryError, QueryResult, ReadOnlyError, Store, StoreError, error_line
from .values import plain

# The driver logs connection failures as warnings; with no handler configured, Python would print
# them on stderr next to diplograph's own one-line error. Applications that configure logging
# still get them.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def constraint_statements() -> list[str]:
    """A uniqueness constraint on ``id`` for every label of the ontology (the MERGE key)."""
    return [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.id IS UNIQUE"
        for label in NODE_TYPES
    ]


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

    def __init__(
        self, uri: str, user: str | None = None, password: str | None = None, database: str | None = None
    ) -> None:
        # messages name the URI without any user:password@ part and never hold the password
        self._secrets = [s for s in (password, urlsplit(uri).password) if s]
        self.uri = _without_userinfo(uri)
        self.database = database or None
        auth = (user or "neo4j", password) if password else None
        if urlsplit(uri).scheme not in BOLT_SCHEMES:
            raise StoreError(f"{self.uri} is not a Bolt URI (bolt://host:7687 or neo4j://host:7687)")
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF")
            # the deduplicator's "is this article stored?" must see the batches written before it
            self._bookmarks = neo4j.GraphDatabase.bookmark_manager()
            self._driver.verify_connectivity()
        except AuthError as exc:
            raise CredentialsError(
                f"Neo4j at {self.uri} refused the credentials of user {user or 'neo4j'!r}"
                + ("" if password else " (no password given: set NEO4J_PASSWORD)")
            ) from self._safe(exc)
        except Exception as exc:  # any driver, socket or configuration error: one line
            raise StoreError(
                self._redact(f"cannot reach Neo4j at {self.uri}: {error_line(exc)}")
            ) from self._safe(exc)
        try:
            for statement in constraint_statements() + index_statements():
                self._run_write(lambda tx, s=statement: tx.run(s).consume())
        except Neo4jError as exc:
            self._driver.close()
            raise StoreError(
                self._redact(f"Neo4j at {self.uri} refused to set up the schema: {error_line(exc)}")
            ) from self._safe(exc)

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def _safe(self, exc: BaseException) -> BaseException:
        """``exc`` to chain as a cause, or a redacted stand-in when its text holds a secret (the
        driver repeats a URI with ``user:password@`` in its messages)."""
        text = str(exc)
        if not any(secret in text for secret in self._secrets):
            return exc
        return RuntimeError(f"{type(exc).__name__}: {self._redact(text)}")

    def _session(self):
        return self._driver.session(database=self.database, bookmark_manager=self._bookmarks)

    def _run_write(self, work):
        try:
            with self._session() as session:
                return session.execute_write(work)
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreError(f"lost Neo4j at {self.uri}: {error_line(exc)}") from exc

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> QueryResult:
        def work(tx):
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            return QueryResult(keys, [[plain(v) for v in record.values()] for record in result])

        try:
            with self._session() as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except ClientError as exc:
            if "read access mode" in str(exc.message or "") or exc.code.endswith(
                "ForbiddenDueToTransactionType"
            ):
                raise ReadOnlyError("the query changes the graph; add --write to allow it") from exc
            raise QueryError(f"query failed: {error_line(exc)}") from exc
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreError(f"lost Neo4j at {self.uri}: {error_line(exc)}") from exc
        except Neo4jError as exc:  # transient errors that outlasted the retries, database errors
            raise StoreError(f"query failed: {error_line(exc)}") from exc

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
            raise StoreError(f"write failed, nothing of this batch was stored: {error_line(exc)}") from exc

    def clear(self) -> None:
        """Delete every node and relationship (used by tests on a throwaway database).

        Deletes in chunks of separate transactions, so a large graph does not exhaust the heap.
        """
        with self._session() as session:
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def close(self) -> None:
        self._driver.close()


BOLT_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}


def _without_userinfo(uri: str) -> str:
    """``uri`` without a ``user:password@`` part, for messages."""
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
