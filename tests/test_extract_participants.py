"""Event participants from the trigger's own arguments (issue 10): sentences written for each rule,
and the parse-only rules on hand-built spaCy parses so a model change cannot silently move them."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from loaders.documents import Document
from loaders.extract import extract
from loaders.extract.events import first_person_party, joint_action
from loaders.extract.syntax import object_controller, stray_preps

VOCAB = spacy.blank("en").vocab


def participants(text: str, kind: str) -> list[set[str]]:
    x = extract(Document(text=text, published="2024-03-05")).to_dict()
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [{ids[p["actor"]] for p in e["participants"]} for e in x["events"] if e["kind"] == kind]


# --- sentences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "present", "absent"),
    [
        # a possessive pronoun refers to the person of its gender named before it in the sentence
        (
            "German Chancellor Anna Berg said the plan was sound during her visit to Oslo, Norway.",
            "Visit",
            {"Anna Berg"},
            set(),
        ),
        # object control: the one invited visits, not the one inviting
        (
            "Kenyan President William Ruto invited Indian Prime Minister Narendra Modi to visit Nairobi.",
            "Visit",
            {"Narendra Modi"},
            {"William Ruto"},
        ),
        # who condemns an attack is not its party
        (
            "The United States condemned the attack on the market in Tigray.",
            "Attack",
            set(),
            {"United States"},
        ),
        # the object's party phrase: "severed ties with X"
        ("Ecuador severed ties with Colombia on Monday.", "Other", {"Ecuador", "Colombia"}, set()),
        # the state whose ground is attacked, through the place's possessor
        (
            "Al Shabaab militants attacked a police post in Kenya's north on Monday.",
            "Attack",
            {"Kenya"},
            set(),
        ),
        # a person calling for a ceasefire stands for their state
        (
            "French President Emmanuel Macron called for an immediate ceasefire.",
            "Ceasefire",
            {"France"},
            {"Emmanuel Macron"},
        ),
        # party phrases the parse hangs on the verb above the trigger
        (
            "The ministers voiced concern over troop deployments by North Korea to Russia.",
            "Deployment",
            {"North Korea", "Russia"},
            set(),
        ),
        # a verb trigger inherits the subject of the noun it completes
        (
            "Washington has no intention of deploying missiles in Poland, Biden said.",
            "Deployment",
            {"United States", "Poland"},
            set(),
        ),
        # "from" names the other party of a verb of receiving
        ("The former minister received payments from Libya in 2007.", "Other", {"Libya"}, set()),
        # a between-phrase names all the parties: the host of the talks is not one
        (
            "Brazil hosted talks between Colombia and Venezuela on Monday.",
            "Talks",
            {"Colombia", "Venezuela"},
            {"Brazil"},
        ),
        # the mediator named before a hyphen takes part
        (
            "The U.S.-brokered talks between Armenia and Azerbaijan resumed on Monday.",
            "Talks",
            {"Armenia", "Azerbaijan", "United States"},
            set(),
        ),
        # the subject of a verb of commitment does what it undertakes
        ("Chile and Peru agreed to sign a trade agreement.", "Agreement", {"Chile", "Peru"}, set()),
        # the possessor of the noun the trigger modifies
        (
            "Former president Laurent Dubois used Libyan money to fund his 2007 election campaign.",
            "Election",
            {"Laurent Dubois"},
            set(),
        ),
    ],
)
def test_participants_come_from_the_triggers_arguments(
    text: str, kind: str, present: set[str], absent: set[str]
) -> None:
    found = participants(text, kind)
    assert found, f"no {kind} event"
    assert any(present <= parts and not (absent & parts) for parts in found), found


# --- hand-built parses ---------------------------------------------------------------------------


def parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> Doc:
    return Doc(
        VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=[w.lower() for w in words]
    )


def control_doc(link: str) -> Doc:
    # Chile invited Peru to visit .  /  Chile called on Peru to visit .
    if link == "dobj":
        return parse(
            ["Chile", "invited", "Peru", "to", "visit", "."],
            [1, 1, 1, 4, 1, 1],
            ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
            ["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
            ["NNP", "VBD", "NNP", "TO", "VB", "."],
        )
    if link == "on":
        return parse(
            ["Chile", "called", "on", "Peru", "to", "visit", "."],
            [1, 1, 1, 2, 5, 1, 1],
            ["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "punct"],
            ["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "PUNCT"],
            ["NNP", "VBD", "IN", "NNP", "TO", "VB", "."],
        )
    return parse(  # Chile wanted to visit .
        ["Chile", "wanted", "to", "visit", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "punct"],
        ["PROPN", "VERB", "PART", "VERB", "PUNCT"],
        ["NNP", "VBD", "TO", "VB", "."],
    )


@pytest.mark.parametrize(("link", "controller"), [("dobj", "Peru"), ("on", "Peru"), ("none", None)])
def test_the_object_of_invite_or_call_on_is_the_subject_of_the_infinitive(
    link: str, controller: str | None
) -> None:
    doc = control_doc(link)
    verb = next(t for t in doc if t.text == "visit")
    found = object_controller(verb)
    assert (found.text if found is not None else None) == controller


def test_party_phrases_hung_on_the_verb_above_are_the_nouns() -> None:
    # Ministers regretted strikes by Chile against Peru in May .
    doc = parse(
        ["Ministers", "regretted", "strikes", "by", "Chile", "against", "Peru", "in", "May", "."],
        [1, 1, 1, 1, 3, 1, 5, 1, 7, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj", "punct"],
        ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
        ["NNS", "VBD", "NNS", "IN", "NNP", "IN", "NNP", "IN", "NNP", "."],
    )
    found = stray_preps(doc[2], {"by", "against"})
    assert [p.text for p in found] == ["by", "against"]  # "in May" stops the chain
    assert stray_preps(doc[2], {"with"}) == []


def we_doc(subject: str, verb: str) -> Doc:
    # We/They will impose sanctions .
    return parse(
        [subject, "will", verb, "sanctions", "."],
        [2, 2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj", "punct"],
        ["PRON", "AUX", "VERB", "NOUN", "PUNCT"],
        ["PRP", "MD", "VB", "NNS", "."],
    )


@pytest.mark.parametrize(("subject", "own"), [("We", True), ("They", False)])
def test_an_event_spoken_of_in_the_first_person_is_the_speakers(subject: str, own: bool) -> None:
    doc = we_doc(subject, "impose")
    assert first_person_party(doc[3]) is own


@pytest.mark.parametrize(("verb", "joint"), [("join", True), ("watch", False)])
def test_joining_an_effort_is_joint_action(verb: str, joint: bool) -> None:
    # Peru should join/watch the efforts .
    doc = parse(
        ["Peru", "should", verb, "the", "efforts", "."],
        [2, 2, 2, 4, 2, 2],
        ["nsubj", "aux", "ROOT", "det", "dobj", "punct"],
        ["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
        ["NNP", "MD", "VB", "DT", "NNS", "."],
    )
    assert joint_action(doc[4]) is joint
