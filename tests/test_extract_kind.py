"""Statement kind and codes from what is said as well as the cue (issue 11), each rule on
sentences written for it: sources cited with "according to", obligations, the speaker's own
undertakings, denials and rejections in the content, first-person speech acts, vows of force, and
the CAMEO/PLOVER codes a kind carries."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from loaders.documents import Document
from loaders.extract import extract
from loaders.extract.speech.kinds import _obligation_kind
from tests.helpers import hand_parsed


def statements(text: str) -> list[dict]:
    return extract(Document(text=text, published="2024-03-05")).to_dict()["statements"]


def kinds(text: str) -> set[str]:
    return {s["kind"] for s in statements(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a cited source's content decides its kind, as for "said"
        ("According to Chilean officials, Peruvian troops were occupying two border villages.", "Accusation"),
        # C8(c): "must" on other parties is a demand; "should", "we must" or a list (that may hold the
        # speaker) an appeal
        ("Norway said Sweden must withdraw its envoy from the talks.", "Demand"),
        ("Norway said negotiators must return to the table next week.", "Demand"),  # C8(c): binds others
        ("Norway said we must return to the table next week.", "Appeal"),  # C8(c): binds the speaker
        ("Norway said Sweden and Finland must settle the dispute quickly.", "Appeal"),
        ("The opposition announced that President Alvarez must resign before the vote.", "Demand"),
        # the content judges: denial of a claim, rejection of an idea, criticism
        ("Chile said the suggestion that it had paid the rebels was absurd.", "Denial"),
        ("Chile said the idea of a foreign naval base was inconceivable.", "Rejection"),
        ("The broadcaster said it was appalled by the decision to close its bureau.", "Criticism"),
        # a speech verb with a first-person subject is the speaker's own act
        ('"We appeal to all parties to respect the truce," the envoy said.', "Appeal"),
        # a promise of force is a threat
        ("The rebels vowed to retaliate against the army.", "Threat"),
        ("Officials said the militia had sworn to fight until the town was theirs.", "Threat"),
    ],
)
def test_kind_from_the_content(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The minister swore that the report was true.", "Threat"),
        ("Chile said it would take the matter up with the council if asked.", "Threat"),
        ("The envoy said Peru should reopen the border crossing.", "Demand"),
    ],
)
def test_kind_not_read_into_the_content(text: str, kind: str) -> None:
    found = kinds(text)
    assert found and kind not in found


def test_an_appeal_keeps_its_kind_code_and_an_intent_to_meet_is_036() -> None:
    appeal = [
        s for s in statements("Chile called for talks with Peru on the border.") if s["kind"] == "Appeal"
    ]
    assert appeal and appeal[0]["cameo"] == "020" and appeal[0]["plover"] == "REQUEST"
    intent = [
        s
        for s in statements("Chile said its ministers would meet Peru's next week.")
        if s["kind"] == "Intent"
    ]
    assert intent and intent[0]["cameo"] == "036" and intent[0]["plover"] == "CONSULT"


def test_a_plain_report_carries_no_plover_type_but_an_announced_act_does() -> None:
    report = statements("Officials said the troops had withdrawn from the town overnight.")
    assert report and all(s["plover"] is None for s in report if s["kind"] == "Report")
    announced = statements("Chile announced a suspension of flights to Peru.")
    assert any(s["kind"] == "Announcement" and s["plover"] == "SANCTION" for s in announced)


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str]) -> Doc:
    return hand_parsed(words, heads, deps, pos=pos, tags=tags)


def test_obligation_kind_over_a_built_parse() -> None:
    # "Sweden must leave" / "Sweden and Finland must leave" / "Sweden should leave"
    named = _doc(
        ["Sweden", "must", "leave"],
        [2, 2, 2],
        ["nsubj", "aux", "ROOT"],
        ["PROPN", "AUX", "VERB"],
        ["NNP", "MD", "VB"],
    )
    assert _obligation_kind(named[2]) == "Demand"
    pair = _doc(
        ["Sweden", "and", "Finland", "must", "leave"],
        [4, 0, 0, 4, 4],
        ["nsubj", "cc", "conj", "aux", "ROOT"],
        ["PROPN", "CCONJ", "PROPN", "AUX", "VERB"],
        ["NNP", "CC", "NNP", "MD", "VB"],
    )
    assert _obligation_kind(pair[4]) == "Appeal"
    should = _doc(
        ["Sweden", "should", "leave"],
        [2, 2, 2],
        ["nsubj", "aux", "ROOT"],
        ["PROPN", "AUX", "VERB"],
        ["NNP", "MD", "VB"],
    )
    assert _obligation_kind(should[2]) == "Appeal"
    plain = _doc(
        ["Sweden", "will", "leave"],
        [2, 2, 2],
        ["nsubj", "aux", "ROOT"],
        ["PROPN", "AUX", "VERB"],
        ["NNP", "MD", "VB"],
    )
    assert _obligation_kind(plain[2]) is None


def test_a_coercive_act_made_conditional_is_a_threat_whoever_does_it() -> None:
    found = kinds("Chile said the alliance may suspend its aid to Peru if the talks collapse.")
    assert "Threat" in found


def test_an_unconditional_coercive_act_of_another_party_is_no_threat() -> None:
    assert "Threat" not in kinds("Chile said the alliance may suspend its aid to Peru.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a judging verb whose object is a claim or idea denies it
        ("Peru ridiculed the claims that its navy had entered Chilean waters.", "Denial"),
        # "raised" a topic: the content decides
        ("Chile raised Peru's reckless shelling of the border posts.", "Criticism"),
    ],
)
def test_kind_from_the_object(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a judging word outranks danger, need and intention words in the same content
        ("The ministry said the reckless launches pose a dangerous risk to shipping.", "Criticism"),
        ("The council said that refusing the wounded urgently needed care was unacceptable.", "Criticism"),
        # danger words without a modal, condition or imminence judge what happened
        ("The envoy said the dissolution of parliament was a grave setback for the region.", "Criticism"),
        # ... with one they warn of what may come
        ("The envoy said that closing the border would be a grave mistake.", "Warning"),
        ("Officials said Ardania was on the brink of invading its neighbour.", "Warning"),
    ],
)
def test_judging_and_warning_words_in_a_plain_report(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_a_need_word_that_only_modifies_a_noun_asks_nothing() -> None:
    assert "Appeal" not in kinds("The agency said the convoy carried badly needed medicine to the town.")


def test_an_intent_carries_the_plover_type_of_the_act_it_promises() -> None:
    """PLOVER codes an intention by the intended act (DESIGN): a pledge of aid is AID, a plain
    intention to work together stays COOPERATE."""
    aid = statements("Norway pledged to provide humanitarian aid to the flood victims in Teravia.")
    assert [(s["kind"], s["plover"]) for s in aid] == [("Intent", "AID")]
    work = statements("Chile said it will work with Peru on the border.")
    assert [(s["kind"], s["plover"]) for s in work] == [("Intent", "COOPERATE")]


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # the audit's codes: congratulations are praise (051), condolences an empathetic report (018)
        (
            "The foreign minister offered his congratulations to Teravia on the peaceful vote.",
            "Praise",
            "051",
        ),
        ("The president expressed his condolences over the ferry disaster in Teravia.", "Report", "018"),
    ],
)
def test_offered_and_expressed_nouns_give_their_kind_and_code(text: str, kind: str, cameo: str) -> None:
    assert (kind, cameo) in {(s["kind"], s["cameo"]) for s in statements(text)}


def test_offered_help_is_a_promise_not_praise() -> None:
    assert "Praise" not in kinds("The minister offered continued support for the reconstruction of the port.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Chilean defence minister said Chile will rebuild the damaged bridge.", "Intent"),
        ("The Chilean defence minister said Chilean troops continue to guard the customs posts.", "Intent"),
        (
            "The Finnish defence minister said Estonian border guards fired on a Finnish patrol boat.",
            "Report",
        ),
        ("The Chilean foreign minister said Bolivian troops might raid the post.", "Report"),
        ("The Chilean foreign minister said Bolivian troops did not raid the post.", "Report"),
    ],
)
def test_kind_from_whose_act_a_report_tells(text: str, kind: str) -> None:
    """The speaker's own side's future or continued act is an intent; another side's act, even of
    force, that a source only reports stays a report (the corpus codes it so)."""
    assert kinds(text) == {kind}


def test_a_statement_document_accuses_another_side_of_force_and_undertakes_for_its_own() -> None:
    text = (
        "Statement by the Foreign Minister of Finland\n\n"
        "Finland strongly condemns the incident in the Gulf. Estonian border guards fired on a Finnish "
        "patrol boat overnight, wounding two sailors. Finland continues to stand with its partners."
    )
    doc = Document(text=text, published="2024-03-05", title="Statement by the Foreign Minister of Finland")
    got = {s["text"][:20]: s["kind"] for s in extract(doc).to_dict()["statements"]}
    assert got.get("Estonian border guar") == "Accusation"
    assert got.get("Finland continues to") == "Intent"
