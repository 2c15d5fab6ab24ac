"""Event detection over classes of wording (issue 10, events): which happenings exist, their kind,
and one event per happening. Sentences written for these tests, in wire, readout and news style."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.tokens import Doc

from loaders.extract.events import (
    _casualties,
    _consequence,
    _relative_object,
    _subject_clause_words,
    past_anchor,
)
from tests.helpers import extracted, hand_parsed

run = partial(extracted, published="2025-03-04")


def kinds(text: str) -> list[str]:
    return sorted(e["kind"] for e in run(text)["events"])


# --- wordings that report a happening ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Separatist fighters blew up a railway bridge near the border overnight.", "Attack"),
        ("Protesters set fire to a police station in the capital on Tuesday.", "Attack"),
        ("Gunmen ambushed a police convoy in the north on Tuesday.", "Attack"),
        ("Velkian aircraft targeted an arms depot near Korvi overnight.", "Attack"),
        ("Troops from Ardania took control of the main highway linking the two cities.", "Deployment"),
        ("Authorities in Velka stepped up security at border crossings after the raid.", "Deployment"),
        ("Military trucks were seen heading towards the border on Saturday.", "Deployment"),
        ("Ardanian troops will remain in Teravia after the exercises end, the ministry said.", "Deployment"),
        ("Hundreds of families left the town for nearby villages on Sunday.", "Evacuation"),
        ("Thousands of villagers have been displaced by floods and raids, the agency said.", "Evacuation"),
        ("Ardania and Velkia carried out an exchange of prisoners on Saturday.", "PrisonerExchange"),
        ("The warring parties agreed to a humanitarian pause in the city.", "Ceasefire"),
        ("The Council held an emergency session on the crisis on Thursday.", "Meeting"),
        ("President Dovan received the Velkian foreign minister at his residence on Friday.", "Meeting"),
        ("The president flew to Nairobi on Sunday for a two-day stay.", "Visit"),
        ("Chile and Peru struck a deal on fishing rights last week.", "Agreement"),
        ("The bloc imposed restrictive measures on twelve Velkian officials last month.", "Sanction"),
        ("The ministry summoned the Ardanian ambassador over the remarks.", "Other"),
        ("Protests continued in several cities on Sunday.", "Other"),
        ("The blockade began on July 28 and has halved oil output.", "Other"),
        ("An investigation into the former minister is under way, prosecutors said.", "Other"),
        ("The two presidents shook hands at the start of their meeting in Doha.", "Other"),
        ("Tanks rolled into the capital at dawn, witnesses said.", "Deployment"),
        ("Ardania and Velkia swapped prisoners at the border on Sunday.", "PrisonerExchange"),
        ("The Secretary welcomed Foreign Minister Wang Yi to Washington on Monday.", "Visit"),
        ("Velkia condemned the test of a long-range ballistic missile on Sunday.", "MilitaryDrill"),
        ("About 450 troops landed on the island on Monday, the army said.", "Deployment"),
        ("Fishermen rescued more than 300 migrants off the coast on Friday.", "Other"),
        ("Police cleared the square, arresting dozens of demonstrators.", "Other"),
    ],
)
def test_wordings_of_a_happening_are_events(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_re_elected_split_by_the_tokenizer_is_an_election() -> None:
    assert "Election" in kinds("President Marek Dovan was re-elected on Sunday with 61 percent of the vote.")


@pytest.mark.parametrize(
    "text",
    [
        "The Munich Security Conference opened on Friday with a speech by the chancellor.",
        "Leaders gathered for the Lisbon Summit on Monday.",
    ],
)
def test_named_summits_and_conferences_are_events(text: str) -> None:
    assert "Summit" in kinds(text)


def test_a_finite_relative_clause_of_an_actor_is_an_act() -> None:
    assert "Other" in kinds("Qatar, which has mediated between the two sides, said talks would resume.")


# --- wordings that report no happening of their own ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two countries share a long border and deep historical ties.",
        "He is now fighting a tough campaign against corruption in the party.",
        "The government vowed to fight poverty and unemployment in the east.",
        "The constitution, which bans foreign donations, was amended last year.",
    ],
)
def test_states_and_figures_of_speech_are_no_events(text: str) -> None:
    assert not [k for k in kinds(text) if k in ("Other", "Fighting")]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Rebels attacked an army post in the north and killed six soldiers, the governor said.", 1),
        ("Gunmen opened fire on a convoy, killing three aid workers.", 1),
        ("A car bomb explosion killed five people near the ministry.", 1),
    ],
)
def test_the_toll_of_an_attack_is_no_second_attack(text: str, n: int) -> None:
    assert kinds(text).count("Attack") == n


@pytest.mark.parametrize(
    "text",
    [
        "The bloc urged the junta to hand over power, release the detainees and lift curbs on the press.",
        "We remind the authorities of their obligation to free all those arbitrarily detained.",
    ],
)
def test_acts_asked_for_however_deep_in_coordination_are_no_events(text: str) -> None:
    assert "Other" not in kinds(text)


def test_a_planned_act_whose_doer_is_named_is_an_event_and_one_asked_for_is_not() -> None:
    assert "Other" in kinds("Moscow said their pullout from Georgia would start on Monday.")
    assert "Other" not in kinds("The bloc called for the release of the detained journalists.")


def test_forces_moving_nowhere_named_are_no_deployment() -> None:
    assert "Deployment" not in kinds("Diplomacy will go on until the tanks are actually rolling, he said.")


def test_casualties_told_without_an_attacker_are_no_attack() -> None:
    assert "Attack" not in kinds("Two soldiers and a civilian were killed, a military spokesman said.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two governments signed an agreement on water sharing on Monday.", "Agreement"),
        ("The bloc imposed sanctions on three Velkian banks on Friday.", "Sanction"),
        ("The ministers convened a meeting of the joint commission in Lisbon.", "Meeting"),
    ],
)
def test_a_verb_and_its_event_noun_are_one_event(text: str, kind: str) -> None:
    assert kinds(text).count(kind) == 1


# --- one event per happening over the article ----------------------------------------------------


def test_an_unrealized_event_named_again_is_one_event() -> None:
    text = (
        "The president warned that a Russian invasion of Georgia would meet a firm response. "
        "He said a Russian invasion of Georgia would be a grave mistake."
    )
    assert kinds(text).count("Attack") == 1


@pytest.mark.parametrize(
    "text", ["The offer will meet a firm response.", "The plan meets the needs of farmers."]
)
def test_meeting_demands_or_needs_is_no_meeting(text: str) -> None:
    assert "Meeting" not in kinds(text)


@pytest.mark.parametrize(
    "later",
    [
        "At the summit, Suvia's president accused Norland of spying.",
        "The summit's final statement was short.",
    ],
)
def test_a_definite_or_modifier_mention_refers_back(later: str) -> None:
    text = f"The leaders of Norland and Suvia held a summit in Oslo on Friday. {later}"
    assert kinds(text).count("Summit") == 1


def test_a_named_event_named_twice_is_one_event() -> None:
    text = (
        "The Munich Security Conference ended on Sunday with a joint statement by Chile and Peru. "
        "Hundreds of farmers protested the Munich Security Conference outside the venue."
    )
    assert kinds(text).count("Summit") == 1


# --- the syntax the rules read, on hand-built parses ---------------------------------------------


def _doc(
    words: list[str],
    heads: list[int],
    deps: list[str],
    tags: list[str],
    pos: list[str],
    lemmas: list[str] | None = None,
) -> Doc:
    lemmas = lemmas or [w.lower().rstrip("s") if p == "NOUN" else w.lower() for w, p in zip(words, pos)]
    return hand_parsed(words, heads, deps, tags=tags, pos=pos, lemmas=lemmas)


def test_a_result_participle_after_its_clause_is_a_consequence() -> None:
    # "Troops stayed, allowing talks" : allowing <-advcl- stayed
    doc = _doc(
        ["Troops", "stayed", ",", "allowing", "talks"],
        [1, 1, 1, 1, 3],
        ["nsubj", "ROOT", "punct", "advcl", "dobj"],
        ["NNS", "VBD", ",", "VBG", "NNS"],
        ["NOUN", "VERB", "PUNCT", "VERB", "NOUN"],
        ["troop", "stay", ",", "allow", "talk"],
    )
    assert _consequence(doc[3])
    assert not _consequence(doc[1])


def test_a_relative_participle_takes_its_head_noun_as_object() -> None:
    # "the plan signed" : signed <-acl- plan
    doc = _doc(
        ["the", "plan", "signed"],
        [1, 1, 1],
        ["det", "ROOT", "acl"],
        ["DT", "NN", "VBN"],
        ["DET", "NOUN", "VERB"],
    )
    assert _relative_object(doc[2])


def test_a_passive_kill_without_agent_is_a_casualty_count() -> None:
    doc = _doc(
        ["Soldiers", "were", "killed"],
        [2, 2, 2],
        ["nsubjpass", "auxpass", "ROOT"],
        ["NNS", "VBD", "VBN"],
        ["NOUN", "AUX", "VERB"],
        ["soldier", "be", "kill"],
    )
    assert _casualties(doc[2])


def test_a_past_verb_of_a_subject_trigger_says_reported() -> None:
    doc = _doc(
        ["Protests", "continued"],
        [1, 1],
        ["nsubj", "ROOT"],
        ["NNS", "VBD"],
        ["NOUN", "VERB"],
    )
    assert _subject_clause_words(doc[1]) == set()


# --- status: an event its own words place in the past ---------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The ministers urged all states to enforce the sanctions imposed by the Security Council in 2017.",
            "Sanction",
        ),
        ("The envoy urged both sides to respect the truce signed in Doha last year.", "Ceasefire"),
        ("The leaders pledged to discuss the recent strikes on the port at a later date.", "Attack"),
    ],
)
def test_an_event_anchored_in_the_past_stays_reported_inside_an_appeal(text: str, kind: str) -> None:
    statuses = [e["status"] for e in run(text)["events"] if e["kind"] == kind]
    assert statuses == ["reported"], run(text)["events"]


def test_an_event_to_be_done_inside_an_appeal_is_not_reported() -> None:
    text = "The ministers urged all states to impose new sanctions on Velka."
    assert [e["status"] for e in run(text)["events"] if e["kind"] == "Sanction"] == ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # asked of another side: it may or may not happen
        ("Teravia called for an immediate ceasefire in the north.", "Ceasefire", "hypothetical"),
        ("The envoy urged Ardania and Velka to resume talks in Geneva.", "Talks", "hypothetical"),
        ("The council pressed the junta for early elections.", "Election", "hypothetical"),
        # decided by the doers themselves: a plan
        ("The two ministers agreed to meet again in Cairo next month.", "Meeting", "planned"),
        ("Ardania plans to hold joint drills with Velka in May.", "MilitaryDrill", "planned"),
        ("The foreign minister will visit Teravia next week.", "Visit", "planned"),
    ],
)
def test_what_one_side_asks_of_another_is_hypothetical_and_what_it_decides_planned(
    text: str, kind: str, status: str
) -> None:
    statuses = [e["status"] for e in run(text)["events"] if e["kind"] == kind]
    assert statuses == [status], run(text)["events"]


def test_an_event_anchored_in_the_past_is_no_news_peg() -> None:
    text = "Last year's protests in the capital drew thousands of people, organisers said."
    dates = [e["date"] for e in run(text, published="2025-03-04")["events"]]
    assert dates and "2025-03-04" not in dates


def test_past_anchors_in_the_parse() -> None:
    # "the sanctions imposed": imposed <-acl- sanctions (a done participle)
    done = _doc(
        ["the", "sanctions", "imposed"],
        [1, 1, 1],
        ["det", "ROOT", "acl"],
        ["DT", "NNS", "VBN"],
        ["DET", "NOUN", "VERB"],
    )
    assert past_anchor(done[1])
    # "sanctions to be imposed": the participle has auxiliaries, a plan
    plan = _doc(
        ["sanctions", "to", "be", "imposed"],
        [0, 3, 3, 0],
        ["ROOT", "aux", "auxpass", "acl"],
        ["NNS", "TO", "VB", "VBN"],
        ["NOUN", "PART", "AUX", "VERB"],
    )
    assert not past_anchor(plan[0])
    # "his call yesterday": yesterday <-npadvmod- call
    call = _doc(
        ["his", "call", "yesterday"],
        [1, 1, 1],
        ["poss", "ROOT", "npadvmod"],
        ["PRP$", "NN", "NN"],
        ["PRON", "NOUN", "NOUN"],
    )
    assert past_anchor(call[1])
    # "last year's marches": last <-amod- year <-poss- marches
    marches = _doc(
        ["last", "year", "'s", "marches"],
        [1, 3, 1, 3],
        ["amod", "poss", "case", "ROOT"],
        ["JJ", "NN", "POS", "NNS"],
        ["ADJ", "NOUN", "PART", "NOUN"],
    )
    assert past_anchor(marches[3])
    # "the next meeting": no anchor
    nxt = _doc(
        ["the", "next", "meeting"],
        [2, 2, 2],
        ["det", "amod", "ROOT"],
        ["DT", "JJ", "NN"],
        ["DET", "ADJ", "NOUN"],
    )
    assert not past_anchor(nxt[2])


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "pos", "anchored"),
    [
        # "a last attempt": "last" means final, no time
        (
            ["a", "last", "attempt"],
            [2, 2, 2],
            ["det", "amod", "ROOT"],
            ["DT", "JJ", "NN"],
            ["DET", "ADJ", "NOUN"],
            False,
        ),
        # "past talks": "past" without a time noun
        (["past", "talks"], [1, 1], ["amod", "ROOT"], ["JJ", "NNS"], ["ADJ", "NOUN"], False),
        # "the visit last week": last <-amod- week <-npadvmod- visit
        (
            ["the", "visit", "last", "week"],
            [1, 1, 3, 1],
            ["det", "ROOT", "amod", "npadvmod"],
            ["DT", "NN", "JJ", "NN"],
            ["DET", "NOUN", "ADJ", "NOUN"],
            True,
        ),
        # "last Monday's strike": a weekday placed before now
        (
            ["last", "Monday", "'s", "strike"],
            [1, 3, 1, 3],
            ["amod", "poss", "case", "ROOT"],
            ["JJ", "NNP", "POS", "NN"],
            ["ADJ", "PROPN", "PART", "NOUN"],
            True,
        ),
        # "the past year's talks"
        (
            ["the", "past", "year", "'s", "talks"],
            [2, 2, 4, 2, 4],
            ["det", "amod", "poss", "case", "ROOT"],
            ["DT", "JJ", "NN", "POS", "NNS"],
            ["DET", "ADJ", "NOUN", "PART", "NOUN"],
            True,
        ),
    ],
)
def test_last_or_past_anchors_only_a_time_noun(
    words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str], anchored: bool
) -> None:
    doc = _doc(words, heads, deps, tags, pos)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert past_anchor(root) is anchored


@pytest.mark.parametrize(
    "text",
    [
        "The president spoke with Velkian leader Arvid Kor to offer his congratulations on his election.",
        "The minister will call her Velkian counterpart to congratulate him on his re-election.",
    ],
)
def test_what_one_is_congratulated_on_has_happened(text: str) -> None:
    statuses = [e["status"] for e in run(text)["events"] if e["kind"] == "Election"]
    assert statuses == ["reported"], run(text)["events"]


def test_the_object_of_a_congratulation_is_anchored_in_the_past() -> None:
    # "congratulated him on his election": election <-pobj- on <-prep- congratulated
    doc = _doc(
        ["congratulated", "him", "on", "his", "election"],
        [0, 0, 0, 4, 2],
        ["ROOT", "dobj", "prep", "poss", "pobj"],
        ["VBD", "PRP", "IN", "PRP$", "NN"],
        ["VERB", "PRON", "ADP", "PRON", "NOUN"],
        ["congratulate", "he", "on", "his", "election"],
    )
    assert past_anchor(doc[4])
    # "insisted on his election": no occasion
    other = _doc(
        ["insisted", "on", "his", "election"],
        [0, 0, 3, 1],
        ["ROOT", "prep", "poss", "pobj"],
        ["VBD", "IN", "PRP$", "NN"],
        ["VERB", "ADP", "PRON", "NOUN"],
        ["insist", "on", "his", "election"],
    )
    assert not past_anchor(other[3])
