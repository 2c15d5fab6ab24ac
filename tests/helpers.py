"""Helpers the tests share: paths of the repo and the corpus, the Neo4j URI, a hand-made article, a
hand-parsed Doc.

Tests import these from here (``from tests.helpers import ...``); ``conftest.py`` holds only
fixtures, which pytest hands to the tests itself.
"""

from __future__ import annotations

import fcntl
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

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


def neo4j_lock_path(uri: str) -> Path:
    """The lock file of the Neo4j at ``uri`` on this machine: one name per resolved host and port,
    so ``localhost`` and ``127.0.0.1`` share it."""
    parts = urlsplit(uri)
    host = socket.gethostbyname(parts.hostname or "127.0.0.1")
    return Path(tempfile.gettempdir()) / f"diplograph-tests-neo4j-{host}-{parts.port or 7687}.lock"


def claim_neo4j(uri: str, wait: float, poll: float = 1.0) -> TextIO:
    """Hold the Neo4j at ``uri`` for this test run until the returned file is closed (or the
    process ends): the tests delete everything in that database, so two runs sharing a server
    wipe each other's graphs mid-test. Waits up to ``wait`` seconds for another run to finish,
    then fails naming it."""
    path = neo4j_lock_path(uri)
    handle = path.open("a+", encoding="utf-8")
    deadline, told = time.monotonic() + wait, False
    while not _locked(handle):
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        if time.monotonic() >= deadline:
            handle.close()
            pytest.fail(
                f"another test run ({holder}) is using the Neo4j at {uri} and would delete this "
                f"run's graphs (and this run its): give each run its own server (NEO4J_PORT)",
                pytrace=False,
            )
        if not told:
            print(
                f"waiting up to {wait:.0f}s for another test run ({holder}) using {uri}", file=sys.__stderr__
            )
            told = True
        time.sleep(poll)
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} in {Path.cwd()}")
    handle.flush()
    return handle


def _locked(handle: TextIO) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def neo4j_identity(uri: str) -> tuple[str, ...]:
    """What tells one Neo4j server apart from another answering later on the same address: its
    server id and the id and creation time of its databases."""
    import neo4j

    user, password = os.environ.get("NEO4J_USER") or "neo4j", os.environ.get("NEO4J_PASSWORD")
    with neo4j.GraphDatabase.driver(uri, auth=(user, password) if password else None) as driver:
        records = driver.execute_query(
            "SHOW DATABASES YIELD name, databaseID, serverID, creationTime", database_="system"
        ).records
    return tuple(
        sorted(f"{r['name']} {r['databaseID']} {r['serverID']} {r['creationTime']}" for r in records)
    )


def same_neo4j(uri: str, expected: tuple[str, ...]) -> str | None:
    """Why the Neo4j at ``uri`` is not the server this run started with, or None when it is."""
    if neo4j_identity(uri) == expected:
        return None
    return (
        f"the Neo4j at {uri} is not the server this test run started with (it was stopped and "
        f"another one, perhaps another checkout's, answers there now): not touching its data"
    )


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


def extracted(text: str, published: str = "2024-03-05", title: str | None = None) -> dict:
    """The JSON contract the extractor gives for a text of the tests' own (the date fixes "today")."""
    from loaders.extract import extract

    return extract(Document(text=text, title=title, published=published)).to_dict()


def spoken(x: dict) -> list[tuple[str, str]]:
    """(speaker name, statement text) of every statement of an extraction."""
    ids = {a["id"]: a["name"] for a in x["actors"]}
    return [(ids[s["speaker"]], s["text"]) for s in x["statements"]]


def speakers_of(x: dict, words: str) -> set[str]:
    """Who is said to have said the statements whose text holds ``words``."""
    return {who for who, text in spoken(x) if words in text}
