"""Dyads over time: who did what to whom, per period, counted in the four PLOVER quad classes.

This is the table event-data users (ICEWS, GDELT, POLECAT) look at first: one row per (source,
target, period) with counts of verbal cooperation, material cooperation, verbal conflict and
material conflict, a net cooperation figure, and, unlike those datasets, the ids of the
statements and events behind every number, so each count leads back to its sentences.

The rows are read with three read-only Cypher queries on the ontology's base labels (they run
unchanged on Neo4j and on the embedded store) and aggregated here in Python, so both stores give
the same rows. What counts as a dyad:

- a statement: its speaker -> each actor it ``TARGETS``;
- an event (not ``denied`` or ``hypothetical``): each initiator -> every other participant; with
  no initiator, each participant -> each target; with plain participants only (a call, a
  meeting), every participant -> every other one, both ways, since the act is mutual.

A fact's quad class is its stored ``quad`` where the store has one, else the class of its PLOVER
type (``ontology.codes.quad_class``); facts without one (a plain report) are counted in ``other``.
The date is the fact's own, else the earliest publication date of the articles reporting it.
At ``level="state"`` people, bodies and forces are rolled up to their state: the first ``State``
reached over ``AFFILIATED_WITH``, else the ``State`` with the actor's ``country`` code (the
gazetteer's when the graph has none); others
(NATO, the OSCE) stay themselves. A fact whose two ends roll up to one state is left out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ontology.codes import QUAD_CLASSES, quad_class
from ontology.gazetteer import load_gazetteer
from ontology.model import actor_id
from ontology.schema import NODE_TYPES

from .store import Store

#: The quad classes in the PLOVER README's order (cooperation first), from the one mapping.
QUADS: tuple[str, ...] = tuple(dict.fromkeys(QUAD_CLASSES.values()))
PERIODS = ("day", "week", "month", "year")  # and "auto" (see ``auto_period``)
LEVELS = ("actor", "state")
#: Event statuses that say the event did not (or not yet surely) happen: not counted.
UNCOUNTED_STATUSES = frozenset({"denied", "hypothetical"})
UNDATED = "undated"


@dataclass(frozen=True)
class Fact:
    """One statement or event between two actors, before roll-up and grouping."""

    id: str
    label: str  # "Statement" or "Event"
    source: str
    target: str
    date: str | None
    quad: str | None


@dataclass
class Actor:
    id: str
    name: str
    kind: str | None
    country: str | None


@dataclass
class DyadRow:
    """One (source, target, period) with its counts and the facts behind them."""

    source: str
    target: str
    period: str
    source_id: str
    target_id: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUADS, 0))
    other: int = 0
    statements: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    @property
    def net_cooperation(self) -> int:
        """Cooperative minus conflictual facts (verbal and material weigh the same)."""
        return sum(self.counts[q] for q in QUADS[:2]) - sum(self.counts[q] for q in QUADS[2:])

    @property
    def total(self) -> int:
        return sum(self.counts.values()) + self.other

    def to_dict(self) -> dict[str, Any]:
        """A flat record: the columns of the CSV and JSON outputs, in order."""
        out: dict[str, Any] = {"source": self.source, "target": self.target, "period": self.period}
        out.update({column(q): n for q, n in self.counts.items()})
        out.update(
            other=self.other,
            total=self.total,
            net_cooperation=self.net_cooperation,
            source_id=self.source_id,
            target_id=self.target_id,
            statements=self.statements,
            events=self.events,
        )
        return out


def column(quad: str) -> str:
    """A quad class as a column name.

    >>> column("verbal conflict")
    'verbal_conflict'
    """
    return quad.replace(" ", "_")


# -- reading (Cypher, read-only, base labels only) ----------------------------------------------
def _quad_expr(var: str, label: str) -> str:
    """``s.quad`` where the schema stores a quad class, else a constant null."""
    return f"{var}.quad" if "quad" in NODE_TYPES[label].properties else "NULL"


def statement_query() -> str:
    return (
        "MATCH (a:Actor)-[:SAID]->(s:Statement)-[:TARGETS]->(b:Actor) "
        "OPTIONAL MATCH (s)-[:REPORTED_IN]->(art:Article) "
        f"RETURN s.id, s.plover, {_quad_expr('s', 'Statement')}, s.date, a.id, b.id, art.published"
    )


def event_query() -> str:
    return (
        "MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e:Event) "
        "OPTIONAL MATCH (e)-[:REPORTED_IN]->(art:Article) "
        f"RETURN e.id, e.plover, {_quad_expr('e', 'Event')}, e.date, e.status, a.id, p.role, "
        "art.published"
    )


ACTOR_QUERY = "MATCH (a:Actor) RETURN a.id, a.name, a.kind, a.country"
AFFILIATION_QUERY = "MATCH (a:Actor)-[:AFFILIATED_WITH]->(b:Actor) RETURN a.id, b.id"


def _earliest(current: str | None, candidate: str | None) -> str | None:
    if not candidate:
        return current
    return candidate if not current or candidate < current else current


def read_facts(store: Store) -> list[Fact]:
    """Every statement and event between two actors, as facts with a date and a quad class."""
    statements: dict[str, dict[str, Any]] = {}
    for sid, plover, quad, date, src, dst, published in store.query(statement_query()).rows:
        item = statements.setdefault(
            sid, {"quad": quad or quad_class(plover), "date": date, "pairs": set(), "published": None}
        )
        item["pairs"].add((src, dst))
        item["published"] = _earliest(item["published"], published)
    events: dict[str, dict[str, Any]] = {}
    for eid, plover, quad, date, status, actor, role, published in store.query(event_query()).rows:
        if status in UNCOUNTED_STATUSES:
            continue
        item = events.setdefault(
            eid, {"quad": quad or quad_class(plover), "date": date, "roles": {}, "published": None}
        )
        item["roles"][actor] = role or "participant"
        item["published"] = _earliest(item["published"], published)
    facts = [
        Fact(sid, "Statement", a, b, item["date"] or item["published"], item["quad"])
        for sid, item in statements.items()
        for a, b in sorted(item["pairs"])
        if a != b
    ]
    for eid, item in events.items():
        for a, b in event_pairs(item["roles"]):
            facts.append(Fact(eid, "Event", a, b, item["date"] or item["published"], item["quad"]))
    return facts


def event_pairs(roles: dict[str, str]) -> list[tuple[str, str]]:
    """Directed (source, target) pairs of an event's participants by their roles.

    >>> event_pairs({"a": "initiator", "b": "target", "c": "participant"})
    [('a', 'b'), ('a', 'c')]
    >>> event_pairs({"a": "participant", "b": "participant"})
    [('a', 'b'), ('b', 'a')]
    >>> event_pairs({"a": "participant", "t": "target"})
    [('a', 't')]
    """
    by_role: dict[str, list[str]] = defaultdict(list)
    for actor, role in sorted(roles.items()):
        by_role[role].append(actor)
    initiators, targets, others = by_role["initiator"], by_role["target"], by_role["participant"]
    if initiators:
        sources, receivers = initiators, targets + others
    elif targets:
        sources, receivers = others, targets
    else:
        sources, receivers = others, others
    return [(a, b) for a in sources for b in receivers if a != b]


def read_actors(store: Store) -> dict[str, Actor]:
    return {row[0]: Actor(row[0], row[1] or row[0], row[2], row[3]) for row in store.query(ACTOR_QUERY).rows}


def state_of(actors: dict[str, Actor], affiliations: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each actor's state: itself if a State, else the first State over AFFILIATED_WITH, else the
    State with its country code, else itself.

    >>> actors = {i: Actor(i, n, k, c) for i, n, k, c in [("ru", "Russia", "State", "RUS"),
    ...     ("putin", "Putin", "Person", "RUS"), ("kremlin", "Kremlin", "GovernmentBody", None),
    ...     ("peskov", "Peskov", "Person", None), ("nato", "NATO", "Organization", None)]}
    >>> m = state_of(actors, [("peskov", "kremlin"), ("kremlin", "ru")])
    >>> m["putin"], m["peskov"], m["nato"]
    ('ru', 'ru', 'nato')
    """
    links: dict[str, list[str]] = defaultdict(list)
    for a, b in affiliations:
        links[a].append(b)
    by_country = {
        a.country: a.id
        for a in sorted(actors.values(), key=lambda a: a.id)
        if a.kind == "State" and a.country
    }

    def find(start: str) -> str:
        seen, frontier = {start}, [start]
        while frontier:
            for node in frontier:
                if node in actors and actors[node].kind == "State":
                    return node
            frontier = [b for node in frontier for b in sorted(links.get(node, [])) if b not in seen]
            seen.update(frontier)
        country = actors[start].country if start in actors else None
        return by_country.get(country, start) if country else start

    return {actor: find(actor) for actor in actors}


def country_states(actors: dict[str, Actor]) -> dict[str, Actor]:
    """A State (from the gazetteer) for each country code that actors carry and no stored State
    has: the extractor makes no node of a state named only in a title ("Lithuania's defence
    minister"), yet its person still rolls up to that state, under the id its node would have.

    >>> country_states({"m": Actor("m", "Lithuanian defence minister", "Person", "LTU")})
    {'actor:lithuania': Actor(id='actor:lithuania', name='Lithuania', kind='State', country='LTU')}
    """
    have = {a.country for a in actors.values() if a.kind == "State"}
    gaz = load_gazetteer()
    out = {}
    for code in sorted({a.country for a in actors.values() if a.country} - have):
        entry = gaz.state_of(code)
        if entry is not None:
            out[actor_id(entry.name)] = Actor(actor_id(entry.name), entry.name, "State", code)
    return out


# -- grouping ---------------------------------------------------------------------------------
def period_of(date: str | None, by: str) -> str:
    """The period a date falls in: ``2022-02-20`` by day, ``2022-W07`` by ISO week, ``2022-02``
    by month, ``2022`` by year; a partial date keeps what it has, no date is ``undated``.

    >>> [period_of("2022-02-20", by) for by in PERIODS]
    ['2022-02-20', '2022-W07', '2022-02', '2022']
    >>> period_of("2022-02", "day"), period_of(None, "month")
    ('2022-02', 'undated')
    """
    if not date:
        return UNDATED
    date = str(date)
    if by == "year":
        return date[:4]
    if by == "month":
        return date[:7]
    if by == "week":
        try:
            year, week, _ = dt.date.fromisoformat(date[:10]).isocalendar()
        except ValueError:
            return date[:7]
        return f"{year}-W{week:02d}"
    return date[:10]


def auto_period(dates: Iterable[str | None]) -> str:
    """A period that gives a readable number of bars: days up to two months, months up to five
    years, years beyond.

    >>> auto_period(["2022-02-20", "2022-03-01"]), auto_period(["2021-01-01", "2022-12-31", None])
    ('day', 'month')
    """
    known = sorted(d[:10] for d in dates if d and len(d) >= 10)
    if not known:
        return "month"
    try:
        span = (dt.date.fromisoformat(known[-1]) - dt.date.fromisoformat(known[0])).days
    except ValueError:
        return "month"
    return "day" if span <= 62 else "month" if span <= 5 * 366 else "year"


def in_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a date lies in ``[since, until]``, either bound an ISO prefix (``2022-02``);
    undated facts are left out as soon as a bound is given.

    >>> in_range("2022-02-20", "2022-02", "2022-02"), in_range(None, "2022", None)
    (True, False)
    """
    if not since and not until:
        return True
    if not date:
        return False
    if since and date[: len(since)] < since:
        return False
    return not (until and date[: len(until)] > until)


def aggregate(
    facts: Iterable[Fact],
    actors: dict[str, Actor],
    by: str = "month",
    roll_up: dict[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
) -> list[DyadRow]:
    """Group facts into dyad rows; a fact counts once per row however many of its actors roll up
    into it. ``actor`` keeps the facts with that actor (by name) at either end, before or after
    roll-up (``--level state --actor "Vladimir Putin"``: Russia's rows of Putin's facts).
    ``by="auto"`` picks the period from the dates' span (``auto_period``)."""
    facts = list(facts)
    if by == "auto":
        by = auto_period(f.date for f in facts)
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    wanted = actor.casefold().strip() if actor else None
    rows: dict[tuple[str, str, str], DyadRow] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for fact in facts:
        if not in_range(fact.date, since, until):
            continue
        src = roll_up.get(fact.source, fact.source) if roll_up else fact.source
        dst = roll_up.get(fact.target, fact.target) if roll_up else fact.target
        if src == dst:
            continue
        src_name, dst_name = _name(actors, src), _name(actors, dst)
        names = (src_name, dst_name, _name(actors, fact.source), _name(actors, fact.target))
        if wanted and wanted not in (n.casefold() for n in names):
            continue
        period = period_of(fact.date, by)
        key = (src, dst, period)
        if key + (fact.id,) in seen:
            continue
        seen.add(key + (fact.id,))
        row = rows.setdefault(key, DyadRow(src_name, dst_name, period, src, dst))
        if fact.quad in row.counts:
            row.counts[fact.quad] += 1
        else:
            row.other += 1
        (row.statements if fact.label == "Statement" else row.events).append(fact.id)
    for row in rows.values():
        row.statements.sort()
        row.events.sort()
    return sorted(rows.values(), key=lambda r: (r.period, r.source, r.target, r.source_id, r.target_id))


def _name(actors: dict[str, Actor], actor_id: str) -> str:
    return actors[actor_id].name if actor_id in actors else actor_id


def dyads(
    store: Store,
    by: str = "month",
    level: str = "actor",
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
) -> list[DyadRow]:
    """The dyad rows of everything stored (see the module's docstring for what counts)."""
    if level not in LEVELS:
        raise ValueError(f"--level must be one of {', '.join(LEVELS)}, not {level!r}")
    actors = read_actors(store)
    roll_up = None
    if level == "state":
        affiliations = [(a, b) for a, b in store.query(AFFILIATION_QUERY).rows]
        actors = {**actors, **country_states(actors)}
        roll_up = state_of(actors, affiliations)
    return aggregate(read_facts(store), actors, by, roll_up, since, until, actor)
