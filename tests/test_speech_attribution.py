"""Attribution (issue 11): who said what to whom, on sentences written for each form, the CAMEO
verb dictionary's conversion and coding, and cue detection on hand-built parses."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from loaders.documents import Document
from loaders.extract.speech import cue_kind
from ontology.build.cameo_verbs import _pattern_words, parse_blocks, parse_sets
from ontology.codes import CameoVerbs, _slot, cameo_kind, cameo_plover, cameo_verbs, quad_class
from tests.helpers import extracted, hand_parsed


def run(text: str, title: str | None = None) -> dict:
    return extracted(text, title=title)


def statements(x: dict) -> list[tuple[str, str, str]]:
    """(speaker name, kind, mode) of every statement."""
    names = {a["id"]: a["name"] for a in x["actors"]}
    return [(names[s["speaker"]], s["kind"], s["mode"]) for s in x["statements"]]


def actor(x: dict, name: str) -> dict:
    return next(a for a in x["actors"] if a["name"] == name)


# --- attribution forms -----------------------------------------------------------------------

FORMS = [
    pytest.param(  # a quote running on after the cue sentence
        '"We will not accept any ultimatum," Sergei Lavrov told reporters. "It also makes no sense to talk."',
        [("Sergei Lavrov", "Rejection", "direct"), ("Sergei Lavrov", "Report", "direct")],
        id="run-on-quote",
    ),
    pytest.param(  # a quote after a colon, in the next paragraph
        'Prime Minister Fumio Kishida wrote:\n"We call on Pyongyang to stop its launches at once."',
        [("Fumio Kishida", "Appeal", "direct")],
        id="colon-quote-next-paragraph",
    ),
    pytest.param(  # inverted cue
        '"The talks have failed," said Iranian Foreign Minister Hossein Amir-Abdollahian.',
        [("Hossein Amir-Abdollahian", "Report", "direct")],
        id="inverted-cue",
    ),
    pytest.param(  # the content decides the kind: a coercive intention is a threat
        "Iran said it would retaliate against Israel for the strike on its consulate.",
        [("Iran", "Threat", "indirect")],
        id="content-threat",
    ),
    pytest.param(  # a reporting verb outside the cue list, from the CAMEO dictionary
        "President Abdel Fattah al-Sisi castigated Israel over the siege of Gaza.",
        [("Abdel Fattah el-Sisi", "Criticism", "indirect")],
        id="cameo-verb",
    ),
    pytest.param(  # a pronoun speaker for an organisation
        "The Kremlin lambasted NATO on Friday. It said the alliance was preparing for war.",
        [("Kremlin", "Criticism", "indirect"), ("Kremlin", "Report", "indirect")],
        id="it-is-the-last-organisation",
    ),
    pytest.param(  # a stance stated by a predicate adjective
        "Analysts are skeptical that the two leaders can reach a deal this year.",
        [("Analysts", "Report", "indirect")],
        id="predicate-adjective",
    ),
    pytest.param(  # a reporting verb that needs its clause
        "Condoleezza Rice felt the conference had gone well.",
        [("Condoleezza Rice", "Report", "indirect")],
        id="clause-verb",
    ),
    pytest.param(  # a command is a demand
        "Egyptian officials ordered the satellite channel to stop broadcasting.",
        [("Egypt", "Demand", "indirect")],
        id="command",
    ),
]


@pytest.mark.parametrize("text, expected", FORMS)
def test_attribution_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = statements(run(text))
    for item in expected:
        assert item in got, f"{item} not in {got}"


def test_a_role_noun_speaker_is_the_person_last_named_in_that_role() -> None:
    x = run(
        "The spokesperson for the Chinese foreign ministry, Mao Ning, rebuked Washington on Tuesday. "
        "The spokesperson said the United States must stop arming Taiwan."
    )
    said = [s for s in statements(x) if s[1] == "Demand"]  # "X must stop": a demand on one party
    assert said == [("Mao Ning", "Demand", "indirect")]


@pytest.mark.parametrize(
    "text, speaker, country",
    [
        (
            "The ministry in Seoul said North Korea fired two missiles into the sea.",
            "Ministry in Seoul",
            "KOR",
        ),
        ("A Western diplomatic source said Iran was close to a deal.", "Western diplomatic source", None),
        ("The sanctions will be lifted next year, according to a Western diplomatic source.", None, None),
        ("The email said the United States had ignored repeated warnings from Pakistan.", "Email", None),
    ],
)
def test_non_entity_sources_are_kept_as_named_and_tied_to_their_country(
    text: str, speaker: str | None, country: str | None
) -> None:
    x = run(text)
    names = {a["id"]: a for a in x["actors"]}
    assert x["statements"], text
    got = names[x["statements"][0]["speaker"]]
    if speaker is not None:
        assert got["name"] == speaker
    assert got["name"].lower() != "ministry" and got["country"] == country or country is None


def test_a_statement_document_speaks_for_the_author_its_title_names() -> None:
    x = run(
        "We condemn the missile launches. These reckless actions threaten regional peace. "
        "We call on the DPRK to return to talks.",
        title="Statement by President Joe Biden on the Missile Launches",
    )
    got = statements(x)
    assert {s[0] for s in got} == {"Joe Biden"}
    kinds = [s[1] for s in got]
    assert kinds == ["Criticism", "Criticism", "Appeal"]


def test_quad_class_and_plover_follow_the_cameo_code() -> None:
    x = run("Iran said it would retaliate against Israel for the strike on its consulate.")
    st = x["statements"][0]
    assert (st["cameo"][:2], st["plover"]) == ("13", "THREATEN")
    assert quad_class(st["plover"]) == "verbal conflict"


def test_targets_come_from_the_addressee_of_a_cameo_verb() -> None:
    x = run("President Abdel Fattah al-Sisi castigated Israel over the siege of Gaza.")
    names = {a["id"]: a["name"] for a in x["actors"]}
    assert [names[t] for t in x["statements"][0]["targets"]] == ["Israel"]


# --- the CAMEO dictionary --------------------------------------------------------------------

SAMPLE = """\
&FOOD
+BREAD
+RICE

####### VERB PATTERNS #######

---  WARN   [130]  ---
CAUTION
WARN
- * (OF {DIRE CONSEQUENCES})                    [012]         # WARN
- &MILITARY * TROOPS                            [138]         # subject side: dropped
- * &FOOD                                       [073]         # WARN

---  REFUSE   [---]  ---
+RULE_OUT
DECLINE [120]
REFUSE
"""


def test_conversion_keeps_codes_forms_and_object_side_patterns() -> None:
    lines = SAMPLE.splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    blocks = parse_blocks(lines[start + 1 :])
    sets = parse_sets(lines[:start])
    assert sets == {"&food": ["bread", "rice"]}
    warn, refuse = blocks
    assert warn["code"] == "130" and warn["verbs"] == {"caution": None, "warn": None}
    assert warn["patterns"] == [["of", "dire", "consequences", "012"], ["&food", "073"]]
    assert refuse["code"] is None and refuse["verbs"] == {"rule out": None, "decline": "120", "refuse": None}


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("* (OF {DIRE CONSEQUENCES})", ["of", "dire", "consequences"]),
        ("&MILITARY * TROOPS", None),
        ("$ * (TO +)", ["to"]),
        ("* &FOOD", ["&food"]),
    ],
)
def test_pattern_words(pattern: str, expected: list[str] | None) -> None:
    assert _pattern_words(pattern) == expected


def test_patterns_refine_a_verbs_code_with_the_words_after_it() -> None:
    sets = {"&food": ["bread", "rice"]}
    verbs = CameoVerbs(
        {"warn": "130"},
        {
            "warn": (
                (tuple(_slot(w, sets) for w in ("of", "dire", "consequences")), "012"),
                ((_slot("&food", sets),), "073"),
            )
        },
    )
    assert verbs.code("warn") == "130"
    assert verbs.code("warn", ["of", "truly", "dire", "consequence"]) == "012"
    assert verbs.code("warn", ["about", "rice"]) == "073"
    assert verbs.code("warn", ["consequences", "of"]) == "130"  # order matters


def test_shipped_dictionary_codes_speech_verbs() -> None:
    verbs = cameo_verbs()
    assert cameo_kind(verbs.code("castigate")) == "Criticism"
    assert cameo_kind(verbs.code("threaten")) == "Threat"
    assert cameo_plover(verbs.code("retaliate")) == "ASSAULT"


@pytest.mark.parametrize(
    "code, plover, quad",
    [
        ("112", "ACCUSE", "verbal conflict"),
        ("0871", "RETREAT", "material cooperation"),
        ("036", "CONSULT", "verbal cooperation"),
        ("057", "AGREE", "verbal cooperation"),
        ("1724", "COERCE", "material conflict"),
        ("010", None, None),
        (None, None, None),
    ],
)
def test_cameo_to_plover_and_quad(code: str | None, plover: str | None, quad: str | None) -> None:
    assert cameo_plover(code) == plover
    assert quad_class(cameo_plover(code)) == quad


# --- cue detection on hand-built parses ------------------------------------------------------


def _doc(words, heads, deps, pos, lemmas, tags=None) -> Doc:
    return hand_parsed(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)


@pytest.mark.parametrize(
    "doc, cue, kind",
    [
        pytest.param(
            _doc(
                ["Egypt", "castigated", "Israel"],
                [1, 1, 1],
                ["nsubj", "ROOT", "dobj"],
                ["PROPN", "VERB", "PROPN"],
                ["Egypt", "castigate", "Israel"],
            ),
            1,
            "Criticism",
            id="cameo-criticism-with-object",
        ),
        pytest.param(
            _doc(
                ["Egypt", "castigated", "."],
                [1, 1, 1],
                ["nsubj", "ROOT", "punct"],
                ["PROPN", "VERB", "PUNCT"],
                ["Egypt", "castigate", "."],
            ),
            1,
            None,
            id="cameo-criticism-needs-whom",
        ),
        pytest.param(
            _doc(
                ["Officials", "ordered", "the", "channel", "to", "stop"],
                [1, 1, 3, 1, 5, 1],
                ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp"],
                ["NOUN", "VERB", "DET", "NOUN", "PART", "VERB"],
                ["official", "order", "the", "channel", "to", "stop"],
                ["NNS", "VBD", "DT", "NN", "TO", "VB"],
            ),
            1,
            "Demand",
            id="command",
        ),
        pytest.param(
            _doc(
                ["Officials", "ordered", "tea"],
                [1, 1, 1],
                ["nsubj", "ROOT", "dobj"],
                ["NOUN", "VERB", "NOUN"],
                ["official", "order", "tea"],
            ),
            1,
            None,
            id="order-without-infinitive",
        ),
        pytest.param(
            _doc(
                ["She", "felt", "it", "failed"],
                [1, 1, 3, 1],
                ["nsubj", "ROOT", "nsubj", "ccomp"],
                ["PRON", "VERB", "PRON", "VERB"],
                ["she", "feel", "it", "fail"],
            ),
            1,
            "Report",
            id="clause-cue",
        ),
        pytest.param(
            _doc(
                ["She", "felt", "cold"],
                [1, 1, 1],
                ["nsubj", "ROOT", "acomp"],
                ["PRON", "VERB", "ADJ"],
                ["she", "feel", "cold"],
            ),
            1,
            None,
            id="clause-cue-without-clause",
        ),
    ],
)
def test_cue_kind_on_parses(doc: Doc, cue: int, kind: str | None) -> None:
    assert cue_kind(doc[cue], doc[cue].lemma_) == kind


def test_the_two_leaders_are_the_pair_just_named() -> None:
    x = run(
        "President Joe Biden spoke today with Prime Minister Mohammed Shia al-Sudani of Iraq. "
        "The two leaders recommitted to ensuring that extremists can never again threaten the region."
    )
    intent = [s for s in statements(x) if s[1] == "Intent"]
    assert {s[0] for s in intent} == {"Joe Biden", "Mohammed Shia al-Sudani"}
    names = {a["id"]: a["name"] for a in x["actors"]}
    for st in x["statements"]:  # each addresses the other
        assert names[st["speaker"]] not in [names[t] for t in st["targets"]]
        assert {names[st["speaker"]], *(names[t] for t in st["targets"])} >= {
            "Joe Biden",
            "Mohammed Shia al-Sudani",
        }


def test_a_possessive_office_is_named_after_its_owner_and_tied_to_the_state() -> None:
    x = run(
        "Israeli President Moshe Katsav has refused to meet King Abdullah II in Tel Aviv, saying he would "
        "only welcome him in Jerusalem, his office said Tuesday. Officials said security was tight."
    )
    got = statements(x)
    assert [s[0] for s in got] == ["Katsav's office", "Officials"]
    assert actor(x, "Katsav's office")["country"] == "ISR"


def test_claiming_responsibility_is_an_announcement() -> None:
    x = run("The rebel group claimed responsibility for the raid in a statement on Sunday.")
    assert [s[1] for s in statements(x)] == ["Announcement"]


def test_statements_carry_their_quad_class_in_the_contract() -> None:
    x = run("Venezuela accused Guyana of provoking a crisis. Caracas praised Brazil for its mediation.")
    by_plover = {s["plover"]: s["quad"] for s in x["statements"]}
    assert by_plover == {"ACCUSE": "verbal conflict", "SUPPORT": "verbal cooperation"}


def test_reading_the_same_parse_twice_gives_the_same_statements() -> None:
    from loaders.extract import extract_parsed
    from loaders.extract.pipeline import load_nlp

    text = '"We will not give in," Sergei Lavrov told reporters. "It makes no sense to talk."'
    document = Document(text=text, published="2024-03-05")
    parsed = load_nlp()(text)
    first = extract_parsed(document, parsed).to_dict()["statements"]
    second = extract_parsed(document, parsed).to_dict()["statements"]
    assert len(first) == 2 and first == second


def test_the_leaders_are_the_two_people_even_after_talks_between_states() -> None:
    x = run(
        "Vladimir Putin had a telephone conversation with President Mahmoud Abbas. Putin informed "
        "Abbas about the talks between Russian and Ukrainian representatives. The leaders also "
        "reviewed bilateral issues and reaffirmed a mutual desire to continue developing ties. "
        "The leaders agreed to continue contacts."
    )
    joint = [s for s in statements(x) if s[1] in ("Intent", "Agreement")]
    assert {s[0] for s in joint} == {"Vladimir Putin", "Mahmoud Abbas"}
    assert len(joint) == 4


def test_a_pair_speaks_for_its_states_only_where_the_article_has_them():
    """ "The two nations pledged ...": a party's affiliation from the office-holder lexicon may name a
    state the article never mentions; the party itself speaks then (an unknown state crashed it)."""
    from types import SimpleNamespace

    from loaders.extract.sides import voice_side

    by_name = {
        "A. Minister": SimpleNamespace(affiliation="Russia"),
        "B. Minister": SimpleNamespace(affiliation="France"),
        "France": SimpleNamespace(affiliation=None),
    }
    acts: Any = SimpleNamespace(by_name=by_name)
    assert voice_side("A. Minister", acts) == "A. Minister"
    assert voice_side("B. Minister", acts) == "France"
