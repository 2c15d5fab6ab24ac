"""Which statements exist (issue 11): reported acts of a named speaker inside another's report,
joint acts, several claims under one cue, speech-act nouns, and talk about a topic that is the
event rather than a statement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.documents import Document
from loaders.extract import extract
from loaders.extract.speech.detection import _before_split
from loaders.extract.speech.model import clause_verb, left_clause
from tests.helpers import extracted, hand_parsed

run = extracted


def said(x: dict) -> list[tuple[str, str]]:
    """(speaker, kind) of every statement, in order."""
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [(ids[s["speaker"]], s["kind"]) for s in x["statements"]]


def speakers(x: dict) -> set[str]:
    return {who for who, _ in said(x)}


# --- talk about a topic is the event -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders discussed the situation in the Balkans.",
        "The leaders exchanged views on regional security.",
        "President Boric and President Arce discussed trade and energy links.",
    ],
)
def test_talking_about_a_topic_is_no_statement(sentence: str) -> None:
    text = f"President Gabriel Boric of Chile spoke with President Luis Arce of Bolivia on Monday. {sentence}"
    assert said(run(text)) == []


def test_discussing_the_importance_of_something_is_a_stance() -> None:
    text = (
        "President Gabriel Boric of Chile spoke with President Luis Arce of Bolivia on Monday. "
        "Boric discussed the importance of a shared water policy."
    )
    assert said(run(text)), "a stance discussed is still a statement"


def test_a_negated_report_says_nothing() -> None:
    text = "Finnish President Alexander Stubb did not comment on the troop movements near the border."
    assert said(run(text)) == []


# --- a named speaker's act inside another's report ------------------------------------------------


def test_a_reported_act_of_a_named_speaker_is_its_own_statement() -> None:
    text = (
        "Stubb told Kristersson that Finland would keep the border closed, "
        "the Finnish presidency said in a statement."
    )
    who = speakers(run(text))
    assert "Finnish presidency" in who and any(w.endswith("Stubb") for w in who)


def test_a_pronoun_report_of_a_joint_act_is_only_its_attribution() -> None:
    text = (
        "Chilean President Gabriel Boric spoke with Bolivian President Luis Arce on Monday. "
        "The two leaders agreed to reopen the border crossing next month, it said."
    )
    got = said(run(text))
    assert sorted(got) == [("Gabriel Boric", "Agreement"), ("Luis Arce", "Agreement")]


def test_conjoined_acts_of_a_reported_speaker_are_both_his() -> None:
    text = (
        "Chile's presidency said Gabriel Boric condemned the raid and pledged that Chilean police "
        "would pursue the attackers."
    )
    kinds = sorted(k for who, k in said(run(text)) if who == "Gabriel Boric")
    assert kinds == ["Criticism", "Intent"]


def test_a_modal_inner_verb_stays_content() -> None:
    text = "Boric told Arce that Chile would not accept new tariffs, the Chilean presidency said."
    assert sorted(said(run(text))) == [("Chilean presidency", "Report"), ("Gabriel Boric", "Rejection")]


# --- several claims under one cue -----------------------------------------------------------------


def test_a_conjoined_accusation_under_one_cue_is_a_second_claim() -> None:
    text = (
        "Moldova's foreign ministry said the country would defend its airspace, "
        "and accused Tiraspol of staging provocations."
    )
    assert sorted(k for _, k in said(run(text))) == ["Accusation", "Report"]


# --- joint acts ------------------------------------------------------------------------------------


def test_the_presidents_of_each_country_speak_one_by_one() -> None:
    text = (
        "A handshake ended the quarrel between Chile, Peru and Bolivia. "
        "The presidents of each country agreed to end the quarrel."
    )
    assert said(run(text)) == [("Chile", "Agreement"), ("Peru", "Agreement"), ("Bolivia", "Agreement")]


# --- cues outside the lists and speech-act nouns --------------------------------------------------


def test_assured_is_a_promise() -> None:
    text = "Chilean President Gabriel Boric assured Bolivia that the port would stay open."
    assert said(run(text)) == [("Gabriel Boric", "Intent")]


def test_at_the_request_of_is_an_appeal() -> None:
    text = (
        "Chilean President Gabriel Boric spoke by telephone with Bolivian President Luis Arce "
        "at the request of the Bolivian President on Monday."
    )
    assert said(run(text)) == [("Luis Arce", "Appeal")]


# --- passive cues and "according to" beside another cue ------------------------------------------


def test_a_passive_cue_with_its_agent_is_the_agent_s_statement() -> None:
    text = "Quito's plan to build a dam on the river is strongly opposed by Peru."
    assert said(run(text)) == [("Peru", "Rejection")]


def test_according_to_stands_beside_a_relative_clause_cue() -> None:
    text = (
        "The harbour will reopen on Friday, according to Chilean minister Carolina Toha, "
        "who added that the navy would stay on alert."
    )
    assert said(run(text)) == [("Carolina Toha", "Report"), ("Carolina Toha", "Report")]


def test_according_to_does_not_double_a_cue_it_attributes() -> None:
    text = 'Boric said "the border stays open," according to the Chilean presidency.'
    assert said(run(text)) == [("Gabriel Boric", "Report")]


# --- free indirect speech after a report ------------------------------------------------------------


def test_a_present_tense_claim_after_a_report_continues_it() -> None:
    text = (
        "Chilean President Gabriel Boric informed Luis Arce that the navy had closed the port. "
        "Meanwhile, smuggling gangs continue to block the road to the border."
    )
    assert [who for who, _ in said(run(text))] == ["Gabriel Boric", "Gabriel Boric"]


@pytest.mark.parametrize(
    "second",
    [
        "The port is the largest on the coast.",  # a description
        "\nSmuggling gangs continue to block the road to the border.",  # a new paragraph
        "Smuggling gangs blocked the road to the border.",  # the narrative's past
    ],
)
def test_descriptions_and_new_paragraphs_are_not_continued(second: str) -> None:
    text = f"Chilean President Gabriel Boric informed Luis Arce that the navy had closed the port. {second}"
    assert len(said(run(text))) == 1


# --- several claims of different kinds under one cue ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "Chilean President Gabriel Boric reaffirmed Chile's support for the peace talks and its "
            "commitment to fund the aid programme.",
            ["Praise", "Intent"],
        ),
        (
            "Chilean President Gabriel Boric expressed concern over the raids and his support for the "
            "mediation effort.",
            ["Criticism", "Praise"],
        ),
    ],
)
def test_conjoined_act_nouns_of_other_kinds_are_two_claims(sentence: str, kinds: list[str]) -> None:
    assert [k for _, k in said(run(sentence))] == kinds


# --- joint acts: one statement per party (C1, C2) -------------------------------------------------


def test_the_co_issuers_of_a_joint_statement_each_speak() -> None:
    text = (
        "The Quartet (Chile, Peru, and Ghana), Kenya, and the African Union are alarmed by the arrests "
        "of opposition leaders in Teravia. We call for the immediate release of all those detained."
    )
    x = extract(Document(text=text, published="2024-03-05", title="Quartet Statement on Arrests in Teravia"))
    by_kind: dict[str, set[str]] = {}
    for who, kind in said(x.to_dict()):
        by_kind.setdefault(kind, set()).add(who)
    issuers = {"Quartet", "Kenya", "African Union"}
    assert all(issuers <= who for who in by_kind.values()), by_kind
    assert not any({"Chile", "Peru", "Ghana"} & who for who in by_kind.values()), "members in brackets"


@pytest.mark.parametrize(
    "follow",
    [
        "The three National Security Advisors reaffirmed their commitment to regional stability.",
        "The National Security Advisors condemned the missile launches by the DPRK.",
    ],
)
def test_a_collective_named_by_a_plural_title_speaks_as_each_person(follow: str) -> None:
    text = (
        "On Monday, National Security Advisor Daniel Hale, Mexican National Security Advisor Lucia Ortiz, "
        f"and German National Security Advisor Karl Brandt met in Ottawa. {follow}"
    )
    assert speakers(run(text)) == {"Daniel Hale", "Lucia Ortiz", "Karl Brandt"}


def test_a_subject_list_the_parser_breaks_still_speaks_as_each_name() -> None:
    text = (
        "On Monday, National Security Advisor Daniel Hale, Mexican National Security Advisor Lucia Ortiz, "
        "and German National Security Advisor Karl Brandt met in Ottawa. National Security Advisors Hale, "
        "Ortiz, and Brandt expressed concern about the missile launches."
    )
    x = run(text)
    assert len(said(x)) == 3 and {"Lucia Ortiz", "Karl Brandt"} <= speakers(x)


def test_the_foreign_ministers_are_the_ministers_just_named() -> None:
    text = (
        "Teravian Foreign Minister Ardan Velk, Kordian Foreign Minister Mira Tosh and Ruritanian Foreign "
        "Minister Oskar Lind met in Geneva on Tuesday. "
        "The Foreign Ministers called on all parties to respect the ceasefire."
    )
    assert len(said(run(text))) == 3


# --- one statement per claim ----------------------------------------------------------------------


def test_a_second_claim_the_parser_hangs_inside_the_first_object_is_its_own() -> None:
    text = (
        "Finnish President Alexander Stubb spoke with Estonian Prime Minister Kaja Kallas on Monday. "
        "Stubb strongly opposed any attempts to change borders by force and underscored his commitment "
        "to the maritime order."
    )
    kinds = [kind for who, kind in said(run(text)) if who == "Alexander Stubb"]
    assert "Rejection" in kinds and "Intent" in kinds, kinds


def test_drawing_attention_to_a_fact_is_a_statement() -> None:
    text = "Minister Ardan Velk drew attention to the fact that the convoy had been stopped at the border."
    assert speakers(run(text)) == {"Ardan Velk"}


# --- what is no statement -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents said the shelling lasted for three hours.",
        "Residents of Korvi said the market had been closed since Sunday.",
        "One villager said the soldiers had left before dawn.",
    ],
)
def test_ordinary_anonymous_people_make_no_statement(sentence: str) -> None:
    assert said(run(f"Teravian forces shelled the border town of Korvi on Monday. {sentence}")) == []


@pytest.mark.parametrize(
    "source",
    [
        "A senior Teravian official, speaking on condition of anonymity because he was not authorized "
        "to brief the media, said",
        "A regional security official, who asked not to be named, said",
        "A diplomat, who declined to be identified, said",
    ],
)
def test_the_anonymity_formula_is_no_statement(source: str) -> None:
    x = run(f"{source} the talks had collapsed on Monday.")
    assert len(said(x)) == 1, said(x)


# --- the parse repairs, on hand-built parses -------------------------------------------------------


def test_a_finite_conjunct_inside_an_object_belongs_to_the_first_verb() -> None:
    # Stubb opposed attempts to change borders and underscored his commitment .
    words = [
        "Stubb",
        "opposed",
        "attempts",
        "to",
        "change",
        "borders",
        "and",
        "underscored",
        "his",
        "commitment",
        ".",
    ]
    heads = [1, 1, 1, 4, 2, 4, 4, 4, 9, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "aux", "acl", "dobj", "cc", "conj", "poss", "dobj", "punct"]
    tags = ["NNP", "VBD", "NNS", "TO", "VB", "NNS", "CC", "VBD", "PRP$", "NN", "."]
    pos = ["PROPN", "VERB", "NOUN", "PART", "VERB", "NOUN", "CCONJ", "VERB", "PRON", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, tags=tags, pos=pos)
    assert getattr(clause_verb(doc[7]), "i", None) == 1
    assert _before_split((2, 10), doc[1], [doc[7]]) == (2, 6)
    assert clause_verb(doc[4]) is None


def test_a_subjectless_root_after_a_clause_with_a_subject_shares_it() -> None:
    # Biden raised concerns , noted progress .
    words = ["Biden", "raised", "concerns", ",", "noted", "progress", "."]
    heads = [1, 4, 1, 4, 4, 4, 4]
    deps = ["nsubj", "ccomp", "dobj", "punct", "ROOT", "dobj", "punct"]
    tags = ["NNP", "VBD", "NNS", ",", "VBD", "NN", "."]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, tags=tags, pos=pos)
    assert getattr(left_clause(doc[4]), "i", None) == 1
    assert left_clause(doc[1]) is None


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "Velk promised that the president was ready to talk to Tosh and that Teravia would seek a "
            "diplomatic solution.",
            "that Teravia would seek a diplomatic solution",
        ),
        (
            "Velk called for an immediate end to such arrests and for the release of all those detained.",
            "for the release of all those detained",
        ),
    ],
)
def test_a_second_claim_hung_deep_inside_the_first_is_its_own(sentence: str, second: str) -> None:
    text = f"Teravian Foreign Minister Ardan Velk spoke with Kordian Foreign Minister Mira Tosh on Monday. {sentence}"
    texts = [s["text"] for s in run(text)["statements"]]
    assert any(t.startswith(second) for t in texts), texts
    assert not any(second in t and not t.startswith(second) for t in texts), "the first claim ends before"


@pytest.mark.parametrize(
    "sentence",
    [
        "Another point Velk emphasised was that the convoy had been stopped at the border.",
        "What Velk said was that the convoy had been stopped at the border.",
    ],
)
def test_a_cleft_gives_the_cue_its_content(sentence: str) -> None:
    text = f"Teravian Foreign Minister Ardan Velk spoke with Kordian Foreign Minister Mira Tosh on Monday. {sentence}"
    texts = [s["text"] for s in run(text)["statements"]]
    assert texts == ["that the convoy had been stopped at the border"], texts


def test_an_additive_connective_continues_the_report() -> None:
    text = (
        "Teravian Foreign Minister Ardan Velk spoke with Kordian Foreign Minister Mira Tosh on Monday. "
        "Velk noted that the rebels had blocked the aid convoys for weeks. "
        "Moreover, they had shelled the roads leading to the border."
    )
    texts = [s["text"] for s in run(text)["statements"]]
    assert any("shelled the roads" in t for t in texts), texts


def test_a_first_person_statement_speaks_as_the_state_it_names_later() -> None:
    text = (
        "Mira Tosh, Department Spokesperson\n\n"
        "We condemn in the strongest terms the shelling of the market in Korvi on Sunday. "
        "This attack killed eleven civilians and must be investigated. "
        "The United States calls for an immediate ceasefire in the region."
    )
    x = extract(Document(text=text, published="2024-03-05", title="Shelling of a Market in Korvi")).to_dict()
    assert [who for who, _ in said(x)].count("United States") >= 2, said(x)
