"""Statement recall and speakers, round 6: each rule on sentences written for it."""

from __future__ import annotations

import pytest

from tests.helpers import extracted, hand_parsed, speakers_of

# --- "media" is a source (spaCy's lemma of "media" is "medium") ----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Hundreds of dock workers marched outside the port of Aden on Saturday, local media reported.",
            "dock workers",
            "Local media",
        ),
        (
            "Turkish media reported that two soldiers were killed near the border.",
            "two soldiers",
            "Turkish media",
        ),
        ("State media said the president had left the capital.", "left the capital", "State media"),
    ],
)
def test_media_named_as_such_are_the_source(text: str, words: str, speaker: str) -> None:
    assert speakers_of(extracted(text), words) == {speaker}


# --- a past participle is done to its subject: "Asked about X, Y said" is no appeal by Y --------


def _asked_doc(agent: bool):
    words = ["Asked", "about", "talks", ",", "Ruiz", "said", "they", "failed", "."]
    heads = [5, 0, 1, 5, 5, 5, 7, 5, 5]
    deps = ["advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    tags = ["VBN", "IN", "NNS", ",", "NNP", "VBD", "PRP", "VBD", "."]
    if agent:  # "Asked by Lee about talks, Ruiz said they failed."
        words[1:1] = ["by", "Lee"]
        heads = [7, 0, 1, 0, 3, 7, 7, 7, 9, 7, 7]
        deps = ["advcl", "agent", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
        tags = ["VBN", "IN", "NNP", "IN", "NNS", ",", "NNP", "VBD", "PRP", "VBD", "."]
    return hand_parsed(words, heads, deps, tags=tags)


@pytest.mark.parametrize(("agent", "expected"), [(False, True), (True, False)])
def test_a_participle_without_agent_is_done_to_its_subject(agent: bool, expected: bool) -> None:
    from loaders.extract.speech.detection import _passive_without_agent

    assert _passive_without_agent(_asked_doc(agent)[0]) is expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Asked whether Moscow would attend, Kremlin spokesman Dmitry Peskov said no decision had been taken.",
            "whether Moscow",
        ),
        (
            "Asked about the new tariffs, Finance Minister Ana Reyes said talks with Washington would go on.",
            "new tariffs",
        ),
    ],
)
def test_the_question_put_to_a_speaker_is_not_the_speakers_appeal(text: str, words: str) -> None:
    x = extracted(text)
    assert not [s for s in x["statements"] if words in s["text"]]
    assert any(s["kind"] != "Appeal" for s in x["statements"])


# --- a speaker's act that is the complement of that same speaker's cue is one statement ----------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tehran has repeatedly denied seeking nuclear weapons.", "Denial"),
        (
            "The Southern African Development Community said it was calling for a transparent vote in Malawi.",
            "Appeal",
        ),
        ("The Houthis said they would release the detained staff only after an investigation.", "Intent"),
    ],
)
def test_an_act_told_in_the_same_speakers_report_is_one_statement(text: str, kind: str) -> None:
    assert [s["kind"] for s in extracted(text)["statements"]] == [kind]


def test_a_claim_in_a_relative_clause_is_a_statement_of_its_own() -> None:
    text = "The African Union condemned the general's seizure of power, which it claimed was a coup."
    assert sorted(s["kind"] for s in extracted(text)["statements"]) == ["Accusation", "Criticism"]


# --- a quoted word does not keep a reported speech from splitting into its claims ---------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'The envoy said the talks had been "constructive" and that he would travel to Israel on Tuesday.',
            "constructive",
            "that he would travel to Israel on Tuesday",
        ),
        (
            'Minister Ana Silva said the vote was "a farce" and that her party would boycott the new parliament.',
            "a farce",
            "that her party would boycott the new parliament",
        ),
    ],
)
def test_a_quoted_word_does_not_keep_the_clauses_together(text: str, first: str, second: str) -> None:
    sts = extracted(text)["statements"]
    assert len(sts) == 2
    assert any(first in s["text"] and second not in s["text"] for s in sts)
    assert any(s["text"] == second and s["mode"] == "indirect" for s in sts)


def test_a_quote_that_is_most_of_the_speech_stays_one_statement() -> None:
    text = '"The talks were constructive and we will meet again in May," the envoy said.'
    assert len(extracted(text)["statements"]) == 1
