"""Syntax rules of the event stage on hand-built parses (spaCy ``Doc(words=, heads=, deps=)``), so
that a change of the statistical model cannot silently move them."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from loaders.extract.dates import attached_date
from loaders.extract.events import trigger_kind
from loaders.extract.syntax import is_location_use
from tests.helpers import hand_parsed


def parse(
    words: list[str],
    heads: list[int],
    deps: list[str],
    pos: list[str],
    lemmas: list[str],
    ents: list[str] | None = None,
) -> Doc:
    """A Doc with the given parse; ``heads`` are absolute indices, ``ents`` like ["B-PERSON", "O"]."""
    return hand_parsed(words, heads, deps, pos=pos, lemmas=lemmas, ents=ents)


def call_doc(prep: str, obj: str, obj_ent: str) -> Doc:
    # Kishida called Yoon on/for Monday/talks .
    return parse(
        ["Kishida", "called", "Yoon", prep, obj, "."],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
        ["Kishida", "call", "Yoon", prep, obj, "."],
        ["B-PERSON", "O", "B-PERSON", "O", obj_ent, "O"],
    )


@pytest.mark.parametrize(
    ("prep", "obj", "ent", "kind"),
    [
        ("on", "Monday", "B-DATE", "PhoneCall"),  # a date phrase is no "call on"
        ("on", "Seoul", "B-GPE", None),  # "called on Seoul (to ...)" is an appeal
        ("for", "talks", "O", None),  # "called for talks" is an appeal
    ],
)
def test_called_someone_is_a_call_unless_called_on_or_for(
    prep: str, obj: str, ent: str, kind: str | None
) -> None:
    assert trigger_kind(call_doc(prep, obj, ent)[1]) == kind


def test_called_with_the_callee_parsed_as_predicate_is_a_call() -> None:
    doc = parse(
        ["Biden", "called", "Ishiba", "today"],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "oprd", "npadvmod"],
        ["PROPN", "VERB", "PROPN", "NOUN"],
        ["Biden", "call", "Ishiba", "today"],
        ["B-PERSON", "O", "B-PERSON", "B-DATE"],
    )
    assert trigger_kind(doc[1]) == "PhoneCall"


@pytest.mark.parametrize(
    ("words", "heads", "deps", "kind"),
    [
        (["Boric", "spoke", "by", "phone"], [1, 1, 1, 2], ["nsubj", "ROOT", "agent", "pobj"], "PhoneCall"),
        (
            ["Boric", "spoke", "over", "telephone"],
            [1, 1, 1, 2],
            ["nsubj", "ROOT", "prep", "pobj"],
            "PhoneCall",
        ),
        (["Boric", "spoke", "to", "reporters"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"], None),
    ],
)
def test_speaking_by_phone_is_a_call(
    words: list[str], heads: list[int], deps: list[str], kind: str | None
) -> None:
    lemmas = [words[0], "speak", words[2], words[3]]
    doc = parse(words, heads, deps, ["PROPN", "VERB", "ADP", "NOUN"], lemmas)
    assert trigger_kind(doc[1]) == kind


@pytest.mark.parametrize(
    ("modifier", "kind"),
    [("missile", "MilitaryDrill"), ("driving", None)],
)
def test_tests_are_drills_only_with_missiles(modifier: str, kind: str | None) -> None:
    doc = parse(
        ["the", modifier, "tests"],
        [2, 2, 2],
        ["det", "compound", "ROOT"],
        ["DET", "NOUN", "NOUN"],
        ["the", modifier, "test"],
    )
    assert trigger_kind(doc[2]) == kind


@pytest.mark.parametrize(
    ("prep", "located"),
    [("in", True), ("with", False)],
)
def test_a_place_after_a_locative_preposition_is_a_location(prep: str, located: bool) -> None:
    doc = parse(
        ["talks", prep, "Geneva"],
        [0, 0, 1],
        ["ROOT", "prep", "pobj"],
        ["NOUN", "ADP", "PROPN"],
        ["talk", prep, "Geneva"],
        ["O", "O", "B-GPE"],
    )
    assert is_location_use(doc[2]) is located


def test_a_date_on_the_trigger_is_its_date() -> None:
    """ "Officials met on Friday": the date hangs on the trigger (found by comparing Tokens with
    ``==``; spaCy makes a new Token on every access, so ``t.head is gov`` never held)."""
    doc = parse(
        ["Officials", "met", "on", "Friday", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
        ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        ["official", "meet", "on", "Friday", "."],
        ["O", "O", "O", "B-DATE", "O"],
    )
    published = date(2024, 10, 26)  # a Saturday
    assert attached_date(doc[1], doc[:], published, [(doc[3], "Friday")]) == date(2024, 10, 25)


_EXTRACT = Path(__file__).resolve().parents[1] / "loaders" / "extract"


# objects compared by identity on purpose (statements, events, actors, the discourse): never Tokens
_IDENTITY_NAMES = frozenset(
    {"s", "st", "ev", "k", "actor", "other", "kept", "dis", "reader", "taken", "talks"}
)


def _root_name(node: ast.expr) -> str | None:
    """The name an operand is read from: ``st`` of ``st``, ``reader`` of ``state.reader``, ``taken`` of
    ``taken[0]``."""
    while isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else None


def identity_comparisons(source: str) -> list[str]:
    """``a is b`` / ``a is not b`` where neither side is a constant (None, True, False ...) nor a
    name of the objects compared by identity on purpose: between spaCy Tokens (a new object on
    each access) such a comparison is almost always wrong."""
    hits = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for op, a, b in zip(node.ops, sides, sides[1:]):
            if not isinstance(op, (ast.Is, ast.IsNot)) or any(isinstance(x, ast.Constant) for x in (a, b)):
                continue
            if not {_root_name(a), _root_name(b)} & _IDENTITY_NAMES:
                hits.append(f"{node.lineno}: {ast.unparse(node)}")
    return hits


def test_the_identity_guard_flags_tokens_not_constants_or_known_objects() -> None:
    source = (
        "a = tok.head is tok\nb = c.head is not gov\nc = left is right\nd = t is None\n"
        "e = st is s\nf = taken[0] is not talks[0]\ng = state.reader is not dis\n"
    )
    assert [h.split(":")[0] for h in identity_comparisons(source)] == ["1", "2", "3"]


@pytest.mark.parametrize("path", sorted(_EXTRACT.rglob("*.py")), ids=str)
def test_tokens_are_compared_by_value(path: Path) -> None:
    """``tok.head is tok`` is never true (spaCy builds a new Token on each access): compare Tokens
    with ``==`` / ``!=`` or by ``.i``; ``is`` only against constants and objects kept by identity."""
    hits = identity_comparisons(path.read_text(encoding="utf-8"))
    assert not hits, hits
