"""Choose and open a store from options or the environment.

``--neo4j-uri`` (or ``NEO4J_URI``) selects Neo4j; otherwise the embedded store at ``--store``
(or ``DIPLOGRAPH_STORE``, default ``./diplograph-data``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from .store import Store, StoreError

DEFAULT_STORE = "diplograph-data"


def open_store(
    store: str | None = None,
    neo4j_uri: str | None = None,
    read_only: bool = False,
    password: str | None = None,
    env: Mapping[str, str] = os.environ,
    wait: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Store:
    """Open the store the options (or environment) name.

    The Neo4j password is ``password`` (e.g. typed at a prompt) or ``NEO4J_PASSWORD``; it is never
    put in a message. ``env`` stands for the environment (tests pass their own).
    The embedded store admits one writer and many readers: an open that has to wait for another
    process waits up to ``wait`` seconds (else ``DIPLOGRAPH_WAIT``, else 300), telling ``on_wait``.

    >>> import tempfile, os
    >>> s = open_store(os.path.join(tempfile.mkdtemp(), "db"), env={})
    >>> s.name
    'embedded'
    """
    uri = neo4j_uri or env.get("NEO4J_URI")
    if uri:
        from .neo4j_store import Neo4jStore

        return Neo4jStore(
            uri, env.get("NEO4J_USER"), password or env.get("NEO4J_PASSWORD"), env.get("NEO4J_DATABASE")
        )
    from .ladybug_store import DEFAULT_WAIT, LadybugStore

    path = store or env.get("DIPLOGRAPH_STORE") or DEFAULT_STORE
    if wait is None:
        try:
            wait = float(env.get("DIPLOGRAPH_WAIT") or DEFAULT_WAIT)
        except ValueError as exc:
            raise StoreError(
                f"DIPLOGRAPH_WAIT={env['DIPLOGRAPH_WAIT']!r} is not a number of seconds"
            ) from exc
    return LadybugStore(path, read_only=read_only, wait=wait, on_wait=on_wait)
