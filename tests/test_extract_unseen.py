"""The error classes of unseen news (issue 10), each on sentences written for it: wire furniture,
anonymous plurals, NER noise, call wordings, participants from the trigger's arguments, repeated
event mentions and transliteration variants."""

from __future__ import annotations

import pytest

from loaders.documents import Document
from loaders.extract import extract
from loaders.extract.wire import find_furniture


def run(text: str, published: str = "2024-03-05") -> dict:
    return extract(Document(text=text, published=published)).to_dict()


def names(x: dict) -> set[str]:
    return {a["name"] for a in x["actors"]}


def participants(x: dict, kind: str) -> list[set[str]]:
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [{ids[p["actor"]] for p in e["participants"]} for e in x["events"] if e["kind"] == kind]


# --- wire furniture ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "furniture", "city"),
    [
        ("TALLINN (Baltic Wire) - The talks began.", "TALLINN (Baltic Wire) - ", "TALLINN"),
        ("HANOI, May 2 (Asia Desk) - Vietnam said.", "HANOI, May 2 (Asia Desk) - ", "HANOI"),
        ("NEW DELHI \u2014 India said on Monday.", "NEW DELHI \u2014 ", "NEW DELHI"),
        ("Lisbon, Portugal (Iberia Press) -- Talks ended.", "Lisbon, Portugal (Iberia Press) -- ", "Lisbon"),
    ],
)
def test_datelines_are_found_with_their_city(text: str, furniture: str, city: str) -> None:
    found = find_furniture(text)
    assert [text[a:b] for a, b in found.spans] == [furniture]
    assert [text[a:b] for a, b in found.cities] == [city]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Anna Lindqvist; Writing by Tom Berger; Editing by Ruth Olsen",
        "(Additional reporting by Pedro Alves in Lisbon; Editing by Ines Costa)",
        "Compiled by Jan Novak",
    ],
)
def test_credit_lines_are_furniture(line: str) -> None:
    text = f"Chile and Peru signed a trade accord on Monday.\n\n{line}"
    found = find_furniture(text)
    assert [text[a:b] for a, b in found.spans] == [line]


@pytest.mark.parametrize(
    "text",
    [
        "NATO members met in Brussels on Monday.",  # an acronym opening a sentence
        "The minister said - after a pause - that talks would go on.",
    ],
)
def test_ordinary_prose_is_not_furniture(text: str) -> None:
    assert find_furniture(text).spans == ()


def test_dateline_agency_and_journalists_are_no_actors() -> None:
    x = run(
        "TALLINN (Baltic Wire) - Estonia and Latvia signed a border treaty on Monday, "
        "the Estonian foreign ministry said.\n\n"
        "Reporting by Anna Lindqvist; Writing by Tom Berger; Editing by Ruth Olsen"
    )
    found = names(x)
    assert {"Estonia", "Latvia"} <= found
    assert not found & {"Anna Lindqvist", "Tom Berger", "Ruth Olsen", "Baltic Wire", "TALLINN", "Tallinn"}
    assert all("Baltic Wire" not in p for ps in participants(x, "Agreement") for p in ps)


# --- anonymous plurals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Protesters said they would stay in the square until the vote.", "Protesters"),
        ("Analysts said the deal was fragile.", "Analysts"),
    ],
)
def test_anonymous_plurals_that_speak_are_actors(text: str, speaker: str) -> None:
    x = run(text)
    ids = {a["id"]: a["name"] for a in x["actors"]}
    assert [ids[s["speaker"]] for s in x["statements"]] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The flood destroyed the homes of residents near the river.",
        "Aid reached hundreds of villagers in the north.",
    ],
)
def test_anonymous_plurals_only_mentioned_are_no_actors(text: str) -> None:
    assert names(run(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Syrian officials said the border crossing would reopen.",
        "Officials in Damascus said the crossing would reopen.",
    ],
)
def test_anonymous_plural_with_its_state_speaks_for_that_state(text: str) -> None:
    x = run(text)
    ids = {a["id"]: a for a in x["actors"]}
    speaker = ids[x["statements"][0]["speaker"]]
    assert speaker["country"] == "SYR"


# --- call wordings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric spoke by phone with Peruvian President Dina Boluarte.",
        "Gabriel Boric and Dina Boluarte spoke by telephone on Monday.",
        "Chilean President Gabriel Boric called Peruvian President Dina Boluarte on Monday.",
        "In a phone call with Dina Boluarte, Gabriel Boric condemned the attack.",
        "Gabriel Boric held phone talks with Dina Boluarte.",
        "Gabriel Boric spoke today with President Dina Boluarte of Peru.",
    ],
)
def test_ways_of_reporting_a_call_give_one_phone_call_with_both_parties(text: str) -> None:
    x = run(text)
    calls = participants(x, "PhoneCall")
    assert len(calls) == 1
    assert calls[0] == {"Gabriel Boric", "Dina Boluarte"}
    assert not [s for s in x["statements"] if s["kind"] == "Appeal"]  # "called X" is no appeal


# --- one person, one node ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "later",
    ["Yousef Hadad", "Youssef Haddad", "Minister Haddad", "Haddad"],
)
def test_transliterations_and_short_forms_meet_in_one_person(later: str) -> None:
    x = run(f"Jordanian Foreign Minister Youssef Haddad met the envoy. {later} said the border would reopen.")
    people = [a for a in x["actors"] if a["kind"] == "Person"]
    assert [p["name"] for p in people] == ["Youssef Haddad"]


@pytest.mark.parametrize("later", ["Bin Zayed", "Sheikh Tahnoun", "Tahnoun bin Zayed"])
def test_tails_and_honorific_forms_meet_in_one_person(later: str) -> None:
    x = run(f"Sheikh Tahnoun bin Zayed met the envoy on Monday. {later} said the talks were useful.")
    people = [a for a in x["actors"] if a["kind"] == "Person"]
    assert len(people) == 1 and people[0]["name"].endswith("Tahnoun bin Zayed")


def test_different_people_with_close_names_stay_apart() -> None:
    x = run("Kim Jong Un met Kim Jong Il's widow. Kim Jong Un said the talks were useful.")
    assert (
        "Kim Jong Il" not in {a["name"] for a in x["actors"] if a["kind"] == "Person"}
        or len([a for a in x["actors"] if a["kind"] == "Person"]) == 2
    )


# --- NER noise and the Phoenix lexicons ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Gunfire erupted near the border on Monday, the army said.", "Gunfire"),
        ("Choco Pies were banned, the ministry said.", "Choco Pies"),
        ("Fighting raged around the city of Fasher Wadi, the Sudanese army said.", "Fasher Wadi"),
        ("Munich welcomed the delegates, the mayor said.", "Munich"),
    ],
)
def test_ner_noise_is_no_actor(text: str, noise: str) -> None:
    assert noise not in names(run(text))


@pytest.mark.parametrize(
    ("published", "affiliated"),
    [("2012-11-01", True), ("2016-11-01", False)],
)
def test_office_holder_gets_the_state_only_while_in_office(published: str, affiliated: bool) -> None:
    x = run("Mohamed Morsi said the talks would go on.", published)
    morsi = next(a for a in x["actors"] if a["name"] == "Mohamed Morsi")
    assert morsi["country"] == "EGY"
    assert (morsi["affiliation"] == "actor:egypt") is affiliated


# --- event kinds and participants from the trigger's arguments -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired an intermediate-range ballistic missile on Monday.",
        "North Korea has conducted a series of missile tests this year.",
        "Iran condemned the ballistic missile launch by North Korea.",
    ],
)
def test_missile_launches_and_tests_are_drills(text: str) -> None:
    drills = participants(run(text), "MilitaryDrill")
    assert drills and all("North Korea" in p for p in drills)


def test_a_pronoun_for_an_armed_group_makes_it_the_attacker() -> None:
    x = run("The Rapid Support Forces said in a statement that it had shelled army positions on Monday.")
    assert participants(x, "Shelling") == [{"Rapid Support Forces"}]


@pytest.mark.parametrize(
    "later",
    ["The talks lasted three hours.", "The talks were held behind closed doors."],
)
def test_a_later_definite_mention_is_the_same_event(later: str) -> None:
    x = run(f"Armenia and Azerbaijan held talks in Geneva on Tuesday. {later}")
    assert len([e for e in x["events"] if e["kind"] == "Talks"]) == 1


def test_press_office_header_is_no_actor() -> None:
    x = run("Office of the Spokesperson\n\nChile and Peru signed a trade accord on Monday.")
    assert "Office of the Spokesperson" not in names(x)


def test_a_name_in_apposition_to_a_conjunct_is_a_party() -> None:
    x = run(
        "Saudi Arabia will host talks between the Sudanese army and the paramilitary "
        "Rapid Support Forces in Jeddah."
    )
    talks = participants(x, "Talks")
    assert talks and {"Rapid Support Forces"} <= talks[0]


def test_trilateral_meeting_has_three_parties() -> None:
    x = run("South Korea and Japan agreed to hold a trilateral meeting with the United States in Washington.")
    meetings = participants(x, "Meeting")
    assert meetings == [{"South Korea", "Japan", "United States"}]


def test_an_event_word_in_a_quote_with_no_party_is_rhetoric() -> None:
    x = run(
        '"Democracy is under attack everywhere," the activists said. Chile and Peru held talks on Monday.'
    )
    assert [e["kind"] for e in x["events"]] == ["Talks"]


def test_a_title_and_name_tagged_as_one_organisation_is_a_person() -> None:
    x = run("The below is attributable to Spokesperson Ned Price:\n\nChile and Peru held talks on Monday.")
    price = next(a for a in x["actors"] if a["name"] == "Ned Price")
    assert price["kind"] == "Person" and price["role"] == "Spokesperson"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Armenia condemned the escalation of violence along the border with Azerbaijan.", "Fighting"),
        ("Peru warned of a major confrontation between Chile and Bolivia.", "Fighting"),
        ("Sudan's army condemned the arrest of the opposition leader by the police.", "Other"),
        ("The United States condemned the military takeover in Niger.", "Attack"),
        ("Armenia said the exercise of power is lawful.", None),  # an ordinary word stays one
    ],
)
def test_more_event_nouns(text: str, kind: str | None) -> None:
    kinds = {e["kind"] for e in run(text)["events"]}
    assert (kind in kinds) if kind else not kinds & {"Fighting", "Attack", "Other"}


def test_authorities_of_a_state_are_its_government_body() -> None:
    x = run("Ethiopian authorities said the market would reopen.")
    body = next(a for a in x["actors"] if a["name"] == "Ethiopian authorities")
    assert body["kind"] == "GovernmentBody" and body["country"] == "ETH"
