"""The graph model, defined once.

Labels, relationship types and properties here are a public contract: users write Cypher on them.
The Neo4j constraints, the LadybugDB tables and the visual styles are all generated from these
definitions, so a change here needs no edit anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_KINDS = ("Person", "State", "Organization", "GovernmentBody", "ArmedGroup", "Group", "Media")

EVENT_KINDS = (
    "PhoneCall",
    "Meeting",
    "Talks",
    "Visit",
    "Summit",
    "Agreement",
    "MilitaryDrill",
    "Deployment",
    "Mobilization",
    "Shelling",
    "Attack",
    "Fighting",
    "Evacuation",
    "Sanction",
    "PrisonerExchange",
    "Ceasefire",
    "CeasefireViolation",
    "Election",
    "Other",
)

STATEMENT_KINDS = (
    "Report",
    "Appeal",
    "Demand",
    "Accusation",
    "Warning",
    "Threat",
    "Denial",
    "Rejection",
    "Agreement",
    "Intent",
    "Criticism",
    "Praise",
    "Announcement",
)

EVENT_STATUSES = ("reported", "planned", "alleged", "denied", "hypothetical")
STATEMENT_MODES = ("direct", "indirect")
PLACE_KINDS = ("country", "region", "city", "place")
PARTICIPANT_ROLES = ("initiator", "participant", "target")

# Property types, named once and translated by each store.
STRING, INT, STRINGS = "string", "int", "strings"


@dataclass(frozen=True)
class NodeType:
    """A node label with its properties; every node has a unique, deterministic ``id``."""

    label: str
    properties: dict[str, str]
    kinds: tuple[str, ...] = ()
    doc: str = ""


@dataclass(frozen=True)
class RelType:
    """A relationship type, the labels it may connect, and its properties."""

    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    properties: dict[str, str] = field(default_factory=dict)
    doc: str = ""


NODE_TYPES: dict[str, NodeType] = {
    t.label: t
    for t in (
        NodeType(
            "Article",
            {
                "id": STRING,
                "title": STRING,
                "published": STRING,
                "url": STRING,
                "outlet": STRING,
                "byline": STRING,
                "sha256": STRING,
            },
            doc="A news report; everything else points back to it.",
        ),
        NodeType(
            "Actor",
            {
                "id": STRING,
                "name": STRING,
                "kind": STRING,
                "aliases": STRINGS,
                "wikidata": STRING,
                "country": STRING,
                "role": STRING,
            },
            kinds=ACTOR_KINDS,
            doc="Someone who acts, speaks, suffers or is addressed.",
        ),
        NodeType(
            "Event",
            {
                "id": STRING,
                "name": STRING,
                "kind": STRING,
                "cameo": STRING,
                "plover": STRING,
                "quad": STRING,
                "date": STRING,
                "status": STRING,
                "quantities": STRING,
            },
            kinds=EVENT_KINDS,
            doc="Something that happened, is planned, alleged or predicted.",
        ),
        NodeType(
            "Statement",
            {
                "id": STRING,
                "text": STRING,
                "mode": STRING,
                "cue": STRING,
                "kind": STRING,
                "cameo": STRING,
                "plover": STRING,
                "quad": STRING,
                "date": STRING,
            },
            kinds=STATEMENT_KINDS,
            doc="An act of saying attributed to an actor.",
        ),
        NodeType(
            "Place",
            {"id": STRING, "name": STRING, "kind": STRING, "wikidata": STRING},
            kinds=PLACE_KINDS,
            doc="A location that is not acting.",
        ),
    )
}

REL_TYPES: dict[str, RelType] = {
    t.type: t
    for t in (
        RelType("SAID", ("Actor",), ("Statement",)),
        RelType("TARGETS", ("Statement",), ("Actor",), doc="Whom a statement addresses or is about."),
        RelType("MENTIONS", ("Statement",), ("Actor", "Place")),
        RelType("DURING", ("Statement",), ("Event",)),
        RelType("PARTICIPATED_IN", ("Actor",), ("Event",), {"role": STRING}),
        RelType("IN", ("Event",), ("Place",)),
        RelType("AFFILIATED_WITH", ("Actor",), ("Actor",), {"role": STRING}),
        RelType("BACKS", ("Actor",), ("Actor",)),
        RelType(
            "REPORTED_IN",
            ("Statement", "Event", "Actor"),
            ("Article",),
            {"sentence": STRING, "start": INT, "end": INT},
            doc="Provenance: the evidence sentence and its character offsets in the body.",
        ),
    )
}


def check_label(label: str) -> str:
    """Return ``label`` if the ontology defines it; labels never come from user text."""
    if label not in NODE_TYPES:
        raise ValueError(f"unknown node label {label!r}")
    return label


def check_rel_type(rel_type: str) -> str:
    """Return ``rel_type`` if the ontology defines it."""
    if rel_type not in REL_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    return rel_type


def check_kind(label: str, kind: str) -> str:
    """Return ``kind`` if it is one of ``label``'s kinds (used as a second Neo4j label)."""
    if kind not in NODE_TYPES[check_label(label)].kinds:
        raise ValueError(f"unknown {label} kind {kind!r}")
    return kind
