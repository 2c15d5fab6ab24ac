"""Event participants from the trigger's own arguments (issue 10): sentences written for each rule,
and the parse-only rules on hand-built spaCy parses so a model change cannot silently move them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from loaders.documents import Document
from loaders.extract import extract
from loaders.extract.events import first_person_party, joint_action
from loaders.extract.syntax import hyphen_prefix, object_controller, stray_preps, subordinate_clause
from tests.helpers import VOCAB, hand_parsed


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
    return hand_parsed(words, heads, deps, pos=pos, tags=tags, lemmas=[w.lower() for w in words])


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


# --- s4: sides, possessors, modifiers, earlier acts ------------------------------------------------


def events_of(text: str, kind: str) -> list[tuple[set[str], str]]:
    """(participants, evidence) of every event of ``kind``."""
    x = extract(Document(text=text, published="2024-03-05")).to_dict()
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [
        ({ids[p["actor"]] for p in e["participants"]}, e["evidence"])
        for e in x["events"]
        if e["kind"] == kind
    ]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # "the two sides": the actors last named acting together, not the officials who spoke after
        (
            "Chile and Peru signed a border accord on Monday, officials said. The two sides exchanged fire last year.",
            "Fighting",
            {"Chile", "Peru"},
        ),
        # "the warring parties": the latest pair, not the parties of an earlier call
        (
            "President Emmanuel Macron spoke by telephone with Chancellor Olaf Scholz on Tuesday. "
            "Armenia and Azerbaijan have traded accusations for months. The warring parties signed a truce on Friday.",
            "Ceasefire",
            {"Armenia", "Azerbaijan"},
        ),
        # "both countries" in a subordinate clause: the two states its main clause names
        (
            "Indian Foreign Minister Subrahmanyam Jaishankar called his Chinese counterpart Wang Yi on Monday, "
            "a day after troops from both countries clashed in the Galwan valley.",
            "Fighting",
            {"India", "China"},
        ),
        # "his re-election": the possessor hangs on the hyphen prefix in the parse
        (
            "Prime Minister Narendra Modi congratulated President Cyril Ramaphosa on his re-election.",
            "Election",
            {"Cyril Ramaphosa"},
        ),
        # the state modifier of what is supplied names the supplier
        (
            "The two ministers discussed the delivery of German tanks to Poland.",
            "Other",
            {"Germany", "Poland"},
        ),
        # an agreement's parties as the text names them: the persons who signed
        (
            "President William Ruto and President Samia Suluhu Hassan signed an agreement on the border.",
            "Agreement",
            {"William Ruto", "Samia Suluhu Hassan"},  # the whole name the text gives
        ),
    ],
)
def test_parties_named_elsewhere_in_the_phrase_or_before(text: str, kind: str, expected: set[str]) -> None:
    found = [parts for parts, _ in events_of(text, kind)]
    assert expected in found, found


def test_states_named_in_the_noun_are_the_parties_of_a_meeting_not_who_convened_it() -> None:
    text = "Secretary of State Antony Blinken convened a U.S.-India strategic dialogue meeting in Washington."
    found = [parts for parts, _ in events_of(text, "Meeting")]
    assert {"United States", "India"} in found
    assert not any({"United States", "Antony Blinken"} <= parts for parts in found)


def test_a_place_gone_into_is_no_party() -> None:
    found = [
        parts
        for parts, _ in events_of(
            "The rebels staged an evacuation of civilians into Russian territory.", "Evacuation"
        )
    ]
    assert found and not any("Russia" in parts for parts in found)


def test_an_act_with_no_party_named_is_done_by_the_last_doer_of_its_kind() -> None:
    text = (
        "Russia and Belarus began joint military drills on Thursday. "
        "NATO officials said the extended drills would be watched closely."
    )
    found = events_of(text, "MilitaryDrill")
    later = [parts for parts, evidence in found if "extended drills" in evidence]
    assert later == [{"Russia", "Belarus"}]


def test_a_callee_parsed_as_predicate_is_a_party() -> None:
    text = "President Luiz Inacio Lula da Silva called Javier Milei today to discuss trade."
    assert any("Javier Milei" in parts for parts, _ in events_of(text, "PhoneCall"))


def test_hyphen_prefix_holds_the_possessor() -> None:
    # his re - election .  ("his" hangs on "re")
    doc = Doc(
        VOCAB,
        words=["his", "re", "-", "election", "."],
        spaces=[True, False, False, False, False],
        heads=[1, 3, 3, 3, 3],
        deps=["poss", "compound", "punct", "ROOT", "punct"],
        pos=["PRON", "NOUN", "PUNCT", "NOUN", "PUNCT"],
    )
    assert [t.text for t in hyphen_prefix(doc[3])] == ["re"]
    assert hyphen_prefix(doc[1]) == []


def test_hyphen_prefix_needs_a_closed_hyphen() -> None:
    # war - election: spaced dashes join no word
    doc = Doc(VOCAB, words=["war", "-", "election"], spaces=[True, True, False])
    assert hyphen_prefix(doc[2]) == []


def test_subordinate_clause_is_found_above_a_token_but_not_in_the_main_clause() -> None:
    # X called Y , after troops from both countries clashed .
    words = ["X", "called", "Y", ",", "after", "troops", "from", "both", "countries", "clashed", "."]
    heads = [1, 1, 1, 1, 9, 9, 5, 8, 6, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "mark", "nsubj", "prep", "det", "pobj", "advcl", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "SCONJ", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    clause = subordinate_clause(doc[8])
    assert clause is not None and clause.text == "clashed"
    assert subordinate_clause(doc[2]) is None


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a co-actor joined to the subject by "along with" / "together with" acts too
        ("France, along with Germany, launched air strikes on the rebels.", "Attack", {"France", "Germany"}),
        (
            "Canada together with Japan imposed sanctions on Belarus on Monday.",
            "Sanction",
            {"Canada", "Japan"},
        ),
        # "X and Y agreed to a ceasefire": who agrees to an act takes part in it
        ("Armenia and Azerbaijan agreed to a ceasefire in Geneva.", "Ceasefire", {"Armenia", "Azerbaijan"}),
        # a boundary phrase of a military act names the other side
        (
            "Kenya reported Somali troop movements near the border with Ethiopia on Friday.",
            "Deployment",
            {"Somalia", "Ethiopia"},
        ),
        # a visit to a seat of government is a visit to its state; "made a visit": the subject visits
        (
            "German Chancellor Olaf Scholz made a visit to the Kremlin on Tuesday.",
            "Visit",
            {"Olaf Scholz", "Russia"},
        ),
        # "impose costs on X": the "on" phrase of a sanctioning verb is its target, not a topic
        (
            "If Russia invades, the United States will impose severe costs on Russia.",
            "Sanction",
            {"United States", "Russia"},
        ),
    ],
)
def test_co_actors_and_targets_of_the_verb(text: str, kind: str, expected: set[str]) -> None:
    found = [parts for parts, _ in events_of(text, kind)]
    assert any(expected <= parts for parts in found), found


def test_who_raises_reports_of_an_act_is_no_party() -> None:
    text = (
        "Egyptian President Abdel Fattah al-Sisi raised reports of Ethiopian troop movements near the border."
    )
    found = [parts for parts, _ in events_of(text, "Deployment")]
    assert found and not any("Egypt" in parts or "Abdel Fattah al-Sisi" in parts for parts in found)
    assert any("Ethiopia" in parts for parts in found)


def test_who_raises_a_war_in_talks_is_no_party() -> None:
    text = "President Joe Biden raised Russia's brutal war against Ukraine with Chinese President Xi Jinping."
    found = [parts for parts, _ in events_of(text, "Fighting")]
    assert found and not any("United States" in parts or "Joe Biden" in parts for parts in found)


# --- s5: the level of a party: a person acting for no state stays the person -----------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Rebel commander Tamba Koroma launched an attack on the town of Kailahun on Monday.",
            "Attack",
            {"Tamba Koroma"},
        ),
        ("Warlord Joseph Kony ordered the attack on the village.", "Attack", {"Joseph Kony"}),
    ],
)
def test_a_person_acting_for_no_state_is_kept_in_an_armed_act(
    text: str, kind: str, expected: set[str]
) -> None:
    found = [parts for parts, _ in events_of(text, kind)]
    assert any(any(e in p for p in parts) for e in expected for parts in found), found


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the participle clause of the event noun names the doer and the one it is done to
        (
            "The ministers urged all states to enforce the sanctions imposed by the European Union on Belarus.",
            "Sanction",
            {"European Union", "Belarus"},
        ),
        (
            "Egypt welcomed the ceasefire brokered by Qatar between Israel and Hamas.",
            "Ceasefire",
            {"Qatar", "Israel", "Hamas"},
        ),
        ("The talks hosted by Qatar in Doha ended without a deal.", "Talks", {"Qatar"}),
    ],
)
def test_the_participle_clause_of_the_event_noun_names_its_parties(
    text: str, kind: str, expected: set[str]
) -> None:
    found = [parts for parts, _ in events_of(text, kind)]
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # in a readout of a two-party call, an act the parties discuss is between the call's states
        (
            "President Emmanuel Macron had a telephone conversation with President Cyril Ramaphosa. "
            "The leaders discussed the evacuation of French citizens from Sudan.",
            "Evacuation",
            {"France", "South Africa"},
        ),
        (
            "Prime Minister Narendra Modi spoke with Prime Minister Anthony Albanese. "
            "Modi highlighted the supply of Indian vaccines.",
            "Other",
            {"India", "Australia"},
        ),
    ],
)
def test_an_act_discussed_in_a_two_party_call_is_between_the_calls_states(
    text: str, kind: str, expected: set[str]
) -> None:
    found = [parts for parts, _ in events_of(text, kind)]
    assert expected in found, found


def test_an_act_outside_a_call_keeps_its_own_parties() -> None:
    text = (
        "Prime Minister Narendra Modi spoke with Prime Minister Anthony Albanese. "
        "Japan announced the supply of vaccines to Nepal on Monday."
    )
    found = [parts for parts, _ in events_of(text, "Other")]
    assert found and all("Australia" not in parts for parts in found), found


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # an armed act with no party named is done by the state or force the sentence before is about
        (
            "The Sudanese army has taken the capital. Heavy shelling was reported near the airport.",
            "Shelling",
            {"Sudanese Armed Forces"},
        ),
        (
            "Eritrea closed its embassy on Friday. Troop movements were seen near the border.",
            "Deployment",
            {"Eritrea"},
        ),
        # a person's remark before is no doer
        (
            "Prime Minister William Ruto said the economy was strong. The attack killed five people.",
            "Attack",
            set(),
        ),
    ],
)
def test_a_partyless_armed_act_is_done_by_the_subject_before(
    text: str, kind: str, expected: set[str]
) -> None:
    found = [parts for parts, _ in events_of(text, kind)]
    assert expected in found, found


def test_an_act_told_in_a_clause_of_its_own_does_not_take_the_calls_states() -> None:
    text = (
        "President Emmanuel Macron had a telephone conversation with President Cyril Ramaphosa. "
        "Macron raised the case of French students who were held hostage in Mali."
    )
    found = [parts for parts, _ in events_of(text, "Other")]
    assert found and all("South Africa" not in parts for parts in found), found
