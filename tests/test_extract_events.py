"""Event detection on sentences written for each rule: which events exist (generic words, states,
aims, welcomes and modal announcements are none), later mentions merged into the event they refer
to, and wordings of the guide's kinds and of "Other" acts. Syntax rules also on hand-built parses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from loaders.documents import Document
from loaders.extract import extract
from loaders.extract.events import not_a_happening, trigger_kind
from loaders.extract.syntax import demonstrative
from tests.helpers import hand_parsed


def kinds(text: str) -> list[str]:
    x = extract(Document(text=text, published="2024-03-05")).to_dict()
    return sorted(e["kind"] for e in x["events"])


# --- which events exist -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Any attack on our territory would be answered at once, the minister said.", "Attack"),
        ("The senator said that democracy in the region is under attack.", "Attack"),
        ("The ministers urged Serbia to lift the new border restrictions.", "Other"),
        ("Canada has been working to establish a fund for the farmers of Mali.", "Other"),
        ("Norway welcomed the ceasefire agreed by the two sides on Friday.", "Other"),
        ("Pakistan will defend its territory, the defence minister said on Monday.", "Other"),
        ("Aid groups could not reach the combat areas near the river, the agency said.", "Fighting"),
        ("Ghana called for the immediate release of the crew of the tanker.", "Other"),
        ("The two presidents agreed that a nuclear war can never be won.", "Fighting"),
    ],
)
def test_words_that_name_no_happening_are_no_events(text: str, absent: str) -> None:
    assert absent not in kinds(text)


def test_a_violent_verb_and_the_noun_that_names_it_are_one_event() -> None:
    text = "Four Kenyan soldiers were killed in a bomb attack near Mandera on Monday."
    assert kinds(text).count("Attack") == 1


# --- later mentions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. "
            "After the meeting, Scholz said the two men agreed on most points.",
            "Meeting",
        ),
        (
            "Militants attacked a police post in Kenya's Mandera county on Sunday. "
            "Kenya's president condemned this attack in a statement.",
            "Attack",
        ),
        (
            "Ghana will hold a presidential election on December 7, the commission said. "
            "Its chairwoman said the commission would ensure a credible election.",
            "Election",
        ),
        (
            "Russia launched its special military operation in Ukraine in February 2022. "
            "Putin told Modi about the goals of the special military operation.",
            "Fighting",
        ),
    ],
)
def test_a_later_mention_is_the_same_event(text: str, kind: str) -> None:
    assert kinds(text).count(kind) == 1


def test_the_first_of_a_new_series_is_a_new_event() -> None:
    text = (
        "Japanese and Korean ministers met in Seoul on Monday. "
        "They praised the first trilateral energy ministers meeting, held in Tokyo in May."
    )
    assert kinds(text).count("Meeting") == 2


# --- wordings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ecuador and Venezuela had sent troops to their borders, officials said.", "Deployment"),
        ("Eritrea reported Ethiopian troop movements near the border on Sunday.", "Deployment"),
        ("Hundreds of villagers fled to the town centre on Sunday, police said.", "Evacuation"),
        ("Putin briefed Abbas on the special military operation in Ukraine.", "Fighting"),
        ("Gustavo Petro was sworn in as president of Colombia on Sunday.", "Other"),
        ("President Ruto appointed Musalia Mudavadi as foreign minister on Monday.", "Other"),
        ("Turkey released 12 Greek fishermen on Sunday, the coast guard said.", "Other"),
        ("The United States will supply Kyiv with air defence systems, the Pentagon said.", "Other"),
        ("Tunisia thanked Egypt for the release of its nationals held in Libya.", "Other"),
        ("Washington urged Armenia and Azerbaijan to return to substantive discussions.", "Talks"),
    ],
)
def test_wordings_of_events(text: str, kind: str) -> None:
    assert kind in kinds(text)


# --- syntax on hand-built parses -------------------------------------------------------------


def parse(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return hand_parsed(words, heads, deps, pos=pos, lemmas=lemmas)


def appeal_doc(governor: str) -> Doc:
    # Ministers urged/agreed Serbia to lift sanctions .
    return parse(
        ["Ministers", governor, "Serbia", "to", "lift", "sanctions", "."],
        [1, 1, 1, 4, 1, 4, 1],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"],
        ["NOUN", "VERB", "PROPN", "PART", "VERB", "NOUN", "PUNCT"],
        ["minister", governor, "Serbia", "to", "lift", "sanction", "."],
    )


@pytest.mark.parametrize(("governor", "aim"), [("urge", True), ("ask", True), ("agree", False)])
def test_an_infinitive_asked_for_is_an_aim(governor: str, aim: bool) -> None:
    assert not_a_happening(appeal_doc(governor)[4], "Other") is aim


def test_a_modal_announcement_is_no_act() -> None:
    doc = parse(
        ["Pakistan", "will", "defend", "its", "territory"],
        [2, 2, 2, 4, 2],
        ["nsubj", "aux", "ROOT", "poss", "dobj"],
        ["PROPN", "AUX", "VERB", "PRON", "NOUN"],
        ["Pakistan", "will", "defend", "its", "territory"],
    )
    assert not_a_happening(doc[2], "Other")


@pytest.mark.parametrize(("det", "generic"), [("any", True), ("the", False), ("every", True)])
def test_a_generic_determiner_makes_no_event(det: str, generic: bool) -> None:
    doc = parse(
        [det.capitalize(), "attack", "would", "fail"],
        [1, 3, 3, 3],
        ["det", "nsubj", "aux", "ROOT"],
        ["DET", "NOUN", "AUX", "VERB"],
        [det, "attack", "would", "fail"],
    )
    assert not_a_happening(doc[1], "Attack") is generic


def test_under_bare_noun_is_a_state() -> None:
    doc = parse(
        ["Democracy", "is", "under", "attack"],
        [1, 1, 1, 2],
        ["nsubj", "ROOT", "prep", "pobj"],
        ["NOUN", "AUX", "ADP", "NOUN"],
        ["democracy", "be", "under", "attack"],
    )
    assert not_a_happening(doc[3], "Attack")


@pytest.mark.parametrize(("det", "points"), [("this", True), ("that", True), ("the", False), ("a", False)])
def test_demonstratives_point_back(det: str, points: bool) -> None:
    doc = parse([det, "attack"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"], [det, "attack"])
    assert demonstrative(doc[1]) is points


@pytest.mark.parametrize(("obj", "kind"), [("troops", "Deployment"), ("letters", None)])
def test_sending_forces_is_a_deployment(obj: str, kind: str | None) -> None:
    doc = parse(
        ["Ecuador", "sent", obj, "to", "the", "border"],
        [1, 1, 1, 1, 5, 3],
        ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
        ["PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
        ["Ecuador", "send", obj.rstrip("s"), "to", "the", "border"],
    )
    assert trigger_kind(doc[1]) == kind


@pytest.mark.parametrize(("particle", "kind"), [("in", "Other"), ("off", None)])
def test_sworn_in_is_an_act(particle: str, kind: str | None) -> None:
    doc = parse(
        ["Petro", "was", "sworn", particle],
        [2, 2, 2, 2],
        ["nsubjpass", "auxpass", "ROOT", "prt"],
        ["PROPN", "AUX", "VERB", "ADP"],
        ["Petro", "be", "swear", particle],
    )
    assert trigger_kind(doc[2]) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Border guards of both countries exchanged fire near the crossing on Monday.", "Fighting"),
        ("Canada said it would impose severe costs on Minsk over the arrests.", "Sanction"),
        ("Russian troops were still occupying three Georgian villages on Monday.", "Deployment"),
        ("The students were held hostage by the militants for a week.", "Other"),
        ("The army declared a state of emergency in the capital on Monday.", "Other"),
        ("The Cuban leader transferred power to his brother on Monday.", "Other"),
        ("The bloc removed sanctions on Burma in 2016, officials said.", "Other"),
    ],
)
def test_the_kind_follows_the_object(text: str, kind: str) -> None:
    assert kind in kinds(text)
