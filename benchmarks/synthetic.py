"""A synthetic corpus for benchmarks: articles from templates over gazetteer actors.

The texts read like wire reports (calls, demands, accusations, drills) so the extractor does real
work on them; the facts are also built directly as Extractions for store benchmarks that must not
depend on NLP speed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from ontology.gazetteer import load_gazetteer
from ontology.model import (
    ActorRecord,
    ArticleRecord,
    EventRecord,
    Extraction,
    Participant,
    StatementRecord,
    actor_id,
    article_id,
    digest,
)

TEMPLATES = (
    "{a} held a {n}-minute phone call with {b} on {day}, {a_state}'s foreign ministry said.",
    "{a} called on {b_state} to return to talks and warned that time was running out.",
    '"We will not accept any threat to our sovereignty," {a} told reporters in {a_capital}.',
    "{b} accused {a_state} of violating the ceasefire near the border.",
    "{a_state} announced joint military drills with {b_state} involving {troops} troops.",
    "{b} said {b_state} was ready to meet {a} in the coming days.",
    "{a} demanded that {b_state} withdraw its forces from the frontier.",
)


def _people_and_states(rng: random.Random):
    gaz = load_gazetteer()
    people = [e for e in gaz.entries if e.kind == "Person" and e.affiliation and gaz.get(e.affiliation)]
    return gaz, people


def article_text(rng: random.Random, n_sentences: int = 8) -> tuple[str, str]:
    """(text, ISO date) of one synthetic article."""
    gaz, people = _people_and_states(rng)
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(2000))
    lines = []
    for _ in range(n_sentences):
        a, b = rng.sample(people, 2)
        sa, sb = gaz.get(a.affiliation), gaz.get(b.affiliation)
        lines.append(
            rng.choice(TEMPLATES).format(
                a=a.name,
                b=b.name,
                a_state=sa.name,
                b_state=sb.name,
                a_capital=(sa.metonyms or (sa.name,))[0],
                n=rng.randrange(20, 120),
                troops=f"{rng.randrange(1, 40) * 1000:,}",
                day=day.strftime("%A"),
            )
        )
    return " ".join(lines), day.isoformat()


def corpus(n: int, seed: int = 7, sentences: int = 8) -> list[dict]:
    """``n`` JSON Lines records ``{"id", "title", "published", "text"}`` of ``sentences``
    sentences each."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text, published = article_text(rng, sentences)
        out.append({"id": str(i), "title": f"Synthetic report {i}", "published": published, "text": text})
    return out


def extraction(i: int, rng: random.Random, actors_per_article: int = 6) -> Extraction:
    """One article's facts built directly (no NLP): actors, two events, four statements."""
    gaz, people = _people_and_states(rng)
    chosen = rng.sample(people, actors_per_article)
    sha = digest("synthetic", i, size=64)
    art = article_id(sha)
    actors = [
        ActorRecord(
            id=actor_id(p.name),
            name=p.name,
            kind="Person",
            aliases=[p.name.split()[-1]],
            country=p.country,
            role=p.role,
            evidence=f"{p.name} spoke.",
            start=0,
            end=10,
        )
        for p in chosen
    ]
    day = (date(2020, 1, 1) + timedelta(days=rng.randrange(2000))).isoformat()
    events = []
    for k in range(2):
        a, b = rng.sample(actors, 2)
        events.append(
            EventRecord(
                id=f"event:{digest(i, k)}",
                kind="PhoneCall",
                cameo="041",
                plover="CONSULT",
                date=day,
                status="reported",
                participants=[Participant(a.id), Participant(b.id)],
                evidence="They spoke.",
                start=20 * k,
                end=20 * k + 10,
            )
        )
    statements = []
    for k in range(4):
        a, b = rng.sample(actors, 2)
        statements.append(
            StatementRecord(
                id=f"statement:{digest(i, 's', k)}",
                speaker=a.id,
                kind="Demand",
                cameo="100",
                plover="REQUEST",
                mode="indirect",
                cue="demanded",
                text=f"demand {i}.{k}",
                targets=[b.id],
                evidence="He demanded.",
                start=40 + k,
                end=50 + k,
                date=day,
            )
        )
    return Extraction(
        ArticleRecord(id=art, title=f"Synthetic {i}", published=day, sha256=sha), actors, events, statements
    )
