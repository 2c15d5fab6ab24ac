"""Which mentions become actors on unseen news (issue 10, actors): states named only as places,
NER noise, collective groups that act, and later references that must meet the actor named first.
Sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from loaders.extract.mentions import _with_name_particle
from tests.helpers import extracted

run = extracted


def names(x: dict) -> set[str]:
    return {a["name"] for a in x["actors"]}


# --- a state named only as a place --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Twelve monitors arrived from Chile and Peru on Monday, the commission said.", "Peru"),
        ("The envoy said the money was moved via Uruguay to several banks.", "Uruguay"),
        ("Mexico's foreign minister said talks would be held in Guatemala next week.", "Guatemala"),
        ("Observers from Ghana arrived from Senegal, the union said.", "Senegal"),
    ],
)
def test_a_state_named_only_where_something_happens_is_no_actor(text: str, place: str) -> None:
    assert place not in names(run(text))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The union appealed to Ghana to respect the vote.", "Ghana"),
        ("He received payments from Uruguay, the prosecutor said.", "Uruguay"),
        ("Peru accused Chile of violating the accord.", "Chile"),
    ],
)
def test_a_state_addressed_or_giving_stays_an_actor(text: str, state: str) -> None:
    assert state in names(run(text))


def test_troops_whose_state_is_not_said_are_no_actor() -> None:
    x = run("Lima said the 5,000 troops it keeps in Bolivia were holding drills with its ally.")
    assert not any(n.lower() == "troops" for n in names(x))


# --- NER noise: things named like organisations ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        (
            "Norway condemned the launch of a Long Range Cruise Missile by the junta.",
            "Long Range Cruise Missile",
        ),
        ("Delegates left the Halifax Conference early, Canada said.", "Halifax Conference"),
        ("Peru reported a rise in COVID-19 cases, the health minister said.", "COVID-19"),
        ("Protesters gathered outside the Bahia Blanca terminal, Argentina said.", "Bahia Blanca"),
    ],
)
def test_weapons_meetings_diseases_and_modifiers_are_no_actors(text: str, noise: str) -> None:
    assert not any(noise.lower() in n.lower() for n in names(run(text)))


def test_a_name_particle_left_out_by_ner_stays_in_the_name() -> None:
    words = ["President", "Abdel", "Karim", "el", "-", "Tayeb", "called", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    spaces = [True, True, True, False, False, True, False, False]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"]
    doc = Doc(English().vocab, words=words, spaces=spaces, pos=pos, ents=ents)
    assert _with_name_particle(doc.ents[0]).text == "Abdel Karim el-Tayeb"
    doc = Doc(
        English().vocab,
        words=["Karim", "el", "said"],
        pos=["PROPN", "PROPN", "VERB"],
        ents=["B-PERSON", "O", "O"],
    )
    assert _with_name_particle(doc.ents[0]).text == "Karim"


# --- one node per actor ------------------------------------------------------------------------


def test_a_surname_spelt_another_way_is_the_same_person() -> None:
    x = run(
        "Iraqi Foreign Minister Fuad Shaqi met Turkish envoy Ali Demir on Monday. "
        "Shaki told Demir that the border would reopen."
    )
    assert "Shaki" not in names(x)
    shaqi = next(a for a in x["actors"] if a["name"] == "Fuad Shaqi")
    assert "Shaki" in shaqi["aliases"]


@pytest.mark.parametrize(
    ("text", "named", "generic"),
    [
        (
            "The Andean Community said it would send observers to Peru. Later the regional body said "
            "the vote had been fair.",
            "Andean Community",
            "regional body",
        ),
        (
            "Reuters reported that the talks had failed. In a statement, the news agency said its "
            "reporters had seen the document.",
            "Reuters",
            "news agency",
        ),
    ],
)
def test_a_definite_generic_noun_is_the_organisation_named_before(
    text: str, named: str, generic: str
) -> None:
    x = run(text)
    assert not any(n.lower() == generic for n in names(x))
    assert named in names(x)


def test_part_of_a_full_name_is_the_same_organisation() -> None:
    x = run(
        "Observers will report after the electoral commission releases results. Maria Lopes, spokeswoman for "
        "Bolivia's Supreme Electoral Commission, said counting had begun."
    )
    lowered = {n.lower() for n in names(x)}
    assert "electoral commission" not in lowered


# --- collective groups that act, speak or are addressed ---------------------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Chile urged the international community to send aid to the flooded north.",
            "international community",
        ),
        ("Peru will consult closely with our allies and partners on the sanctions.", "allies and partners"),
        ("Bolivian officials accused Chile of blocking the port, the ministry said.", "Bolivian officials"),
        ("Norway held talks with regional counterparts in Oslo on Monday.", "regional counterparts"),
        ("The Danish delegation rejected the draft text.", "Danish delegation"),
    ],
)
def test_a_collective_group_that_acts_or_is_addressed_is_an_actor(text: str, group: str) -> None:
    assert group.lower() in {n.lower() for n in names(run(text))}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Uruguay said it would keep talking with foreign partners about the loan.", "partners"),
        ("Chile said Japanese business communities had invested in the mine.", "communities"),
        ("Peru said the two leaders would empower senior officials to keep talking.", "officials"),
    ],
)
def test_parties_named_before_or_bystanders_make_no_collective(text: str, word: str) -> None:
    assert not any(word in n.lower() for n in names(run(text)))


# --- spelling variants of one person or organisation meet in one node -----------------------------


@pytest.mark.parametrize(
    ("text", "full", "variant"),
    [
        (  # a middle part left out, another transliteration of the given name
            "Interior Minister Mohamed Ould Sidi Tarwa met the envoy of Mali. Mohammed Ould Tarwa said "
            "the border would reopen.",
            "Mohamed Ould Sidi Tarwa",
            "Mohammed Ould Tarwa",
        ),
        (  # a hyphened particle written apart, and the surname alone
            "Militia commander Abu Sami al-Harbi said his men would hold the bridge. Al Harbi told "
            "reporters the army had retreated.",
            "Abu Sami al-Harbi",
            "Al Harbi",
        ),
    ],
)
def test_a_shortened_or_respelled_name_is_the_same_person(text: str, full: str, variant: str) -> None:
    x = run(text)
    assert variant not in names(x)
    person = next(a for a in x["actors"] if a["name"] == full)
    assert variant in person["aliases"]


def test_people_sharing_a_surname_stay_apart() -> None:
    x = run(
        "Tariq Ali al-Harbi, a militia commander, said his men would hold the bridge. His cousin "
        "Sami al-Harbi said the army had retreated."
    )
    assert {"Tariq Ali al-Harbi", "Sami al-Harbi"} <= names(x)


@pytest.mark.parametrize(
    ("text", "kept", "variant"),
    [
        (
            "The Popular Front for Liberation of Karsa said it seized the town. On Monday the Popular Front "
            "for the Liberation of Karsa said talks with the army were over.",
            "Popular Front for Liberation of Karsa",
            "Popular Front for the Liberation of Karsa",
        ),
        (
            "The al-Fajr Brigade said it shelled the airport on Monday. The Al Fajr Brigade later denied "
            "targeting civilians.",
            "al-Fajr Brigade",
            "Al Fajr Brigade",
        ),
    ],
)
def test_an_organisation_spelt_with_other_hyphens_or_function_words_is_one_node(
    text: str, kept: str, variant: str
) -> None:
    x = run(text)
    assert variant not in names(x)
    assert variant in next(a for a in x["actors"] if a["name"] == kept)["aliases"]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Prime Minister Narendra Damodardas Modi told reporters the talks with Nepal had gone well.", None),
        ("Interior Minister Dana Okafor Mensah said the border with Togo would stay closed.", None),
        ("The envoy met Chilean President-Elect Tomas Ruiz Vidal in Santiago, the ministry said.", None),
    ],
)
def test_the_node_bears_the_whole_name_the_text_gives(text: str, full: str | None) -> None:
    x = run(text)
    persons = [a for a in x["actors"] if a["kind"] == "Person"]
    assert len(persons) == 1, persons
    words = {"Narendra Damodardas Modi", "Dana Okafor Mensah", "Tomas Ruiz Vidal"}
    assert persons[0]["name"] in words


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian Foreign Ministry said the talks were useful. Ghana's Foreign Ministry later said it "
        "had summoned the envoy.",
        "The Chilean defence ministry said troops had left. Chile's Defence Ministry denied that soldiers "
        "were killed.",
        "Kenya's Foreign Ministry said the mission would begin in June. The Ministry of Foreign Affairs "
        "of Kenya later confirmed the date.",
    ],
)
def test_a_state_body_named_two_ways_is_one_node_of_that_state(text: str) -> None:
    bodies = [a for a in run(text)["actors"] if a["kind"] == "GovernmentBody"]
    assert len(bodies) == 1, bodies
    assert bodies[0]["country"] in ("GHA", "CHL", "KEN")


@pytest.mark.parametrize(
    ("text", "phrase", "body", "country"),
    [
        (
            "The Defence Ministry of Peru said on Monday that the patrols would resume.",
            "Defence Ministry of Peru",
            "Peruvian defence ministry",
            "PER",
        ),
        (
            "A statement from the Foreign Ministry of South Sudan said the envoy had left.",
            "Foreign Ministry of South Sudan",
            "South Sudanese foreign ministry",
            "SSD",
        ),
    ],
)
def test_a_body_tagged_with_its_state_as_one_organisation_is_that_states_body(
    text: str, phrase: str, body: str, country: str
) -> None:
    """NER may tag "the Foreign Ministry of Kenya" as one organisation, so the state is no actor
    of its own: the body still belongs to the state named after "of"."""
    from loaders.documents import Document
    from loaders.extract import extract_parsed
    from loaders.extract.pipeline import load_nlp

    doc = load_nlp()(text)
    start = text.index(phrase)
    whole = doc.char_span(start, start + len(phrase), label="ORG")
    assert whole is not None
    doc.ents = [e for e in doc.ents if e.end <= whole.start or e.start >= whole.end] + [whole]
    actors = extract_parsed(Document(text=text, published="2024-03-05"), doc).to_dict()["actors"]
    bodies = [(a["name"], a["country"]) for a in actors if a["kind"] == "GovernmentBody"]
    assert bodies == [(body, country)]


@pytest.mark.parametrize(
    ("text", "person", "variant"),
    [
        (  # a title and full name tagged as one organisation, then the title and surname
            "The following is attributable to Spokesperson Daniel Okoro: The United States condemns the "
            "attack. Spokesperson Okoro said Washington stood with Niger.",
            "Daniel Okoro",
            "Spokesperson Okoro",
        ),
        (  # a surname in another transliteration that NER takes for an organisation
            "Hamas leader Ismail Haniyeh spoke to Qatar's emir. Haniya said the group wanted a deal.",
            "Ismail Haniyeh",
            "Haniya",
        ),
    ],
)
def test_a_later_form_tagged_as_an_organisation_is_the_person(text: str, person: str, variant: str) -> None:
    x = run(text)
    assert variant not in names(x)
    assert variant in next(a for a in x["actors"] if a["name"] == person)["aliases"]


# --- a relation to a person is not that person's role ----------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("The widow of Ahmed Karimi said the court had ignored the evidence.", "Ahmed Karimi", None),
        ("The son of Joseph Mbeki told reporters the family would appeal.", "Joseph Mbeki", None),
        (
            "The daughter of former president Luis Ortega said she would run.",
            "Luis Ortega",
            "former president",
        ),
        ("Peter Obi, the brother of Ngozi Adeyemi, said the vote was rigged.", "Ngozi Adeyemi", None),
        (
            "Secretary of State Anna Lindqvist said the talks would resume.",
            "Anna Lindqvist",
            "Secretary of State",
        ),
    ],
)
def test_a_relational_noun_before_of_is_not_the_role_of_its_object(
    text: str, person: str, role: str | None
) -> None:
    roles = {a["name"]: a["role"] for a in run(text)["actors"]}
    assert roles[person] == role
