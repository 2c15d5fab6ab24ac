"""Extraction -> GraphDelta: the facts of the JSON contract as nodes and relationships.

Because ``extract`` prints the Extraction and ``ingest`` writes this delta of it, both always carry
the same facts.
"""

from __future__ import annotations

from typing import Any

from ontology.model import Extraction, GraphDelta, place_id


def _evidence(record) -> dict:
    return {"sentence": record.evidence, "start": record.start, "end": record.end}


def add_article(
    delta: GraphDelta, article_id: str, source: Any, sha256: str | None, source_id: str | None
) -> None:
    """The Article node of an extraction or of a stored copy: both take the same properties from
    the document they came from (``source`` has title, published, url, outlet, byline, crawled)."""
    delta.add_node(
        "Article",
        article_id,
        title=source.title,
        published=source.published,
        url=source.url,
        outlet=source.outlet,
        byline=source.byline,
        sha256=sha256,
        source_id=source_id,
        crawled=source.crawled,
    )


def event_name(kind: str, participant_names: list[str], date: str | None) -> str:
    """A short display name for an event.

    >>> event_name("PhoneCall", ["Vladimir Putin", "Emmanuel Macron"], "2022-02-20")
    'PhoneCall: Vladimir Putin, Emmanuel Macron (2022-02-20)'
    """
    who = ", ".join(participant_names) or "unknown"
    return f"{kind}: {who}" + (f" ({date})" if date else "")


def to_delta(ex: Extraction) -> GraphDelta:
    """The graph of one article: every node and relationship carries its provenance."""
    delta = GraphDelta()
    art = ex.article
    add_article(delta, art.id, art, art.sha256, art.source_id)
    article = ("Article", art.id)
    names = {a.id: a.name for a in ex.actors}

    for a in ex.actors:
        delta.add_node(
            "Actor",
            a.id,
            name=a.name,
            kind=a.kind,
            aliases=list(a.aliases),
            wikidata=a.wikidata,
            country=a.country,
            role=a.role,
        )
        if a.evidence is not None:
            delta.add_rel("REPORTED_IN", ("Actor", a.id), article, **_evidence(a))
    for a in ex.actors:  # after all actor nodes exist, link them
        if a.affiliation and a.affiliation != a.id:
            delta.add_rel("AFFILIATED_WITH", ("Actor", a.id), ("Actor", a.affiliation), role=a.role)
        for backed in a.backs:
            delta.add_rel("BACKS", ("Actor", a.id), ("Actor", backed))

    for e in ex.events:
        participants = [names.get(p.actor, p.actor) for p in e.participants]
        delta.add_node(
            "Event",
            e.id,
            name=event_name(e.kind, participants, e.date),
            kind=e.kind,
            cameo=e.cameo,
            plover=e.plover,
            quad=e.quad,
            date=e.date,
            status=e.status,
            quantities=e.quantities or None,
        )
        for p in e.participants:
            delta.add_rel("PARTICIPATED_IN", ("Actor", p.actor), ("Event", e.id), role=p.role)
        if e.place:
            delta.add_node("Place", place_id(e.place), name=e.place, kind="place")
            delta.add_rel("IN", ("Event", e.id), ("Place", place_id(e.place)))
        delta.add_rel("REPORTED_IN", ("Event", e.id), article, **_evidence(e))

    for s in ex.statements:
        delta.add_node(
            "Statement",
            s.id,
            text=s.text,
            mode=s.mode,
            cue=s.cue,
            kind=s.kind,
            cameo=s.cameo,
            plover=s.plover,
            quad=s.quad,
            date=s.date or art.published,
        )
        delta.add_rel("SAID", ("Actor", s.speaker), ("Statement", s.id))
        for target in s.targets:
            delta.add_rel("TARGETS", ("Statement", s.id), ("Actor", target))
        if s.event:
            delta.add_rel("DURING", ("Statement", s.id), ("Event", s.event))
        delta.add_rel("REPORTED_IN", ("Statement", s.id), article, **_evidence(s))
    return delta
