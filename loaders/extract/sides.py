"""Which side an actor is on: the one home of "whom does this actor stand for".

A person stands for the party they act for (their affiliation: "Putin" is on the side of
"Russia"); a state, a body, an armed group or a person acting for no one stands for itself.
``side_of`` is that rule; the other functions here are the variants the extractor needs, each
built on it and saying why it differs.

Example, with the actors Putin (Person, affiliation Russia), the Russian Defence Ministry
(GovernmentBody, affiliation Russia), Russia (State), Prigozhin (Person, no affiliation) and
Wagner (ArmedGroup)::

    side_of("Putin", acts)                        -> "Russia"
    side_of("Russian Defence Ministry", acts)     -> "Russian Defence Ministry"
    side_of("Russian Defence Ministry", acts, OWNED_KINDS) -> "Russia"
    side_of("Prigozhin", acts)                    -> "Prigozhin"
    states_of(["Putin", "Russia", "Wagner"], acts) -> ["Russia", "Wagner"]
    state_sides(["Putin", "Prigozhin", "Wagner"], acts) -> ["Russia"]
    voice_side("Russian Defence Ministry", acts)  -> "Russia"
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from . import lexicon as L
from .mentions import Actors

PERSONS = frozenset({"Person"})
OWNED_KINDS = None  # any actor with an affiliation stands for it (a body for its state too)


def side_of(name: str, acts: Actors, kinds: Collection[str] | None = PERSONS) -> str:
    """The party ``name`` stands for: its affiliation when it is of one of ``kinds`` (persons by
    default; None for any kind) and has one, else itself (unknown names included)."""
    actor = acts.by_name.get(name)
    if actor is not None and actor.affiliation and (kinds is None or actor.kind in kinds):
        return actor.affiliation
    return name


def states_of(names: Iterable[str], acts: Actors) -> list[str]:
    """The sides of the known actors among ``names``, in order, once each."""
    return list(dict.fromkeys(side_of(n, acts) for n in names if n in acts.by_name))


def state_sides(names: Iterable[str], acts: Actors, kinds: Collection[str] = PERSONS) -> list[str]:
    """The states ``names`` act for, once each: a state itself, an actor of ``kinds`` its
    affiliation. Unlike ``states_of`` an actor standing only for itself (a person acting for no
    state, a group, a body) is dropped: these callers need states, e.g. the parties of a joint act."""
    out: list[str] = []
    for name in names:
        actor = acts.by_name.get(name)
        if actor is None or not (actor.kind == "State" or (actor.kind in kinds and actor.affiliation)):
            continue
        state = side_of(name, acts, kinds)
        if state not in out:
            out.append(state)
    return out


def office_side(name: str, acts: Actors) -> str:
    """The party a person stands for in an armed act: their state only when they hold one of its
    offices (a role whose head is a title: "President", "Prime Minister", "Defence Minister");
    an affiliation read from other words ("the rebel leadership of X", "independence from Y")
    makes a citizen, not an office holder, and a rebel leader fights for himself."""
    actor = acts.by_name.get(name)
    if actor is None or actor.kind != "Person" or not actor.affiliation:
        return name
    head = (actor.role or "").split()[-1:] or [""]
    return actor.affiliation if head[0].lower() in L.TITLE_NOUNS else name


def voice_side(name: str, acts: Actors) -> str:
    """The party a speaker's words speak for: the affiliation of any actor (a ministry speaks for
    its state, as its minister does), but only where that party is an actor of the article: an
    affiliation from the office-holder lexicon may name a state the article never does, and the
    result is compared with names read from the text."""
    owner = side_of(name, acts, OWNED_KINDS)
    return owner if owner in acts.by_name else name
