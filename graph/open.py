"""Choose and open a store from options or the environment.

``--neo4j-uri`` (or ``NEO4J_URI``) selects Neo4j; otherwise the embedded store at ``--store``
(or ``DIPLOGRAPH_STORE``, default ``./diplograph-data``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .store import Store

DEFAULT_STORE = "diplograph-data"


def open_store(
    store: str | None = None,
    neo4j_uri: str | None = None,
    read_only: bool = False,
    password: str | None = None,
    env: Mapping[str, str] = os.environ,
) -> Store:
    """Open the store the options (or environment) name.

    The Neo4j password is ``password`` (e.g. typed at a prompt) or ``NEO4J_PASSWORD``; it is never
    put in a message. ``env`` stands for the environment (tests pass their own).

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
    from .ladybug_store import LadybugStore

    path = store or env.get("DIPLOGRAPH_STORE") or DEFAULT_STORE
    return LadybugStore(path, read_only=read_only)
