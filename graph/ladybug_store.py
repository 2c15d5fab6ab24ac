"""The embedded default store: LadybugDB (the maintained fork of Kùzu), a folder on disk, no server.

LadybugDB needs a schema up front; it is generated from the ontology. It has no second labels, so
an actor's kind is only the ``kind`` property here: Cypher written on the base labels runs on both
stores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ladybug

from ontology.schema import INT, NODE_TYPES, REL_TYPES, STRING, STRINGS

from .store import QueryResult, ReadOnlyError, Store, StoreError
from .values import plain

DB_FILE = "graph.lbug"
_TYPES = {STRING: "STRING", INT: "INT64", STRINGS: "STRING[]"}


def schema_statements() -> list[str]:
    """DDL for every node label and relationship type of the ontology."""
    out = []
    for label, node_type in NODE_TYPES.items():
        cols = ", ".join(f"`{p}` {_TYPES[t]}" for p, t in node_type.properties.items())
        out.append(f"CREATE NODE TABLE IF NOT EXISTS `{label}`({cols}, PRIMARY KEY(id))")
    for rel_type, rel in REL_TYPES.items():
        ends = ", ".join(f"FROM `{s}` TO `{d}`" for s in rel.sources for d in rel.targets)
        cols = "".join(f", `{p}` {_TYPES[t]}" for p, t in rel.properties.items())
        out.append(f"CREATE REL TABLE IF NOT EXISTS `{rel_type}`({ends}{cols})")
    return out


class LadybugStore(Store):
    """A LadybugDB database in the folder ``path`` (created on first use).

    >>> import tempfile, os
    >>> store = LadybugStore(os.path.join(tempfile.mkdtemp(), "db"))
    >>> store.stats()["Actor"]
    0
    """

    name = "embedded"

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        db_file = self.path / DB_FILE
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not an embedded store folder")
        if not read_only:
            self.path.mkdir(parents=True, exist_ok=True)
        elif not db_file.exists():
            raise StoreError(f"no embedded store at {self.path} (ingest something first)")
        try:
            self._db = ladybug.Database(str(db_file), read_only=read_only)
        except RuntimeError as exc:
            raise StoreError(f"cannot open the embedded store at {self.path}: "
                             f"{_first_line(exc)}") from None
        self._conn = ladybug.Connection(self._db)
        if not read_only:
            for statement in schema_statements():
                self._conn.execute(statement)

    def query(self, cypher: str, params: dict[str, Any] | None = None,
              write: bool = False) -> QueryResult:
        self._conn.execute("BEGIN TRANSACTION" if write else "BEGIN TRANSACTION READ ONLY")
        try:
            result = self._conn.execute(cypher, params or {})
            if isinstance(result, list):  # several statements: the last one's rows
                result = result[-1]
            columns = result.get_column_names()
            rows = [[plain(v) for v in row] for row in result.get_all()]
        except RuntimeError as exc:
            self._conn.execute("ROLLBACK")
            message = _first_line(exc)
            if "read-only transaction" in message:
                raise ReadOnlyError("the query changes the graph; add --write to allow it") from None
            raise StoreError(f"query failed: {message}") from None
        self._conn.execute("COMMIT")
        return QueryResult(columns, rows)

    def _write_statements(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        self._conn.execute("BEGIN TRANSACTION")
        try:
            for cypher, params in statements:
                self._conn.execute(cypher, params)
        except RuntimeError as exc:
            self._conn.execute("ROLLBACK")
            raise StoreError(f"write failed, nothing of this batch was stored: "
                             f"{_first_line(exc)}") from None
        self._conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()
        self._db.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
