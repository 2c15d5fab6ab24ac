"""Which actors exist and how many nodes each gets (issue 10), on sentences written for each class:
a group's name with the phrase that says which group it is, "-man" plurals, transliteration and
hyphen variants of one person, a fuller spelling read before the gazetteer's, and "the militant
group" after the one armed group named."""

from __future__ import annotations

import pytest

from loaders.extract.mentions import group_forms
from ontology.gazetteer import name_key
from tests.helpers import extracted, hand_parsed


def actor(x: dict, name: str) -> dict:
    found = [a for a in x["actors"] if a["name"] == name]
    assert found, [a["name"] for a in x["actors"]]
    return found[0]


def people(x: dict) -> list[dict]:
    return [a for a in x["actors"] if a["kind"] == "Person"]


# --- a group's name keeps what says which group it is ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        ("Critics of the agreement said it would reward aggression.", "Critics", "Critics of the agreement"),
        ("Supporters of the governor said the count was rigged.", "Supporters", "Supporters of the governor"),
        ("Militias in the capital seized the airport on Friday.", "militias", "Militias in the capital"),
        ("Rebels from the north said they had taken the dam.", "rebels", "Rebels from the north"),
        (
            "All parties in Teravia must respect the ceasefire, the envoy said.",
            "Parties",
            "All parties in Teravia",
        ),
    ],
)
def test_group_answers_to_its_narrowed_name(text: str, name: str, form: str) -> None:
    group = actor(extracted(text), name)
    assert form in group["aliases"]


def test_group_forms_on_a_hand_parsed_phrase() -> None:
    # all donors from Asia pledged aid
    doc = hand_parsed(
        ["all", "donors", "from", "Asia", "pledged", "aid"],
        [1, 4, 1, 2, 4, 4],
        ["det", "nsubj", "prep", "pobj", "ROOT", "dobj"],
        pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN"],
    )
    assert set(group_forms(doc[1], 1)) == {"donors from Asia", "all donors", "all donors from Asia"}


def test_a_clause_after_the_group_is_not_its_name() -> None:
    # donors from which we heard (a clause, not a narrowing phrase)
    doc = hand_parsed(
        ["donors", "from", "Asia", "who", "pledged", "aid"],
        [4, 0, 1, 4, 0, 4],
        ["nsubj", "prep", "pobj", "nsubj", "relcl", "dobj"],
        pos=["NOUN", "ADP", "PROPN", "PRON", "VERB", "NOUN"],
    )
    assert group_forms(doc[0], 0) == ["donors from Asia"]
    doc = hand_parsed(
        ["donors", "from", "whom", "aid", "came"],
        [0, 0, 1, 4, 0],
        ["ROOT", "prep", "pobj", "nsubj", "relcl"],
        pos=["NOUN", "ADP", "PRON", "NOUN", "VERB"],
    )
    assert group_forms(doc[0], 0) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked a convoy near the border on Monday, officials said.", "gunmen"),
        ("Militiamen opened fire on the crowd, witnesses said.", "militiamen"),
    ],
)
def test_man_nouns_have_their_own_plural(text: str, name: str) -> None:
    names = {a["name"] for a in extracted(text)["actors"]}
    assert name in names and name + "s" not in names and name.replace("men", "mans") not in names


# --- one person, one node ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bacar", "Bakar"),
        ("Abdourahim Bacar", "Abdurahim Bakar"),
        ("Mansour", "Mansur"),
        ("Nicolas", "Nikolas"),
    ],
)
def test_c_and_k_spellings_share_a_name_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("text", "full", "other"),
    [
        (
            "The rebel leader Abdourahim Said Bacar fled the island on Wednesday. "
            "Officials said Bakar had sought asylum in Mayotte.",
            "Abdourahim Said Bacar",
            "Bakar",
        ),
        (
            "Opposition leader Kofi Mensah-Bonsu told reporters the vote was rigged. "
            "Mensah Bonsu said his party would appeal.",
            "Kofi Mensah-Bonsu",
            "Mensah Bonsu",
        ),
        (
            "Opposition leader Kofi Mensah Bonsu told reporters the vote was rigged. "
            "Mensah-Bonsu said his party would appeal.",
            "Kofi Mensah Bonsu",
            "Mensah-Bonsu",
        ),
        (
            "The foreign minister, Ana Ferreira-Lopes, arrived in Luanda on Monday. "
            "Ferreira Lopes said talks would resume.",
            "Ana Ferreira-Lopes",
            "Ferreira Lopes",
        ),
    ],
)
def test_spelling_variants_of_one_person_are_one_node(text: str, full: str, other: str) -> None:
    x = extracted(text)
    assert [p["name"] for p in people(x)] == [full]
    assert other in people(x)[0]["aliases"]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        (
            "Muhammad bin Salman Al Saud met the envoy on Monday. "
            "Later, Mohammed bin Salman said the kingdom backed the talks.",
            "Mohammed bin Salman",
        ),
        (
            "Sheikh Mohammed bin Zayed Al Nahyan received the delegation on Monday. "
            "Mohammed bin Zayed said the plan had his support.",
            "Mohamed bin Zayed",
        ),
    ],
)
def test_a_fuller_spelling_read_first_is_the_known_person(text: str, known: str) -> None:
    x = extracted(text)
    assert [p["name"] for p in people(x)] == [known]


# --- "the militant group": the one armed group named ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "group", "form"),
    [
        (
            "Al-Shabaab claimed the attack on Friday, and the militant group said more would follow.",
            "Al-Shabaab",
            "militant group",
        ),
        (
            "Hamas fired rockets on Monday, and the militant group said the attack was a reply.",
            "Hamas",
            "militant group",
        ),
    ],
)
def test_the_militant_group_is_the_one_named(text: str, group: str, form: str) -> None:
    x = extracted(text)
    armed = [a for a in x["actors"] if a["kind"] == "ArmedGroup"]
    assert [a["name"] for a in armed] == [group]
    assert any(form in alias for alias in armed[0]["aliases"])


def test_militants_with_no_group_named_stay_a_group_of_their_own() -> None:
    x = extracted("Rebels seized the town on Monday, and the rebel group said it would hold it.")
    assert [a["name"] for a in x["actors"] if a["kind"] == "ArmedGroup"] == ["rebels"]


# --- titles NER keeps in the name; a person who only names a body ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police Commissioner John Kamau said officers had arrested three suspects.", "John Kamau"),
        ("Judge Maria Okafor said the trial would resume on Monday.", "Maria Okafor"),
        ("Cardinal Pietro Lanza said the church would mediate.", "Pietro Lanza"),
    ],
)
def test_a_title_is_no_part_of_a_persons_name(text: str, name: str) -> None:
    assert [p["name"] for p in people(extracted(text))] == [name]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Russian forces shelled Zaporizhzhia overnight, the governor said.", "Zaporizhzhia"),
        ("The rebels recaptured Karvosk on Tuesday, the army said.", "Karvosk"),
    ],
)
def test_a_lone_name_a_place_verb_takes_is_a_town(text: str, town: str) -> None:
    assert town not in {a["name"] for a in extracted(text)["actors"]}


# --- a name after an organisation noun is that organisation -----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The opposition movement Al-Nahda said on Monday it would boycott the vote. "
            "Al Nahda called on its supporters to stay home.",
            "Al-Nahda",
            "Organization",
        ),
        (
            "The militant group Jaish al-Karim claimed the bombing, and Jaish al-Karim said more attacks would follow.",
            "Jaish al-Karim",
            "ArmedGroup",
        ),
    ],
)
def test_a_name_after_an_organisation_noun_is_no_person(text: str, name: str, kind: str) -> None:
    x = extracted(text)
    assert actor(x, name)["kind"] == kind
    assert not people(x)
    assert [a["name"] for a in x["actors"] if a["kind"] == kind] == [
        name
    ]  # "militant group": no node of its own


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Opposition leader Ana Ruiz said the vote was rigged.", "Ana Ruiz"),
        ("AU Commission Chairperson Amadou Sow Diallo said he was deeply concerned.", "Amadou Sow Diallo"),
    ],
)
def test_a_person_after_a_title_stays_a_person(text: str, name: str) -> None:
    assert name in [p["name"] for p in people(extracted(text))]


# --- a body named again by its head noun; forces named with their state after "of" -------------


@pytest.mark.parametrize(
    ("text", "body", "form"),
    [
        (
            "The UN Security Council met on Monday. The council will meet again on Friday to vote.",
            "UN Security Council",
            "the council",
        ),
        (
            "The Norwegian Nobel Committee awarded the prize on Friday. The committee said the choice was unanimous.",
            "Norwegian Nobel Committee",
            "committee",
        ),
        (
            "The National Assembly passed the bill on Tuesday. The assembly also approved the budget.",
            "National Assembly",
            "assembly",
        ),
    ],
)
def test_the_council_is_the_council_named(text: str, body: str, form: str) -> None:
    x = extracted(text)
    found = actor(x, body)
    assert any(form in a.lower() for a in found["aliases"])
    assert not [a for a in x["actors"] if a["name"].lower() in ("council", "committee", "assembly")]


def test_armed_forces_of_a_state_are_its_forces() -> None:
    x = extracted("The Armed Forces of Ukraine said Russian troops had lost 500 men overnight.")
    forces = actor(x, "Ukrainian forces")
    assert "Armed Forces of Ukraine" in forces["aliases"]
    assert not [a for a in x["actors"] if a["name"].startswith("Armed Forces")]


# --- a body's name keeps its "of" phrase; "the ministry" is that body ----------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Nigerian Ministry of Foreign Affairs said the envoys had 48 hours to leave. "
            "The ministry said relations remained cordial.",
            "Nigerian Ministry of Foreign Affairs",
        ),
        (
            "Kenya's Department of Immigration Services suspended the permits on Monday.",
            "Kenyan Department of Immigration Services",
        ),
        (
            "A spokesperson for the Brazilian Ministry of Defence said the troops would stay.",
            "Brazilian Ministry of Defence",
        ),
    ],
)
def test_a_body_is_named_with_its_of_phrase(text: str, body: str) -> None:
    x = extracted(text)
    bodies = [a["name"] for a in x["actors"] if a["kind"] == "GovernmentBody"]
    assert bodies == [body]
    ids = {a["id"]: a["name"] for a in x["actors"]}
    assert {ids[s["speaker"]] for s in x["statements"]} <= {body}


def test_a_state_after_of_is_the_owner_not_the_name() -> None:
    x = extracted("The Ministry of Defence of Chad said the troops would stay.")
    assert not [a for a in x["actors"] if a["name"].endswith("of Chad")]


def test_the_embassy_answers_to_its_place_phrase() -> None:
    x = extracted("The Chinese embassy in Hanoi said the vessels were in Chinese waters.")
    assert "Chinese embassy in Hanoi" in actor(x, "Chinese embassy")["aliases"]
