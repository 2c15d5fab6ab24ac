"""Syntax rules of target selection on hand-built parses (spaCy ``Doc(words=, heads=, deps=)``), so
that a model change cannot silently move them: who a cue's subject lists, "both", and the states an
adjective of the content names."""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from loaders.extract.speech.targets import _adjective_states, _both, _subject_heads
from tests.helpers import hand_parsed


def parse(words: list[str], heads: list[int], deps: list[str], pos: list[str] | None = None) -> Doc:
    return hand_parsed(words, heads, deps, pos=pos)


def test_the_passive_subject_of_a_cue_with_an_agent_is_no_speaker() -> None:
    # The bid is opposed by Moscow .
    doc = parse(
        ["The", "bid", "is", "opposed", "by", "Moscow", "."],
        [1, 3, 3, 3, 3, 4, 3],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    assert _subject_heads(doc[3]) == []


def test_a_passive_caused_by_a_thing_keeps_its_subject_as_speaker() -> None:
    # Norway is alarmed by the arrests .
    doc = parse(
        ["Norway", "is", "alarmed", "by", "the", "arrests", "."],
        [2, 2, 2, 2, 5, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "punct"],
        ["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    )
    assert [t.text for t in _subject_heads(doc[2])] == ["Norway"]


def test_a_copula_subject_speaks_through_its_stance_adjective() -> None:
    # Canada and Norway are alarmed .
    doc = parse(
        ["Canada", "and", "Norway", "are", "alarmed", "."],
        [3, 0, 0, 3, 3, 3],
        ["nsubj", "cc", "conj", "ROOT", "acomp", "punct"],
    )
    assert [t.text for t in _subject_heads(doc[4])] == ["Canada"]


def test_both_in_the_subject_or_on_the_verb_marks_a_pair() -> None:
    # Ukraine and Russia both called for calm .
    doc = parse(
        ["Ukraine", "and", "Russia", "both", "called", "for", "calm", "."],
        [4, 0, 0, 2, 4, 4, 5, 4],
        ["nsubj", "cc", "conj", "appos", "ROOT", "prep", "pobj", "punct"],
    )
    assert _both(doc[4])
    # Ukraine and Russia called for calm .
    plain = parse(
        ["Ukraine", "and", "Russia", "called", "for", "calm", "."],
        [3, 0, 0, 3, 3, 4, 3],
        ["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "punct"],
    )
    assert not _both(plain[3])


def _adjective_dis(demonyms: dict[int, str]) -> SimpleNamespace:
    """A discourse stand-in: the demonym modifiers of a hand-built parse, no actor mentions."""
    from ontology.gazetteer import load_gazetteer

    acts = SimpleNamespace(token_actor={}, token_demonym=demonyms, gaz=load_gazetteer())
    return SimpleNamespace(acts=acts, _ensured=lambda names, tok: names)


def test_the_states_of_an_adjective_pair_on_a_relation_are_named() -> None:
    # the level of Russian - Iranian relations
    doc = parse(
        ["the", "level", "of", "Russian", "-", "Iranian", "relations"],
        [1, 1, 1, 6, 6, 6, 2],
        ["det", "ROOT", "prep", "amod", "punct", "amod", "pobj"],
        ["DET", "NOUN", "ADP", "ADJ", "PUNCT", "ADJ", "NOUN"],
    )
    dis = _adjective_dis({3: "Russia", 5: "Iran"})
    assert _adjective_states(doc[:], dis) == ["Russia", "Iran"]  # type: ignore[arg-type]


def test_a_hyphenated_pair_read_as_one_token_names_both_states() -> None:
    # progress in U.S.-China relations
    doc = parse(
        ["progress", "in", "U.S.-China", "relations"],
        [0, 0, 3, 1],
        ["ROOT", "prep", "compound", "pobj"],
        ["NOUN", "ADP", "PROPN", "NOUN"],
    )
    assert _adjective_states(doc[:], _adjective_dis({})) == ["United States", "China"]  # type: ignore[arg-type]


def test_an_adjective_of_a_people_through_a_conjunct_names_no_state() -> None:
    # the American and Japanese people
    doc = parse(
        ["the", "American", "and", "Japanese", "people"],
        [4, 4, 1, 1, 4],
        ["det", "amod", "cc", "conj", "ROOT"],
        ["DET", "ADJ", "CCONJ", "ADJ", "NOUN"],
    )
    dis = _adjective_dis({1: "United States", 3: "Japan"})
    assert _adjective_states(doc[:], dis) == []  # type: ignore[arg-type]
