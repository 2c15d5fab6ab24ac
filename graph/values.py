"""Turn what a driver returns (nodes, relationships, paths) into plain dicts and lists.

Both stores return the same shapes, so query output, JSON and the ``--cypher`` view do not care
which store answered: a node is ``{"_label": ..., **properties}``, a relationship
``{"_type": ..., "_src": id, "_dst": id, **properties}``, a path
``{"nodes": [...], "relationships": [...]}``.
"""

from __future__ import annotations

from typing import Any

from neo4j.graph import Node as _NeoNode
from neo4j.graph import Path as _NeoPath
from neo4j.graph import Relationship as _NeoRel


def _neo_node(node) -> dict[str, Any]:
    labels = sorted(node.labels)
    base = next(
        (l for l in labels if l in {"Article", "Actor", "Event", "Statement", "Place"}),
        labels[0] if labels else None,
    )
    return {"_label": base, **dict(node)}


def _neo_rel(rel) -> dict[str, Any]:
    return {"_type": rel.type, "_src": rel.start_node.get("id"), "_dst": rel.end_node.get("id"), **dict(rel)}


def _ladybug_entity(value: dict[str, Any], ids: dict[Any, Any]) -> dict[str, Any]:
    clean = {k: v for k, v in value.items() if not k.startswith("_") and v is not None}
    if "_SRC" in value:  # a relationship
        return {
            "_type": value["_LABEL"],
            "_src": ids.get(_key(value["_SRC"])),
            "_dst": ids.get(_key(value["_DST"])),
            **clean,
        }
    return {"_label": value["_LABEL"], **clean}


def _key(internal: dict[str, int]) -> tuple[int, int]:
    return (internal["table"], internal["offset"])


def ladybug_ids(value: Any, ids: dict[tuple[int, int], Any] | None = None) -> dict:
    """Internal LadybugDB node ids -> our ``id`` for every node anywhere in ``value``.

    LadybugDB returns a relationship with the internal ids of its ends; with this map a
    relationship returned beside its end nodes (``RETURN a, r, b``) gets ``_src``/``_dst`` too.
    """
    ids = {} if ids is None else ids
    if isinstance(value, dict):
        if "_ID" in value and "_LABEL" in value and "_SRC" not in value:
            ids[_key(value["_ID"])] = value.get("id")
        for item in value.values():
            ladybug_ids(item, ids)
    elif isinstance(value, (list, tuple)):
        for item in value:
            ladybug_ids(item, ids)
    return ids


def plain(value: Any, ids: dict[tuple[int, int], Any] | None = None) -> Any:
    """A JSON-friendly copy of one returned value (``ids``: see ``ladybug_ids``)."""
    ids = {} if ids is None else ids
    if isinstance(value, _NeoNode):
        return _neo_node(value)
    if isinstance(value, _NeoRel):
        return _neo_rel(value)
    if isinstance(value, _NeoPath):
        return {
            "nodes": [_neo_node(n) for n in value.nodes],
            "relationships": [_neo_rel(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:  # a LadybugDB path
            ids = {**ids, **{_key(n["_ID"]): n.get("id") for n in value["_NODES"]}}
            return {
                "nodes": [_ladybug_entity(n, ids) for n in value["_NODES"]],
                "relationships": [_ladybug_entity(r, ids) for r in value["_RELS"]],
            }
        if "_LABEL" in value and "_ID" in value:
            return _ladybug_entity(value, ids)
        return {k: plain(v, ids) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, ids) for v in value]
    if hasattr(value, "iso_format"):  # neo4j temporal types
        return value.iso_format()
    return value
