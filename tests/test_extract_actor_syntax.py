"""Actor rules on hand-built parses (spaCy ``Doc(words=, heads=, deps=)``), so that a change of the
statistical model cannot silently move them."""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.extract.mentions import Actors, _name_modifiers
from loaders.extract.resolve import Discourse
from ontology.gazetteer import load_gazetteer
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
