"""Statements and speakers on unseen news (issue 11, round 7b), each rule on sentences written for
it: a plural title whose "of" phrase lists three or more states speaks for each of them (C2), and
what those states say next ("the five states", "They") is each one's."""

from __future__ import annotations

import pytest

from tests.helpers import extracted, speakers_of

# --- "The presidents of A, B, C and D agreed": one statement per listed state (C2) -------------

_FOUR = {"Norway", "Chile", "Peru", "Ghana"}


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            "The leaders of Norway, Chile, Peru and Ghana agreed on Monday to share fishing data.",
            "share fishing data",
            _FOUR,
        ),
        (
            "The foreign ministers of Norway, Chile, Peru and Ghana agreed on Monday to share fishing data. "
            "The four countries condemned the attack on a patrol boat.",
            "the attack on a patrol boat",
            _FOUR,
        ),
        (
            "The presidents of Norway, Chile, Peru and Ghana agreed on Monday to share fishing data. "
            "They also agreed to hold a joint naval exercise in the spring.",
            "joint naval exercise",
            _FOUR,
        ),
    ],
)
def test_listed_title_speaks_for_each_state(text: str, words: str, want: set[str]) -> None:
    assert speakers_of(extracted(text), words) == want


# --- "A, B, the C and D called on ...": a list parsed as an appositive with conjuncts ----------


def test_state_list_parsed_as_appositive_speaks_for_each() -> None:
    text = (
        "The Netherlands, Saudi Arabia, the Czech Republic and Kenya on Tuesday called on the rebels "
        "to lay down their arms."
    )
    want = {"Netherlands", "Saudi Arabia", "Czech Republic", "Kenya"}
    assert speakers_of(extracted(text), "lay down their arms") == want


# --- "The spokesman for the ministry, Ali Rezaei, said": the named person, no second one -------


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "Iran rejected the report. The spokesman for the Iranian Foreign Ministry, Ali Rezaei, "
            "said the claims were baseless.",
            "claims were baseless",
            "Ali Rezaei",
        ),
        (
            'The spokeswoman for the Foreign Ministry, Maria Lund, rejected the accusation as "absurd".',
            "the accusation",
            "Maria Lund",
        ),
    ],
)
def test_spokesperson_named_in_apposition(text: str, words: str, person: str) -> None:
    x = extracted(text)
    assert speakers_of(x, words) == {person}
    assert not [a for a in x["actors"] if a["name"].lower().endswith(("spokesman", "spokeswoman"))]


# --- "according to state broadcaster Khabar 24": the outlet named after a media noun ------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Tokayev chaired the meeting. According to state broadcaster Khabar 24, he proposed "
            "creating a regional water consortium.",
            "Khabar 24",
        ),
        (
            "According to state broadcaster Radio Tirana, the minister proposed a new customs union.",
            "Radio Tirana",
        ),
    ],
)
def test_outlet_after_media_noun_is_source(text: str, outlet: str) -> None:
    x = extracted(text)
    assert outlet in speakers_of(x, "proposed")
    assert {a["name"]: a["kind"] for a in x["actors"]}.get(outlet) == "Media"
    assert not any(a["name"].lower().startswith("state broadcaster") for a in x["actors"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials met in Lima. Local radio said the border crossing would stay closed.", "Local radio"),
        (
            "The ministers spoke on Tuesday. State television reported that the talks had failed.",
            "State television",
        ),
    ],
)
def test_unnamed_outlet_noun_is_a_media_source(text: str, source: str) -> None:
    # one word list for media nouns: an outlet noun without a name is a Media source too
    x = extracted(text)
    assert {a["name"]: a["kind"] for a in x["actors"]}.get(source) == "Media"


# --- "The statement warned ..." after "A, B and C ... in a joint statement": each party's -------


def test_joint_statement_speaks_for_every_issuer() -> None:
    text = (
        "Brazil, Argentina, Chile and Uruguay on Monday urged the junta to free the detainees, in a joint "
        "statement issued in Montevideo. The statement warned that the four countries would consider "
        "closing their borders."
    )
    want = {"Brazil", "Argentina", "Chile", "Uruguay"}
    assert speakers_of(extracted(text), "closing their borders") == want


# --- 'X "strongly condemned" Y': a quoted cue verb whose subject is outside the quote -----------


@pytest.mark.parametrize(
    "text",
    [
        'Norway "strongly condemned" the attack on the convoy and called on the rebels to release the hostages.',
        'In a statement, the ministers "firmly rejected" the attack on the convoy.',
    ],
)
def test_quoted_cue_verb_is_a_statement(text: str) -> None:
    x = extracted(text)
    assert speakers_of(x, "the attack on the convoy")


# --- "Women's groups in Kabul said": a common-noun possessor is part of the source's name -------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Women's groups in Kabul said the decree would close schools.",
            "close schools",
            "Women's groups in Kabul",
        ),
        (
            "Farmers' unions in northern Belmar have long demanded that the government cut fuel prices.",
            "cut fuel prices",
            "Farmers' unions in northern Belmar",
        ),
    ],
)
def test_common_possessor_kept_in_source_name(text: str, words: str, name: str) -> None:
    assert speakers_of(extracted(text), words) == {name}


# --- "The head of the X's mission, former president Y, told ...": the person in apposition ------


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        (
            "The head of the African Union's observer mission, former Ghanaian president Kwame Mensah, "
            "told reporters in Accra that the vote had been calm. She said the mission had received "
            "few complaints.",
            "the vote had been calm",
            "Kwame Mensah",
        ),
        (
            "The chief negotiator of the Belmar People's Liberation Front (BPLF), Ito Mara Sesay, told "
            "a radio station that the movement would not sign the deal.",
            "would not sign the deal",
            "Ito Mara Sesay",
        ),
    ],
)
def test_role_noun_with_appositive_name_deeper(text: str, words: str, person: str) -> None:
    assert speakers_of(extracted(text), words) == {person}
