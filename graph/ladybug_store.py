"""The embedded default store: LadybugDB (the maintained fork of Kùzu), a folder on disk, no server.

LadybugDB needs a schema up front; it is generated from the ontology. It has no second labels, so
an actor's kind is only the ``kind`` property here: Cypher written on the base labels runs on both
stores.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import ladybug

from ontology.schema import INT, NODE_TYPES, REL_TYPES, STRING, STRINGS

from .store import QueryError, QueryResult, ReadOnlyError, Store, StoreError, error_line
from .values import ladybug_ids, plain

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
            message = error_line(exc, first_only=True)
            if "Could not set lock" in message:  # another process has it open for writing
                holder = re.search(r"held by PID (\d+)", message)
                raise StoreError(
                    f"the embedded store at {self.path} is in use by another process"
                    f"{f' (pid {holder.group(1)})' if holder else ''}; wait for it "
                    f"to finish and try again"
                ) from exc
            raise StoreError(f"cannot open the embedded store at {self.path}: {message}") from exc
        self._conn = ladybug.Connection(self._db)
        if not read_only:
            for statement in schema_statements():
                self._conn.execute(statement)

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> QueryResult:
        if not write and ";" in cypher and self._several_statements(cypher):
            # "COMMIT; CREATE ..." would end the read-only transaction and write after it
            raise ReadOnlyError("a read-only query must be one statement; add --write to run several")
        self._conn.execute("BEGIN TRANSACTION" if write else "BEGIN TRANSACTION READ ONLY")
        try:
            result = self._conn.execute(cypher, params or {})
            if isinstance(result, list):  # several statements: the last one's rows
                result = result[-1]
            columns = result.get_column_names()
            raw = result.get_all()
            ids = ladybug_ids(raw)
            rows = [[plain(v, ids) for v in row] for row in raw]
        except RuntimeError as exc:
            self._rollback()
            message = error_line(exc, first_only=True)
            if "read-only transaction" in message or "read-only database" in message:
                raise ReadOnlyError("the query changes the graph; add --write to allow it") from exc
            raise QueryError(f"query failed: {message}") from exc
        try:
            self._conn.execute("COMMIT")
        except RuntimeError as exc:  # the query itself ended the transaction (COMMIT, ROLLBACK)
            raise QueryError(f"query failed: {error_line(exc, first_only=True)}") from exc
        return QueryResult(columns, rows)

    def _several_statements(self, cypher: str) -> bool:
        """Whether ``cypher`` holds more than one statement (a ';' may also sit in a string)."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            try:
                prepared = self._conn.prepare(cypher)
            except RuntimeError as exc:
                return "multiple statements" in str(exc)
        return not prepared.is_success() and "multiple statements" in prepared.get_error_message()

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError:  # the failed statement already ended the transaction
            pass

    def _write_statements(self, statements: list[tuple[str, dict[str, Any]]]) -> None:
        self._conn.execute("BEGIN TRANSACTION")
        try:
            for cypher, params in statements:
                self._conn.execute(cypher, params)
        except RuntimeError as exc:
            self._rollback()
            raise StoreError(
                f"write failed, nothing of this batch was stored: {error_line(exc, first_only=True)}"
            ) from exc
        self._conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()
        self._db.close()
