"""Owners: the state or organisation a noun belongs to ("Kenya's foreign ministry", "the Russian
president", "the Government of Kazakhstan", "officials in Kyiv").

Two stages ask the same question of the parse. The mention pass (mentions.py) names bodies and forces
after their state before any discourse exists; the discourse pass (resolve.py) resolves role nouns and
proxies ("the spokesman", "officials") to their owners. They read the same phrases with a different
reach, and every difference is a field of :class:`OwnerReach` (the two values ``MENTIONS`` and
``DISCOURSE``), not a second copy of the checks. What the discourse pass adds on top (pronouns,
coreference, conjoined owners) stays in resolve.py, because it needs the discourse.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ontology.gazetteer import Entry

if TYPE_CHECKING:  # mentions.py imports this module: only the type, no import cycle at run time
    from .mentions import Actors

OWNER_KINDS = ("State", "Organization")  # what a demonym or a place can own a noun as


@dataclass(frozen=True)
class OwnerReach:
    """Which phrases around a noun may name its owner, for one caller."""

    modifier_deps: tuple[str, ...]  # a possessor or modifier before the noun ("Kenya's", "Russian")
    demonym_pos: tuple[str, ...]  # parts of speech of a modifier the gazetteer may know as a demonym
    whole_name: bool  # a proper-noun modifier is read with its compound words ("South Sudan")
    preps: tuple[str, ...]  # prepositions whose object owns the noun ("of Kenya", "in Kyiv")
    preps_before: bool  # such a preposition may also stand before the noun in the parse
    place_preps: tuple[str, ...]  # prepositions whose object, a known place, is a state ("from Kenya")


# The mention pass: a body or forces noun and its state, before any discourse exists. "Belarus
# defence ministry" may hang its owner as npadvmod; only "of" names the state after the noun.
MENTIONS = OwnerReach(
    modifier_deps=("poss", "compound", "amod", "nmod", "npadvmod"),
    demonym_pos=("ADJ", "PROPN"),
    whole_name=True,
    preps=("of",),
    preps_before=False,
    place_preps=(),
)

# The discourse pass: a role noun or proxy and whoever it speaks for ("officials from Kenya",
# "the ambassador in Kyiv", "the minister for Africa"); a lower-case noun may be a demonym too.
DISCOURSE = OwnerReach(
    modifier_deps=("poss", "compound", "amod", "nmod"),
    demonym_pos=("ADJ", "PROPN", "NOUN"),
    whole_name=False,
    preps=("of", "from", "at", "for", "in"),
    preps_before=True,
    place_preps=("of", "from"),
)


@dataclass(frozen=True)
class Owner:
    """The actor owning a noun and the token naming it (a possessor or modifier before the noun, or
    the object of a preposition after it); it may not be an actor of the article yet."""

    name: str
    kind: str
    entry: Entry | None
    token: Token


# --- where an owner may be named ----------------------------------------------------------------


def owner_tokens(head: Token, reach: OwnerReach) -> Iterator[tuple[Token, Token | None]]:
    """The tokens that may name the owner of ``head``, in text order, each with its preposition
    (None for a modifier): "Kenya's ministry" gives (Kenya, None), "officials in Kyiv" (Kyiv, in)."""
    for child in head.children:
        if child.dep_ in reach.modifier_deps and child.i < head.i:
            yield child, None
        elif is_owner_prep(child, reach) and (reach.preps_before or child.i > head.i):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield pobj, child


def is_owner_prep(tok: Token, reach: OwnerReach) -> bool:
    """ "the Government [of] Kazakhstan", "officials [in] Kyiv": a preposition on the noun whose
    object may own it."""
    return tok.dep_ == "prep" and tok.lower_ in reach.preps


def name_text(tok: Token) -> str:
    """A proper name with the compound words before it ("South Sudan"), an adjective on its own."""
    if tok.pos_ != "PROPN":
        return tok.text
    start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
    return tok.doc[start : tok.i + 1].text


# --- who the owner is ----------------------------------------------------------------------------


def known_owner(acts: Actors, name: str, tok: Token) -> Owner:
    """An owner by name: its kind as an actor of the article, else as the gazetteer knows it, else a
    state ("Kenya" on "Kenya's ministry")."""
    entry = acts.gaz.get(name)
    kind = acts.kind(name) or (entry.kind if entry else "State")
    return Owner(name, kind, entry, tok)


def demonym_owner(acts: Actors, tok: Token, reach: OwnerReach) -> Owner | None:
    """ "Kenyan forces", "the South Sudan army": a modifier no actor stands on that the gazetteer
    knows as the name or demonym of a state or organisation."""
    if tok.pos_ not in reach.demonym_pos:
        return None
    entry = acts.gaz.by_demonym(name_text(tok) if reach.whole_name else tok.text)
    if entry is None or entry.kind not in OWNER_KINDS:
        return None
    return Owner(entry.name, entry.kind, entry, tok)


def place_owner(acts: Actors, pobj: Token, prep: Token, reach: OwnerReach) -> Owner | None:
    """ "officials from Kenya", "the Government of Kazakhstan": a place the mention pass found, after
    a preposition of origin, owns the noun as the state (or body) the gazetteer knows by that name."""
    place = acts.token_place.get(pobj.i)
    if place is None or prep.lower_ not in reach.place_preps:
        return None
    entry = acts.gaz.get(place) or acts.gaz.lookup(place)
    return Owner(entry.name, entry.kind, entry, pobj) if entry is not None else None


def named_owner(acts: Actors, tok: Token, reach: OwnerReach = MENTIONS) -> Owner | None:
    """The owner a possessor, modifier or "of" object names without the discourse: the actor or
    demonym already found on the token, else a state or organisation the gazetteer knows by this
    name or demonym ("Kenyan", "of Kenya")."""
    name = acts.at(tok) or acts.token_demonym.get(tok.i)
    if name is not None:
        return known_owner(acts, name, tok)
    return demonym_owner(acts, tok, reach)


# --- the mention pass's questions ----------------------------------------------------------------


def owner_before(acts: Actors, head: Token) -> Owner | None:
    """ "Kenya's ministry", "the Belarus defence ministry", "Russian forces": the first owner named
    before a noun."""
    for tok, prep in owner_tokens(head, MENTIONS):
        if prep is None and (owner := named_owner(acts, tok)) is not None:
            return owner
    return None


def owner_of(acts: Actors, head: Token) -> Owner | None:
    """ "the Government of Kazakhstan", "the Foreign Ministry of Kenya": the state after "of"."""
    for tok, prep in owner_tokens(head, MENTIONS):
        owner = named_owner(acts, tok) if prep is not None else None
        if owner is not None and owner.kind == "State":
            return owner
    return None


def owning_state(acts: Actors, head: Token) -> Owner | None:
    """The state owning a noun, named before it or after "of"."""
    owner = owner_before(acts, head)
    if owner is not None and owner.kind == "State":
        return owner
    return owner_of(acts, head)


def ensure_owner(acts: Actors, owner: Owner, surface: str | None = None, *, refresh: bool = False) -> str:
    """Make the owner an actor (a demonym or a preposition's object may not be one yet); its name.
    With ``refresh`` an owner already known still takes this mention (an earlier first sight, the
    surface as an alias)."""
    if refresh or owner.name not in acts.by_name:
        acts.ensure(owner.name, owner.kind, surface, owner.token, entry=owner.entry)
    return owner.name
