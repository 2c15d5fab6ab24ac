"""The records that flow through diplograph.

``Extraction`` is the JSON contract of DESIGN.md (what ``diplograph extract`` prints);
``GraphDelta`` is what a store writes. Loaders turn an Extraction into a GraphDelta, so that
``extract`` and ``ingest`` always carry the same facts.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from .codes import quad_class
from .schema import (
    ActorKind,
    EventKind,
    EventStatus,
    ParticipantRole,
    StatementKind,
    StatementMode,
    check_label,
    check_rel_type,
)


def slug(text: str) -> str:
    """A lowercase ASCII key: the same name always gives the same slug.

    >>> slug("Volodymyr Zelenskiy")
    'volodymyr-zelenskiy'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def digest(*parts: object, size: int = 16) -> str:
    """A short, stable hash of ``parts`` for ids that have no natural key."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:size]


def actor_id(name: str) -> str:
    """Actors are keyed by canonical name, so one actor is one node across articles."""
    return f"actor:{slug(name)}"


def place_id(name: str) -> str:
    return f"place:{slug(name)}"


def article_id(sha256: str) -> str:
    return f"article:{sha256[:16]}"


@dataclass
class ArticleRecord:
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    sha256: str | None = None
    source_id: str | None = None  # the record's own id: JSON Lines id, feed guid, WARC record id
    crawled: str | None = None  # ISO date the page was fetched or crawled


@dataclass
class ActorRecord:
    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    affiliation: str | None = None  # actor id
    role: str | None = None
    wikidata: str | None = None
    backs: list[str] = field(default_factory=list)  # actor ids this actor backs
    evidence: str | None = None  # first mention's sentence
    start: int | None = None
    end: int | None = None


@dataclass
class Participant:
    actor: str  # actor id
    role: ParticipantRole = "participant"


@dataclass
class EventRecord:
    id: str
    kind: EventKind
    cameo: str | None
    plover: str | None
    date: str | None
    status: EventStatus
    participants: list[Participant]
    place: str | None = None
    quantities: dict[str, int] = field(default_factory=dict)
    evidence: str = ""
    start: int = 0
    end: int = 0
    quad: str | None = None  # the PLOVER type's quad class, filled in from ``plover``

    def __post_init__(self) -> None:
        self.quad = self.quad or quad_class(self.plover)


@dataclass
class StatementRecord:
    id: str
    speaker: str  # actor id
    kind: StatementKind
    cameo: str | None
    plover: str | None
    mode: StatementMode
    cue: str
    text: str
    targets: list[str] = field(default_factory=list)  # actor ids
    event: str | None = None  # event id
    evidence: str = ""
    start: int = 0
    end: int = 0
    date: str | None = None
    quad: str | None = None  # the PLOVER type's quad class, filled in from ``plover``

    def __post_init__(self) -> None:
        self.quad = self.quad or quad_class(self.plover)


@dataclass
class Extraction:
    """Everything extracted from one article: the JSON contract of ``diplograph extract``."""

    article: ArticleRecord
    actors: list[ActorRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    statements: list[StatementRecord] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        events = []
        for e in data.get("events", []):
            e = dict(e)
            e["participants"] = [Participant(**p) for p in e.get("participants", [])]
            events.append(EventRecord(**e))
        return cls(
            article=ArticleRecord(**data["article"]),
            actors=[ActorRecord(**a) for a in data.get("actors", [])],
            events=events,
            statements=[StatementRecord(**s) for s in data.get("statements", [])],
        )


@dataclass(frozen=True)
class Node:
    label: str
    id: str
    props: dict[str, Any]

    def __post_init__(self) -> None:
        check_label(self.label)


@dataclass(frozen=True)
class Rel:
    type: str
    src: str
    dst: str
    src_label: str
    dst_label: str
    props: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_rel_type(self.type)
        check_label(self.src_label)
        check_label(self.dst_label)

    @property
    def key(self) -> tuple[str, str, str]:
        """A relationship is identified by its type and endpoints: writing it twice is a no-op."""
        return (self.type, self.src, self.dst)


@dataclass
class GraphDelta:
    """Nodes and relationships to merge into a store; adding the same id twice merges them."""

    nodes: dict[str, Node] = field(default_factory=dict)
    rels: dict[tuple[str, str, str], Rel] = field(default_factory=dict)

    def add_node(self, label: str, id: str, **props: Any) -> None:
        old = self.nodes.get(id)
        if old is not None:
            props = merge_props(old.props, props)
        self.nodes[id] = Node(label, id, props)

    def add_rel(
        self, type: str, src: Node | tuple[str, str], dst: Node | tuple[str, str], **props: Any
    ) -> None:
        src_label, src_id = (src.label, src.id) if isinstance(src, Node) else src
        dst_label, dst_id = (dst.label, dst.id) if isinstance(dst, Node) else dst
        rel = Rel(type, src_id, dst_id, src_label, dst_label, props)
        old = self.rels.get(rel.key)
        if old is not None:
            rel = Rel(type, src_id, dst_id, src_label, dst_label, merge_props(old.props, props))
        self.rels[rel.key] = rel

    def update(self, other: GraphDelta) -> GraphDelta:
        """Merge ``other`` into this delta (for batching several articles into one write)."""
        for n in other.nodes.values():
            self.add_node(n.label, n.id, **n.props)
        for r in other.rels.values():
            self.add_rel(r.type, (r.src_label, r.src), (r.dst_label, r.dst), **r.props)
        return self

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for n in self.nodes.values():
            out[n.label] = out.get(n.label, 0) + 1
        return out


def merge_props(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Union lists (aliases) and keep the least of two differing values, so merging never loses
    information and the result does not depend on the order articles arrive in.

    >>> merge_props({"role": "President", "aliases": ["Putin"]}, {"role": "president", "aliases": ["V. Putin"]})
    {'role': 'President', 'aliases': ['Putin', 'V. Putin']}
    """
    merged = dict(old)
    for key, value in new.items():
        known = merged.get(key)
        if isinstance(value, list) and isinstance(known, list):
            merged[key] = sorted(set(known) | set(value))
        elif known is None:
            merged[key] = value
        elif value is not None and value != known:
            merged[key] = min(known, value, key=_order)
    return merged


def _order(value: Any) -> tuple[str, Any]:
    """A total order over property values of possibly mixed types."""
    return (type(value).__name__, value if isinstance(value, (str, int, float)) else repr(value))
