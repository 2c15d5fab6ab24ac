"""Helpers the tests share: paths of the repo and the corpus, the Neo4j URI, a hand-made article, a
hand-parsed Doc.

Tests import these from here (``from tests.helpers import ...``); ``conftest.py`` holds only
fixtures, which pytest hands to the tests itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from loaders.documents import Document, iter_documents
from ontology.model import (
    ActorRecord,
    ArticleRecord,
    EventRecord,
    Extraction,
    Participant,
    StatementRecord,
    actor_id,
    article_id,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = CORPUS / "000_1ef29f56e10a5a73.txt"
VOCAB = spacy.blank("en").vocab  # English lexical attributes, no model


def hand_parsed(
    words: list[str],
    heads: list[int],
    deps: list[str],
    *,
    pos: list[str] | None = None,
    tags: list[str] | None = None,
    lemmas: list[str] | None = None,
    ents: list[str] | None = None,
) -> Doc:
    """A Doc whose parse is given by hand (``heads`` are absolute indices, ``ents`` IOB tags such as
    "B-PERSON"): a syntax rule tested on it cannot move when the spaCy model changes.

    >>> [t.dep_ for t in hand_parsed(["Talks", "ended"], [1, 1], ["nsubj", "ROOT"])]
    ['nsubj', 'ROOT']
    """
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def read_document(path: Path) -> Document:
    """The first article in ``path``; the test fails if it cannot be read."""
    item = next(iter_documents(path))
    assert isinstance(item, Document), item
    return item


def neo4j_uri() -> str:
    """The URI of the test Neo4j (``NEO4J_URI``); skips the test when none is set."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("NEO4J_URI is not set: run the suite with `make test`, which starts Neo4j")
    return uri


def make_extraction(
    text_hash: str = "ab" * 32,
    speaker: str = "Ana Example",
    quote: str = "We want talks.",
    aliases: tuple[str, ...] = ("Example",),
) -> Extraction:
    """A small article's facts written by hand, so store tests need no NLP."""
    art = article_id(text_hash)
    ana, land, other = actor_id(speaker), actor_id("Landia"), actor_id("Otherland")
    call = "event:test-call"
    return Extraction(
        article=ArticleRecord(
            id=art,
            title="Test article",
            published="2024-01-02",
            url="https://example.org/a",
            sha256=text_hash,
        ),
        actors=[
            ActorRecord(
                id=ana,
                name=speaker,
                kind="Person",
                aliases=list(aliases),
                country="LND",
                affiliation=land,
                role="Foreign Minister",
                evidence="Ana spoke.",
                start=0,
                end=10,
            ),
            ActorRecord(
                id=land, name="Landia", kind="State", country="LND", evidence="Landia.", start=11, end=18
            ),
            ActorRecord(
                id=other,
                name="Otherland",
                kind="State",
                country="OTH",
                backs=[],
                evidence="Otherland.",
                start=19,
                end=29,
            ),
        ],
        events=[
            EventRecord(
                id=call,
                kind="PhoneCall",
                cameo="041",
                plover="CONSULT",
                date="2024-01-02",
                status="reported",
                participants=[Participant(ana), Participant(other)],
                place="Geneva",
                quantities={"minutes": 30},
                evidence="They spoke for 30 minutes.",
                start=30,
                end=56,
            )
        ],
        statements=[
            StatementRecord(
                id="statement:test-1",
                speaker=ana,
                kind="Appeal",
                cameo="020",
                plover="REQUEST",
                mode="direct",
                cue="said",
                text=quote,
                targets=[other],
                event=call,
                evidence=f'"{quote}" Ana said.',
                start=57,
                end=80,
            )
        ],
    )


HOLD_STORE = """
import sys
sys.path.insert(0, sys.argv[2])
from graph.ladybug_store import LadybugStore
store = LadybugStore(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


def hold_embedded_store(db: Path) -> subprocess.Popen:
    """Another process holding the embedded store at ``db`` open (as a running ingest does) until
    a line or end of file reaches its stdin; returns once the store is open."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(db), str(ROOT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "open"
    return holder
