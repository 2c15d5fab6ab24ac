"""The owner checks (loaders/extract/owners.py) on hand-built parses: which state or organisation a
noun belongs to, for the mention pass (MENTIONS) and the discourse pass (DISCOURSE). A change of the
statistical model cannot move them; each table row fails if the check or the reach it tests breaks."""

from __future__ import annotations

from functools import cache

import pytest
from spacy.tokens import Doc

from loaders.extract.mentions import Actors
from loaders.extract.owners import (
    DISCOURSE,
    MENTIONS,
    Owner,
    OwnerReach,
    demonym_owner,
    ensure_owner,
    known_owner,
    name_text,
    named_owner,
    owner_before,
    owner_of,
    owner_tokens,
    owning_state,
    place_owner,
)
from loaders.extract.resolve import Discourse
from ontology.gazetteer import Gazetteer, load_gazetteer
from tests.helpers import hand_parsed


@cache
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def phrase(rows: list[tuple[str, int, str, str]]) -> Doc:
    """A Doc from (word, head, dep, pos) rows; ``head`` is an absolute index."""
    words, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    return hand_parsed(words, heads, deps, pos=pos, lemmas=[w.lower() for w in words])


def actors(doc: Doc) -> Actors:
    return Actors(doc=doc, gaz=gazetteer())


def name_of(owner: Owner | None) -> str | None:
    return owner.name if owner is not None else None


# "Kenya 's ministry said"
POSSESSIVE = [("Kenya", 2, "poss", "PROPN"), ("'s", 0, "case", "PART"), ("ministry", 3, "nsubj", "NOUN")]
POSSESSIVE += [("said", 3, "ROOT", "VERB")]
# "officials in Kyiv said"
IN_CITY = [("officials", 3, "nsubj", "NOUN"), ("in", 0, "prep", "ADP"), ("Kyiv", 1, "pobj", "PROPN")]
IN_CITY += [("said", 3, "ROOT", "VERB")]
# "the Government of Kazakhstan said"
OF_STATE = [("the", 1, "det", "DET"), ("Government", 4, "nsubj", "PROPN"), ("of", 1, "prep", "ADP")]
OF_STATE += [("Kazakhstan", 2, "pobj", "PROPN"), ("said", 4, "ROOT", "VERB")]
# "the Belarus defence ministry said" with the state hung as npadvmod
NPADVMOD = [("the", 3, "det", "DET"), ("Belarus", 3, "npadvmod", "PROPN"), ("defence", 3, "compound", "NOUN")]
NPADVMOD += [("ministry", 4, "nsubj", "NOUN"), ("said", 4, "ROOT", "VERB")]
# "the South Sudan army said"
SOUTH_SUDAN = [("the", 3, "det", "DET"), ("South", 2, "compound", "PROPN"), ("Sudan", 3, "compound", "PROPN")]
SOUTH_SUDAN += [("army", 4, "nsubj", "NOUN"), ("said", 4, "ROOT", "VERB")]
# "kenyan officials said": a lower-case demonym the tagger took for a noun
NOUN_DEMONYM = [
    ("kenyan", 1, "compound", "NOUN"),
    ("officials", 2, "nsubj", "NOUN"),
    ("said", 2, "ROOT", "VERB"),
]
# "Hamas fighters said": an armed group is named, not an owner by demonym
ARMED_MODIFIER = [
    ("Hamas", 1, "compound", "PROPN"),
    ("fighters", 2, "nsubj", "NOUN"),
    ("said", 2, "ROOT", "VERB"),
]
# "the commission of the African Union said"
OF_ORGANISATION = [("the", 1, "det", "DET"), ("commission", 6, "nsubj", "NOUN"), ("of", 1, "prep", "ADP")]
OF_ORGANISATION += [
    ("the", 5, "det", "DET"),
    ("African", 5, "compound", "PROPN"),
    ("Union", 2, "pobj", "PROPN"),
]
OF_ORGANISATION += [("said", 6, "ROOT", "VERB")]


def _head(doc: Doc) -> int:
    return next(t.i for t in doc if t.dep_ == "nsubj")


@pytest.mark.parametrize(
    ("rows", "reach", "expected"),
    [
        (POSSESSIVE, MENTIONS, [("Kenya", None)]),
        (POSSESSIVE, DISCOURSE, [("Kenya", None)]),
        (IN_CITY, DISCOURSE, [("Kyiv", "in")]),  # the discourse pass reads "officials in Kyiv"
        (IN_CITY, MENTIONS, []),  # a body is named after its state only with "of"
        (OF_STATE, MENTIONS, [("Kazakhstan", "of")]),
        (OF_STATE, DISCOURSE, [("Kazakhstan", "of")]),
        (NPADVMOD, MENTIONS, [("Belarus", None), ("defence", None)]),
        (NPADVMOD, DISCOURSE, [("defence", None)]),  # npadvmod is the mention pass's reach only
    ],
)
def test_owner_tokens_are_the_modifiers_and_preposition_objects_of_the_reach(
    rows: list[tuple[str, int, str, str]], reach: OwnerReach, expected: list[tuple[str, str | None]]
) -> None:
    doc = phrase(rows)
    found = [(t.text, p.text if p is not None else None) for t, p in owner_tokens(doc[_head(doc)], reach)]
    assert found == expected


def test_a_preposition_before_the_noun_counts_only_in_the_discourse_reach() -> None:
    # "of Kenya , the ministry said" parsed with the "of" phrase hanging on "ministry"
    doc = phrase(
        [
            ("of", 4, "prep", "ADP"),
            ("Kenya", 0, "pobj", "PROPN"),
            (",", 4, "punct", "PUNCT"),
            ("the", 4, "det", "DET"),
            ("ministry", 5, "nsubj", "NOUN"),
            ("said", 5, "ROOT", "VERB"),
        ]
    )
    assert [t.text for t, _ in owner_tokens(doc[4], DISCOURSE)] == ["Kenya"]
    assert list(owner_tokens(doc[4], MENTIONS)) == []


def test_a_proper_name_is_read_with_its_compounds() -> None:
    doc = phrase(SOUTH_SUDAN)
    assert name_text(doc[2]) == "South Sudan"
    assert name_text(doc[3]) == "army"  # not a proper noun: the word alone


@pytest.mark.parametrize(
    ("rows", "index", "reach", "expected"),
    [
        (SOUTH_SUDAN, 2, MENTIONS, "South Sudan"),  # the whole name
        (SOUTH_SUDAN, 2, DISCOURSE, "Sudan"),  # the word alone
        (NOUN_DEMONYM, 0, DISCOURSE, "Kenya"),  # a noun may be a demonym for the discourse pass
        (NOUN_DEMONYM, 0, MENTIONS, None),  # not for the mention pass
        (NPADVMOD, 2, MENTIONS, None),  # "defence" is nobody's demonym
        (OF_ORGANISATION, 5, MENTIONS, "African Union"),  # an organisation owns too
        (ARMED_MODIFIER, 0, MENTIONS, None),  # the gazetteer knows it, but not as a state or organisation
        (ARMED_MODIFIER, 0, DISCOURSE, None),
    ],
)
def test_a_demonym_owner_is_a_state_or_organisation_the_gazetteer_knows(
    rows: list[tuple[str, int, str, str]], index: int, reach: OwnerReach, expected: str | None
) -> None:
    doc = phrase(rows)
    owner = demonym_owner(actors(doc), doc[index], reach)
    assert name_of(owner) == expected
    if owner is not None:
        assert owner.token.i == index and owner.entry is not None


def test_an_actor_on_the_token_comes_before_the_gazetteer() -> None:
    doc = phrase(POSSESSIVE)
    acts = actors(doc)
    assert name_of(named_owner(acts, doc[0])) == "Kenya"  # the gazetteer's state
    acts.ensure("Kenya Airways", "Company", token=doc[0])
    acts.token_actor[0] = "Kenya Airways"
    owner = named_owner(acts, doc[0])
    assert owner is not None and (owner.name, owner.kind) == ("Kenya Airways", "Company")


def test_a_known_owner_takes_its_kind_from_the_article_then_the_gazetteer_then_state() -> None:
    doc = phrase(POSSESSIVE)
    acts = actors(doc)
    assert known_owner(acts, "African Union", doc[0]).kind == "Organization"
    assert known_owner(acts, "Freedonia", doc[0]).kind == "State"
    acts.ensure("Freedonia", "ArmedGroup", token=doc[0])
    assert known_owner(acts, "Freedonia", doc[0]).kind == "ArmedGroup"


@pytest.mark.parametrize(
    ("rows", "before", "of", "state"),
    [
        (POSSESSIVE, "Kenya", None, "Kenya"),
        (OF_STATE, None, "Kazakhstan", "Kazakhstan"),
        (NPADVMOD, "Belarus", None, "Belarus"),
        (OF_ORGANISATION, None, None, None),  # only a state owns a body after "of"
        (IN_CITY, None, None, None),
    ],
)
def test_the_mention_pass_finds_the_owner_before_the_noun_or_the_state_after_of(
    rows: list[tuple[str, int, str, str]], before: str | None, of: str | None, state: str | None
) -> None:
    doc = phrase(rows)
    acts, head = actors(doc), doc[_head(doc)]
    assert (name_of(owner_before(acts, head)), name_of(owner_of(acts, head))) == (before, of)
    assert name_of(owning_state(acts, head)) == state


def test_an_organisation_before_the_noun_gives_way_to_the_state_after_of() -> None:
    # "the African Union commission of Kenya": the state is the owning state
    doc = phrase(
        [
            ("the", 3, "det", "DET"),
            ("African", 2, "compound", "PROPN"),
            ("Union", 3, "compound", "PROPN"),
            ("commission", 6, "nsubj", "NOUN"),
            ("of", 3, "prep", "ADP"),
            ("Kenya", 4, "pobj", "PROPN"),
            ("said", 6, "ROOT", "VERB"),
        ]
    )
    acts = actors(doc)
    assert name_of(owner_before(acts, doc[3])) == "African Union"
    assert name_of(owning_state(acts, doc[3])) == "Kenya"


def officials_from_city(prep: str) -> tuple[Doc, Actors]:
    """ "officials PREP Nairobi said", with "Nairobi" a place the mention pass found."""
    doc = phrase(
        [
            ("officials", 3, "nsubj", "NOUN"),
            (prep, 0, "prep", "ADP"),
            ("Nairobi", 1, "pobj", "PROPN"),
            ("said", 3, "ROOT", "VERB"),
        ]
    )
    acts = actors(doc)
    acts.token_place[2] = "Nairobi"
    return doc, acts


@pytest.mark.parametrize(
    ("prep", "reach", "expected"),
    [
        ("from", DISCOURSE, "Kenya"),  # "officials from Nairobi": the capital's state
        ("of", DISCOURSE, "Kenya"),
        ("in", DISCOURSE, None),  # where someone is says nothing of whom they speak for
        ("from", MENTIONS, None),  # the mention pass reads no places as owners
    ],
)
def test_a_place_of_origin_owns_the_noun_as_its_state(
    prep: str, reach: OwnerReach, expected: str | None
) -> None:
    doc, acts = officials_from_city(prep)
    owner = place_owner(acts, doc[2], doc[1], reach)
    assert name_of(owner) == expected


@pytest.mark.parametrize(("refresh", "first_token"), [(False, 3), (True, 0)])
def test_ensuring_a_known_owner_again_moves_its_first_sight_only_on_refresh(
    refresh: bool, first_token: int
) -> None:
    doc = phrase(POSSESSIVE)
    acts = actors(doc)
    acts.ensure("Kenya", "State", token=doc[3])
    owner = named_owner(acts, doc[0])
    assert owner is not None
    assert ensure_owner(acts, owner, "Kenya's", refresh=refresh) == "Kenya"
    assert acts.by_name["Kenya"].first_token == first_token
    assert ("Kenya's" in acts.by_name["Kenya"].aliases) is refresh


def test_ensuring_a_new_owner_makes_it_an_actor_of_the_gazetteer_kind() -> None:
    doc = phrase(OF_ORGANISATION)
    acts = actors(doc)
    owner = demonym_owner(acts, doc[5], MENTIONS)
    assert owner is not None and ensure_owner(acts, owner) == "African Union"
    assert acts.by_name["African Union"].kind == "Organization"


# --- the discourse pass's owners: the same checks, resolved in the discourse -----------------------


def test_the_discourse_reads_conjoined_demonyms_and_makes_them_actors() -> None:
    # "the Kenyan and Somali ministers said"
    doc = phrase(
        [
            ("the", 4, "det", "DET"),
            ("Kenyan", 4, "amod", "ADJ"),
            ("and", 1, "cc", "CCONJ"),
            ("Somali", 1, "conj", "ADJ"),
            ("ministers", 5, "nsubj", "NOUN"),
            ("said", 5, "ROOT", "VERB"),
        ]
    )
    acts = actors(doc)
    acts.token_demonym[3] = "Somalia"  # the mention pass found this one
    assert Discourse(acts)._owners(doc[4]) == ["Kenya", "Somalia"]
    assert {"Kenya", "Somalia"} <= set(acts.by_name)


def test_the_discourse_reads_a_place_of_origin_as_its_state() -> None:
    doc, acts = officials_from_city("from")
    assert Discourse(acts)._owners(doc[0]) == ["Kenya"]
    assert "Nairobi" in acts.by_name["Kenya"].aliases
