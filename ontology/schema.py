"""The graph model, defined once.

Labels, relationship types and properties here are a public contract: users write Cypher on them.
The Neo4j constraints, the LadybugDB tables and the visual styles are all generated from these
definitions, so a change here needs no edit anywhere else.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, get_args

# The kinds are Literal types, so a type checker holds code to the ontology's names; the tuples
# (what stores, styles and the OWL export iterate over) are read from them, in the same order.
ActorKind = Literal["Person", "State", "Organization", "GovernmentBody", "ArmedGroup", "Group", "Media"]

EventKind = Literal[
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
]

StatementKind = Literal[
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
]

EventStatus = Literal["reported", "planned", "alleged", "denied", "hypothetical"]
StatementMode = Literal["direct", "indirect"]
PlaceKind = Literal["country", "region", "city", "place"]
ParticipantRole = Literal["initiator", "participant", "target"]

ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)
STATEMENT_KINDS: tuple[StatementKind, ...] = get_args(StatementKind)
EVENT_STATUSES: tuple[EventStatus, ...] = get_args(EventStatus)
STATEMENT_MODES: tuple[StatementMode, ...] = get_args(StatementMode)
PLACE_KINDS: tuple[PlaceKind, ...] = get_args(PlaceKind)
PARTICIPANT_ROLES: tuple[ParticipantRole, ...] = get_args(ParticipantRole)

T = TypeVar("T", bound=str)


def _member(values: tuple[T, ...], value: str, what: str) -> T:
    for known in values:
        if known == value:
            return known
    raise ValueError(f"{value!r} is not {what} of the ontology ({', '.join(values)})")


def actor_kind(value: str) -> ActorKind:
    """``value`` as an actor kind; ``ValueError`` if the ontology has no such kind.

    >>> actor_kind("State")
    'State'
    """
    return _member(ACTOR_KINDS, value, "an actor kind")


def event_kind(value: str) -> EventKind:
    """``value`` as an event kind; ``ValueError`` if the ontology has no such kind."""
    return _member(EVENT_KINDS, value, "an event kind")


def statement_kind(value: str) -> StatementKind:
    """``value`` as a statement kind; ``ValueError`` if the ontology has no such kind."""
    return _member(STATEMENT_KINDS, value, "a statement kind")


def event_status(value: str) -> EventStatus:
    """``value`` as an event status; ``ValueError`` if the ontology has no such status."""
    return _member(EVENT_STATUSES, value, "an event status")


def statement_mode(value: str) -> StatementMode:
    """``value`` as a statement mode; ``ValueError`` if the ontology has no such mode.

    >>> statement_mode("sarcastic")
    Traceback (most recent call last):
    ...
    ValueError: 'sarcastic' is not a statement mode of the ontology (direct, indirect)
    """
    return _member(STATEMENT_MODES, value, "a statement mode")


# Property types, named once and translated by each store.
STRING, INT, STRINGS, FLOAT = "string", "int", "strings", "float"


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
                "source_id": STRING,
                "crawled": STRING,
                "minhash": STRING,
            },
            doc="A news report; everything else points back to it. source_id: the record's own id "
            "(JSON Lines id, feed guid, WARC record id); crawled: when the page was fetched; "
            "minhash: the text's MinHash signature, for recognising copies of the story.",
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
        RelType(
            "DUPLICATE_OF",
            ("Article",),
            ("Article",),
            {"similarity": FLOAT},
            doc="A later copy of a story (republished, updated) -> the first one stored; "
            "similarity: estimated Jaccard similarity of the texts' word 3-grams.",
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


# The closed sets of values some properties take (beyond the kinds), for ``diplograph schema``.
PROPERTY_VALUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Event", "status"): EVENT_STATUSES,
    ("Statement", "mode"): STATEMENT_MODES,
    ("PARTICIPATED_IN", "role"): PARTICIPANT_ROLES,
}


def _values_line(name: str, values: tuple[str, ...]) -> str:
    """``name: a | b | c`` wrapped under a label's line."""
    return textwrap.fill(
        f"{name}: {' | '.join(values)}", width=100, initial_indent=" " * 6, subsequent_indent=" " * 8
    )


def _typed(name: str, kind: str) -> str:
    return name if kind == STRING else f"{name}: {'list' if kind == STRINGS else kind}"


def schema_dict() -> dict[str, Any]:
    """The schema as plain data: labels with properties (name -> type), kinds and docs, and
    relationship types with their end labels (what ``diplograph schema --format json`` prints)."""
    return {
        "nodes": {
            label: {
                "properties": dict(t.properties),
                "kinds": list(t.kinds),
                "values": {p: list(v) for (lab, p), v in PROPERTY_VALUES.items() if lab == label},
                "doc": t.doc,
            }
            for label, t in NODE_TYPES.items()
        },
        "relationships": {
            name: {
                "from": list(r.sources),
                "to": list(r.targets),
                "properties": dict(r.properties),
                "values": {p: list(v) for (typ, p), v in PROPERTY_VALUES.items() if typ == name},
                "doc": r.doc,
            }
            for name, r in REL_TYPES.items()
        },
    }


def schema_text() -> str:
    """The schema as Cypher-like text for people: each label with its properties and kinds, each
    relationship type as a pattern.

    >>> text = schema_text()
    >>> "(Actor)-[:PARTICIPATED_IN {role}]->(Event)" in text
    True
    >>> "(Statement|Event|Actor)-[:REPORTED_IN {sentence, start: int, end: int}]->(Article)" in text
    True
    """
    lines = ["Node labels (properties; a type is given where it is not a string)"]
    for label, t in NODE_TYPES.items():
        lines.append(f"  (:{label} {{{', '.join(_typed(p, k) for p, k in t.properties.items())}}})")
        if t.doc:
            lines.append(f"      {t.doc}")
        if t.kinds:
            lines.append(_values_line("kind", t.kinds))
        for (lab, prop), values in PROPERTY_VALUES.items():
            if lab == label:
                lines.append(_values_line(prop, values))
    lines += ["", "Relationship types"]
    for name, r in REL_TYPES.items():
        props = f" {{{', '.join(_typed(p, k) for p, k in r.properties.items())}}}" if r.properties else ""
        lines.append(f"  ({'|'.join(r.sources)})-[:{name}{props}]->({'|'.join(r.targets)})")
        if r.doc:
            lines.append(f"      {r.doc}")
        for (typ, prop), values in PROPERTY_VALUES.items():
            if typ == name:
                lines.append(_values_line(prop, values))
    lines += [
        "",
        "In Neo4j an actor also carries its kind as a second label (:Actor:Person); the embedded",
        "store has the kind property only, so Cypher on the base labels runs on both.",
    ]
    return "\n".join(lines)
