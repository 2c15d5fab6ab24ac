"""Actor rules on hand-built parses (spaCy ``Doc(words=, heads=, deps=)``), so that a change of the
statistical model cannot silently move them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from loaders.extract.mentions import Actors, _name_modifiers, whole_name, whole_names
from loaders.extract.resolve import Discourse
from ontology.gazetteer import load_gazetteer
from ontology.phoenix import load_phoenix
from tests.helpers import hand_parsed


def test_a_name_right_before_an_armed_noun_modifies_it_whatever_its_attachment() -> None:
    # "after al Shabaab militants attacked": the parser hangs "Shabaab" off "after"
    doc = hand_parsed(
        words=["after", "al", "Shabaab", "militants", "attacked"],
        heads=[4, 2, 0, 4, 4],
        deps=["mark", "compound", "pobj", "nsubj", "ROOT"],
        pos=["SCONJ", "PROPN", "PROPN", "NOUN", "VERB"],
    )
    assert [t.text for t in _name_modifiers(doc[3])] == ["Shabaab"]
    assert _name_modifiers(doc[2]) == [doc[1]]  # the compound child (and the word before)


def _electoral_doc(det: str | None) -> Doc:
    # "The Electoral Commission met . [the] electoral body has trained staff ."
    words = [
        "The",
        "Electoral",
        "Commission",
        "met",
        ".",
        "electoral",
        "body",
        "has",
        "trained",
        "staff",
        ".",
    ]
    heads = [2, 2, 3, 3, 3, 6, 8, 8, 8, 8, 8]
    deps = ["det", "compound", "nsubj", "ROOT", "punct", "amod", "nsubj", "aux", "ROOT", "dobj", "punct"]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PUNCT", "ADJ", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"]
    lemmas = [
        "the",
        "Electoral",
        "Commission",
        "meet",
        ".",
        "electoral",
        "body",
        "have",
        "train",
        "staff",
        ".",
    ]
    if det is not None:
        words.insert(5, det)
        heads = [h + 1 if h >= 5 else h for h in heads]
        heads.insert(5, 7)
        deps.insert(5, "det")
        pos.insert(5, "DET")
        lemmas.insert(5, det)
    return hand_parsed(words, heads, deps, pos=pos, lemmas=lemmas)  # two roots: two sentences


def _reference(doc: Doc, name: str = "Electoral Commission") -> list[str]:
    acts = Actors(doc=doc, gaz=load_gazetteer())
    acts.ensure(name, "GovernmentBody", token=doc[2])
    body = next(t for t in doc if t.text == "body")
    return Discourse(acts)._generic_reference(body)


def test_a_generic_body_with_no_article_is_the_body_its_modifier_names() -> None:
    assert _reference(_electoral_doc(None)) == ["Electoral Commission"]
    assert _reference(_electoral_doc("the")) == ["Electoral Commission"]
    # with no article and no shared word, the generic noun names nobody already read
    assert _reference(_electoral_doc(None), name="Supreme Court") == []


# --- a person's whole name (the ruler or NER matched part of it) ---------------------------------


def _name_doc(words: list[str], heads: list[int], ents: list[str], pos: list[str] | None = None) -> Doc:
    deps = ["ROOT" if h == i else "compound" for i, h in enumerate(heads)]
    return hand_parsed(words=words, heads=heads, deps=deps, pos=pos or ["PROPN"] * len(words), ents=ents)


def test_a_name_part_after_a_person_entity_joins_it() -> None:
    # "Adnan bin Khalid Al Rashed": the entity stops at "Khalid", the parse keeps one flat name
    doc = _name_doc(
        ["Adnan", "bin", "Khalid", "Al", "Rashed"],
        [1, 4, 4, 4, 4],
        ["B-PERSON", "I-PERSON", "I-PERSON", "B-PERSON", "I-PERSON"],
    )
    ents = whole_names(doc, load_phoenix())
    assert [e.text for e in ents] == ["Adnan bin Khalid Al Rashed"]
    assert [e.text for e in doc.ents] == ["Adnan bin Khalid Al Rashed"]


def test_an_initial_before_a_surname_joins_the_name() -> None:
    doc = _name_doc(["Maria", "K.", "Dorrance"], [2, 2, 2], ["O", "O", "B-PERSON"])
    assert whole_name(doc.ents[0], load_phoenix()).text == "Maria K. Dorrance"


def test_a_gazetteer_link_survives_the_wider_name() -> None:
    doc = _name_doc(["Tamsin", "Oduya", "Varga"], [2, 2, 2], ["B-PERSON", "I-PERSON", "O"])
    doc.ents = [Span(doc, 0, 2, label="PERSON", span_id="Tamsin Oduya")]
    wide = whole_name(doc.ents[0], load_phoenix())
    assert (wide.text, wide.id_) == ("Tamsin Oduya Varga", "Tamsin Oduya")


@pytest.mark.parametrize(
    ("words", "heads", "ents", "name"),
    [
        # a title before the name is no part of it
        (["President", "Lena", "Ost"], [2, 2, 2], ["O", "B-PERSON", "I-PERSON"], "Lena Ost"),
        # a body noun after it: "the Ost Administration"
        (["Ost", "Administration"], [1, 1], ["B-PERSON", "O"], "Ost"),
        # another entity kind next to it
        (["Lena", "Ost", "Monday"], [1, 1, 1], ["B-PERSON", "I-PERSON", "B-DATE"], "Lena Ost"),
        # a proper noun hanging off another word is another phrase ("Ost [,] Varga spoke")
        (["Ost", "Varga", "spoke"], [2, 2, 2], ["B-PERSON", "O", "O"], "Ost"),
    ],
)
def test_titles_bodies_other_entities_and_other_phrases_stay_out_of_a_name(
    words: list[str], heads: list[int], ents: list[str], name: str
) -> None:
    pos = ["VERB" if w == "spoke" else "PROPN" for w in words]
    doc = _name_doc(words, heads, ents, pos)
    assert whole_name(doc.ents[0], load_phoenix()).text == name


def test_two_known_people_side_by_side_stay_two_names() -> None:
    doc = _name_doc(["Ost", "Varga"], [1, 1], ["B-PERSON", "B-PERSON"])
    doc.ents = [
        Span(doc, 0, 1, label="PERSON", span_id="Lena Ost"),
        Span(doc, 1, 2, label="PERSON", span_id="Ana Varga"),
    ]
    assert [e.text for e in whole_names(doc, load_phoenix())] == ["Ost", "Varga"]
