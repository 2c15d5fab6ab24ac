"""A made-up graph of any size, shaped like a stored one, for scale tests and benchmarks.

>>> g = synthetic_graph(200)
>>> len(g), sorted({a["label"] for _, a in g.nodes(data=True)})
(200, ['Actor', 'Article', 'Event', 'Place', 'Statement'])
>>> synthetic_graph(200).edges == g.edges  # the same for the same seed
True
"""

from __future__ import annotations

import random

import networkx as nx

from ontology.schema import ACTOR_KINDS, EVENT_KINDS, STATEMENT_KINDS


def synthetic_graph(n_nodes: int = 2000, seed: int = 1) -> nx.MultiDiGraph:
    """About 10% actors, 2% articles, 4% places, 16% events and the rest statements, linked as
    the extractor links them (SAID, TARGETS, DURING, PARTICIPATED_IN, IN, AFFILIATED_WITH,
    REPORTED_IN), dated over two months of 2022."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    n_actors = max(3, n_nodes // 10)
    n_articles = max(1, n_nodes // 50)
    n_places = max(1, n_nodes // 25)
    n_events = max(1, n_nodes * 4 // 25)
    n_statements = max(0, n_nodes - n_actors - n_articles - n_places - n_events)

    def day() -> str:
        return f"2022-{rng.choice(('02', '03'))}-{rng.randint(1, 28):02d}"

    articles = [f"article:{i}" for i in range(n_articles)]
    for a in articles:
        g.add_node(
            a,
            label="Article",
            id=a,
            title=f"Report {a[8:]}",
            published=day(),
            url=f"https://example.org/{a[8:]}",
        )
    actors = [f"actor:{i}" for i in range(n_actors)]
    weights = [1 / (i + 1) for i in range(n_actors)]  # a few actors do most of the talking
    for i, a in enumerate(actors):
        g.add_node(
            a,
            label="Actor",
            id=a,
            name=f"Actor {i}",
            kind=rng.choice(ACTOR_KINDS),
            country=rng.choice(("RUS", "UKR", "USA", "FRA", "DEU", "BLR")),
        )
        g.add_edge(
            a,
            rng.choice(articles),
            key="REPORTED_IN",
            type="REPORTED_IN",
            sentence=f"Actor {i} was mentioned.",
            start=0,
            end=10,
        )
        if i and rng.random() < 0.2:
            g.add_edge(
                a, actors[rng.randrange(i)], key="AFFILIATED_WITH", type="AFFILIATED_WITH", role="member"
            )
    places = [f"place:{i}" for i in range(n_places)]
    for i, p in enumerate(places):
        g.add_node(p, label="Place", id=p, name=f"Place {i}", kind="city")
    events = [f"event:{i}" for i in range(n_events)]
    for i, e in enumerate(events):
        kind: str = rng.choice(EVENT_KINDS)
        g.add_node(e, label="Event", id=e, name=f"{kind} {i}", kind=kind, date=day(), status="reported")
        for a in set(rng.choices(actors, weights, k=rng.randint(2, 3))):
            g.add_edge(a, e, key="PARTICIPATED_IN", type="PARTICIPATED_IN", role="participant")
        g.add_edge(e, rng.choice(places), key="IN", type="IN")
        g.add_edge(
            e,
            rng.choice(articles),
            key="REPORTED_IN",
            type="REPORTED_IN",
            sentence=f"Event {i} happened.",
            start=0,
            end=10,
        )
    for i in range(n_statements):
        s = f"statement:{i}"
        kind = rng.choice(STATEMENT_KINDS)
        g.add_node(
            s,
            label="Statement",
            id=s,
            text=f"Statement number {i}.",
            kind=kind,
            date=day(),
            mode="indirect",
            cue="said",
        )
        speaker = rng.choices(actors, weights)[0]
        g.add_edge(speaker, s, key="SAID", type="SAID")
        for target in set(rng.choices(actors, weights, k=rng.randint(1, 2))) - {speaker}:
            g.add_edge(s, target, key="TARGETS", type="TARGETS")
        if rng.random() < 0.3:
            g.add_edge(s, rng.choice(events), key="DURING", type="DURING")
        g.add_edge(
            s,
            rng.choice(articles),
            key="REPORTED_IN",
            type="REPORTED_IN",
            sentence=f"Statement {i} was made.",
            start=0,
            end=10,
        )
    return g
